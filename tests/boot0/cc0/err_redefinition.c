/* err_redefinition: a function defined twice */
int f(void) { return 1; }
int f(void) { return 2; }
