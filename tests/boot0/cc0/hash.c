/* hash: an open-addressing hash table of strings to counts, grown by
 * rehashing: counts the words of a text */
#include "t.h"

struct entry { char *key; long count; };
struct table { struct entry *slots; unsigned long cap, used; };

static unsigned long hash(const char *s)
{
	unsigned long h = 1469598103934665603UL;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211UL;
	return h;
}

static char *dup(const char *s, long n)
{
	char *d = malloc(n + 1);
	memcpy(d, s, n);
	d[n] = 0;
	return d;
}

static void put(struct table *t, char *key);

static void grow(struct table *t)
{
	struct entry *old = t->slots;
	unsigned long i, n = t->cap;
	t->cap = n ? n * 2 : 8;
	t->slots = calloc(t->cap, sizeof(struct entry));
	t->used = 0;
	for (i = 0; i < n; i++)
		if (old[i].key) {
			long c = old[i].count;
			put(t, old[i].key);
			t->slots[(hash(old[i].key) & (t->cap - 1))].count += 0;
			while (c-- > 1)
				put(t, old[i].key);
		}
	free(old);
}

static void put(struct table *t, char *key)
{
	unsigned long i;
	if (t->used * 2 >= t->cap)
		grow(t);
	i = hash(key) & (t->cap - 1);
	while (t->slots[i].key && strcmp(t->slots[i].key, key) != 0)
		i = (i + 1) & (t->cap - 1);
	if (!t->slots[i].key) {
		t->slots[i].key = key;
		t->used++;
	}
	t->slots[i].count++;
}

static long get(struct table *t, const char *key)
{
	unsigned long i = hash(key) & (t->cap - 1);
	while (t->slots[i].key) {
		if (strcmp(t->slots[i].key, key) == 0)
			return t->slots[i].count;
		i = (i + 1) & (t->cap - 1);
	}
	return 0;
}

static const char text[] =
	"the quick brown fox jumps over the lazy dog and the dog sleeps while the fox "
	"runs over the hill and far away the end of the story of the fox and the dog";

int main(void)
{
	struct table t = {0, 0, 0};
	const char *p = text, *s;
	while (*p) {
		while (*p == ' ')
			p++;
		s = p;
		while (*p && *p != ' ')
			p++;
		if (p > s)
			put(&t, dup(s, p - s));
	}
	say("distinct", t.used);
	say("cap", t.cap);
	say("the", get(&t, "the"));
	say("fox", get(&t, "fox"));
	say("dog", get(&t, "dog"));
	say("cat", get(&t, "cat"));
	return 0;
}
