/* cond_types: ?: with operands of different types: the usual
 * conversions, pointers and null, void pointers, structs, nesting */
#include "t.h"

struct pt { int x, y; };

int main(void)
{
	int n = -1;
	unsigned u = 5;
	char c = 200;
	long l = 1L << 40;
	int arr[3] = {1, 2, 3};
	int *p = arr;
	void *v = arr + 1;
	struct pt a = {1, 2}, b = {3, 4}, r;
	int t = 1, f = 0;
	sayu("int_uns", t ? n : u);
	say("int_long", f ? n : l);
	say("char_int", t ? c : n);
	say("sizeof_char_char", sizeof(t ? c : c));
	say("sizeof_char_long", sizeof(t ? c : l));
	say("ptr_null", *(f ? 0 : p));
	say("null_ptr", (t ? 0 : p) == 0);
	say("void_ptr", *(int *)(t ? v : p));
	r = f ? a : b;
	say("struct", r.x * 10 + r.y);
	say("member", (t ? a : b).y);
	say("nested", t ? f ? 1 : 2 : 3);
	say("assoc", f ? 1 : t ? 2 : 3);
	say("lvalue_like", *(t ? &a.x : &b.x));
	t ? say("void", 1) : say("void", 2);
	return 0;
}
