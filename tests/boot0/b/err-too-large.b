// a number past 64 bits
long n = 18446744073709551616;
