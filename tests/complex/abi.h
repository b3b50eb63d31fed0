/* abi.h: the functions of abi.c, called by abi_main.c; each file is built
 * by tcc0 and by gcc, and every pairing must print the same. */
#define complex _Complex

typedef float complex fc;
typedef double complex dc;
typedef long double complex lc;

struct hfa { dc z; };           /* a homogeneous aggregate of 2 doubles */

fc add_f(fc a, fc b);
dc add_d(dc a, dc b);
lc add_l(lc a, lc b);
fc many_f(fc a, fc b, fc c, fc d, fc e, fc f, fc g, fc h, fc i);
dc many_d(dc a, dc b, dc c, dc d, dc e, dc f, dc g, dc h, dc i);
lc many_l(lc a, lc b, lc c, lc d, lc e, double x, fc f, lc g);
dc mixed(int n, fc a, double x, lc b, char c, dc d, float y, lc e,
         long long k, fc f);
struct hfa pass_hfa(struct hfa s, fc f, struct hfa t);
dc sum_va(int n, ...);
lc apply(lc (*fn)(fc, dc, lc), dc z);
