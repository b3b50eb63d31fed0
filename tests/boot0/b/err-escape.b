// an escape B does not have
char *s = "\x41";
