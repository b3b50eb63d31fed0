/* linked: a linked list and a binary search tree built with malloc,
 * walked, reversed and freed; pointers to pointers */
#include "t.h"

struct item { int v; struct item *next; };
struct tree { int key; int count; struct tree *l, *r; };

static struct item *push(struct item *head, int v)
{
	struct item *n = malloc(sizeof *n);
	n->v = v;
	n->next = head;
	return n;
}

static struct item *reverse(struct item *h)
{
	struct item *prev = 0, *next;
	while (h) {
		next = h->next;
		h->next = prev;
		prev = h;
		h = next;
	}
	return prev;
}

static void insert(struct tree **t, int key)
{
	while (*t) {
		if (key == (*t)->key) {
			(*t)->count++;
			return;
		}
		t = key < (*t)->key ? &(*t)->l : &(*t)->r;
	}
	*t = calloc(1, sizeof **t);
	(*t)->key = key;
	(*t)->count = 1;
}

static void walk(struct tree *t)
{
	if (!t)
		return;
	walk(t->l);
	put_num(t->key);
	if (t->count > 1)
		put_char('*'), put_num(t->count);
	put_char(' ');
	walk(t->r);
}

static int height(struct tree *t)
{
	int a, b;
	if (!t)
		return 0;
	a = height(t->l);
	b = height(t->r);
	return 1 + (a > b ? a : b);
}

int main(void)
{
	struct item *h = 0, *p, *next;
	struct tree *root = 0;
	int i;
	for (i = 0; i < 10; i++)
		h = push(h, i * i);
	for (p = h; p; p = p->next)
		put_num(p->v), put_char(' ');
	put_char('\n');
	h = reverse(h);
	for (p = h; p; p = p->next)
		put_num(p->v), put_char(' ');
	put_char('\n');
	for (p = h; p; p = next) {
		next = p->next;
		free(p);
	}
	for (i = 0; i < 50; i++)
		insert(&root, (i * 37) % 23 - 5);
	walk(root);
	put_char('\n');
	say("height", height(root));
	return 0;
}
