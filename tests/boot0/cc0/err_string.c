/* err_string: a string that ends with its line */
char *s = "no end;
int main(void) { return 0; }
