// a hex number past 64 bits
long n = 0x10000000000000000;
