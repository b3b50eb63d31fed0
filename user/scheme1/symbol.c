/* Symbols: interned by name in an open-addressing hash table. Symbols
 * are never collected; the table is a root of the collector. */
#include <stdlib.h>
#include <string.h>
#include "scheme1.h"

static obj *table;
static size_t size, count;
static long gensym_counter;

static size_t hash(const char *s, size_t n)
{
	size_t h = 5381, i;
	for (i = 0; i < n; i++)
		h = h * 33 + (unsigned char)s[i];
	return h;
}

static obj make_symbol(obj name)
{
	obj s = alloc(T_SYMBOL, 2);
	SYM_NAME(s) = name;
	SYM_VALUE(s) = UNDEF;
	return s;
}

/* slot: the index of the symbol called name, or of the free entry where
 * it belongs */
static size_t slot(const char *name, size_t len)
{
	size_t j = hash(name, len) & (size - 1);
	while (table[j] != FALSE && (BYTES_LEN(SYM_NAME(table[j])) != len ||
				     memcmp(BYTES_DATA(SYM_NAME(table[j])), name, len) != 0))
		j = (j + 1) & (size - 1);
	return j;
}

static void grow(void)
{
	obj *old = table;
	size_t oldsize = size, i;
	size = size ? 2 * size : 1024;
	table = xmalloc(size * sizeof *table);
	for (i = 0; i < size; i++)
		table[i] = FALSE;
	for (i = 0; i < oldsize; i++) {
		obj n = old[i] != FALSE ? SYM_NAME(old[i]) : FALSE;
		if (n != FALSE)
			table[slot((char *)BYTES_DATA(n), BYTES_LEN(n))] = old[i];
	}
	free(old);
}

obj intern(const char *name, size_t len)
{
	size_t j;
	if (2 * (count + 1) > size)
		grow();
	j = slot(name, len);
	if (table[j] == FALSE) {
		count++;
		table[j] = make_symbol(make_string_n(name, len));
	}
	return table[j];
}

obj intern_c(const char *name)
{
	return intern(name, strlen(name));
}

/* gensym: a fresh uninterned symbol, for names the desugarer invents */
obj gensym(void)
{
	struct buf b = {0, 0, 0};
	buf_str(&b, "%g");
	print_int(&b, ++gensym_counter, 10);
	return make_symbol(buf_to_string(&b));
}

void symbols_mark(void (*visit)(obj *))
{
	size_t i;
	for (i = 0; i < size; i++)
		if (table[i] != FALSE)
			visit(&table[i]);
}
