/* err_else: #else with no #ifdef */
int main(void) { return 0; }
#else
