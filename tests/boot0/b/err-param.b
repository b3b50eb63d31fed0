// an array parameter
long f(long a[3]) { return 0; }
