/* static_locals: statics in functions keep their value between calls,
 * are initialized once, are distinct per function, and may be arrays,
 * structs and pointers to other statics */
#include "t.h"

static int counter(void)
{
	static int n;
	return ++n;
}

static int counter2(void)
{
	static int n = 100;
	n += 10;
	return n;
}

static const char *names(int i)
{
	static const char *tab[] = {"zero", "one", "two"};
	return tab[i];
}

static int *cell(void)
{
	static int c = 5;
	static int *p = &c;
	return p;
}

struct acc { long sum; int calls; };

static struct acc *acc(long v)
{
	static struct acc a = {1000, 0};
	a.sum += v;
	a.calls++;
	return &a;
}

static int hidden = 7;

int main(void)
{
	int i;
	for (i = 0; i < 3; i++)
		counter();
	say("counter", counter());
	say("counter2", counter2() + counter2());
	put_str(names(2));
	put_char('\n');
	*cell() += 1;
	say("cell", *cell());
	acc(5);
	acc(6);
	say("acc", acc(7)->sum);
	say("calls", acc(0)->calls);
	{
		static int hidden = 99;
		say("inner", hidden);
	}
	say("outer", hidden);
	return 0;
}
