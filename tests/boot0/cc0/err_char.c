/* err_char: a character that is not C */
int main(void) { return 1 @ 2; }
