/* sizeof_ops: sizeof of types, expressions (not evaluated), arrays,
 * structs, pointers, parenthesized and not, in constant expressions */
#include "t.h"

struct s3 { char a, b, c; };
struct s { char c; long l; };

int main(void)
{
	int i = 1;
	long arr[7];
	char *p;
	struct s3 ts[5];
	say("char", sizeof(char));
	say("short", sizeof(short));
	say("int", sizeof(int));
	say("long", sizeof(long));
	say("ulong", sizeof(unsigned long));
	say("ptr", sizeof(char *));
	say("pptr", sizeof(int **));
	say("fptr", sizeof(int (*)(int)));
	say("arr", sizeof arr);
	say("arr_t", sizeof(long[7]));
	say("arr2_t", sizeof(int[3][4]));
	say("s3", sizeof(struct s3));
	say("ts", sizeof ts);
	say("s", sizeof(struct s));
	say("expr", sizeof(i + 1L));
	say("expr_char", sizeof((char)i));
	say("promoted", sizeof(+(char)i));
	say("no_eval", sizeof(i++));
	say("i", i);
	say("deref", sizeof *p);
	say("str", sizeof "four");
	say("cmp", sizeof(i < 2));
	say("const", sizeof(int) * 2 == 8);
	say("unsigned", sizeof(int) - 5 > 0);
	return 0;
}
