/* err_ifdef: an #ifdef without its #endif */
#ifdef X
int x;
#else
int main(void) { return 0; }
