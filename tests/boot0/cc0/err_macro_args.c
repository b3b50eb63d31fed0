/* err_macro_args: function-like macros are not in C0 */
#define SQ(x) ((x) * (x))
int main(void) { return SQ(2); }
