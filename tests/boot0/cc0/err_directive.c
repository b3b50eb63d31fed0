/* err_directive: #if is not in C0 */
#if 1
int main(void) { return 0; }
#endif
