/* err_comment: a comment that never ends */
int main(void) { return 0; }
/* this one
does not end

