// a global initialized with an expression
long a = 1;
long b = a;
