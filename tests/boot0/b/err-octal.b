// 012 would be octal in C
long n = 012;
