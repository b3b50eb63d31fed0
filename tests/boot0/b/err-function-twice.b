// a function defined twice
long f() { return 0; }
long f() { return 1; }
