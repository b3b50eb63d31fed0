/* err_args: more arguments than the prototype has */
int f(int a) { return a; }
int main(void) { return f(1, 2); }
