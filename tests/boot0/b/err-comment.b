// a comment that does not end
long main() { return 0; }
/* one
two
