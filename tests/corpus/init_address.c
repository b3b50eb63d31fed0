/* Static initializers that are addresses (of objects, of members, of array
 * elements with an offset, of functions, of string literals), which the
 * linker must relocate; compound literals at file scope and in blocks;
 * static locals initialized once; and sizeof of string literals with
 * embedded NULs. */
#include <stdio.h>
#include <string.h>

struct node { int v; struct node *next; const char *name; };

static int table[8] = { 10, 11, 12, 13, 14, 15, 16, 17 };
static int *p_mid = &table[3];
static int *p_end = table + 8;
static int (*p_arr)[8] = &table;
static const char *str = "literal" + 3;
static const char chars[] = "a\0b\0c";
static struct node n3 = { 3, 0, "three" };
static struct node n2 = { 2, &n3, "two" };
static struct node n1 = { 1, &n2, "one" };
static struct node *head = &n1;
static int *p_member = &n2.v;
static const char **p_name = &n3.name;
static int twice(int x) { return 2 * x; }
static int thrice(int x) { return 3 * x; }
static int (*ops[])(int) = { twice, thrice, twice };
static struct { int (*f)(int); int arg; } calls[] = { { thrice, 5 }, { twice, 7 } };
static int *cl_file = (int[]){ 4, 5, 6 };
static struct node *cl_node = &(struct node){ 99, &n1, "compound" };
static char *strs[] = { "x", "yy", "zzz", 0 };
static char buf[16], *bufp = buf + 4;

static int counter(void)
{
	static int calls = 100;
	static int *self = &calls;
	return ++*self;
}

int main(void)
{
	struct node *n;
	int i, k;
	char **sp;

	printf("mid %d end-table %ld arr %d str %s\n", *p_mid, (long)(p_end - table),
	       (*p_arr)[7], str);
	printf("chars: %zu %d %d %d\n", sizeof chars, chars[1], chars[2], chars[4]);
	printf("sizeof literals: %zu %zu %zu\n", sizeof "abc", sizeof "a\0b", sizeof "\x41\101");
	for (n = head; n; n = n->next)
		printf("node %d %s\n", n->v, n->name);
	printf("member %d name %s\n", *p_member, *p_name);
	for (i = 0; i < 3; i++)
		printf("op %d: %d\n", i, ops[i](10 + i));
	for (i = 0; i < 2; i++)
		printf("call %d: %d\n", i, calls[i].f(calls[i].arg));
	printf("cl_file %d %d %d, cl_node %d %s -> %s\n", cl_file[0], cl_file[1], cl_file[2],
	       cl_node->v, cl_node->name, cl_node->next->name);
	for (sp = strs; *sp; sp++)
		printf("%s/", *sp);
	printf("\n");
	strcpy(bufp, "tail");
	printf("buf+4: %s, buf: [%c]\n", bufp, buf[0] ? buf[0] : '0');
	for (i = 0; i < 3; i++)
		printf("counter %d\n", counter());

	/* A block-scope compound literal is initialized again, with the
	 * current values, each time its block is entered. */
	for (k = 0; k < 3; k++) {
		int *cl = (int[]){ k, k * k, 7 };
		cl[2] += k;
		printf("cl %d: %d %d %d\n", k, cl[0], cl[1], cl[2]);
	}
	{
		struct node *t = &(struct node){ .v = 42, .name = "block" };
		struct node copy = *t;
		t->v++;
		printf("block cl: %d %s %d %d\n", t->v, t->name, copy.v, t->next == 0);
		printf("cl in expr: %d %s %g\n", ((int[]){ 1, 2, 3 })[2],
		       ((const char *[]){ "a", "b" })[1], ((struct { double d; }){ 0.5 }).d);
	}
	return 0;
}
