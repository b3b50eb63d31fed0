// a name defined twice
long x;
long f() { return 0; }
long x = 2;
