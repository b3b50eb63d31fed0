// a suffix on a number
long n = 12L;
