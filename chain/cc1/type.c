/* type.c: C's types as AAPCS64 lays them out (LP64, char unsigned, long
 * double IEEE binary128), the conversions between them, and the layout
 * of structs and unions with bit-fields as gcc places them. */
#include "cc1.h"

Type *ty_void, *ty_bool, *ty_char, *ty_schar, *ty_uchar, *ty_short, *ty_ushort;
Type *ty_int, *ty_uint, *ty_long, *ty_ulong, *ty_llong, *ty_ullong;
Type *ty_float, *ty_double, *ty_ldouble, *ty_valist;

Type *new_type(int kind, long size, int align)
{
	Type *t = alloc(sizeof(Type));

	t->kind = kind;
	t->size = size;
	t->align = align;
	return t;
}

static Type *int_type(int kind, long size, int uns)
{
	Type *t = new_type(kind, size, size);

	t->uns = uns;
	return t;
}

/* AAPCS64's va_list: three pointers, two ints */
static char *valist_names[] = { "__stack", "__gr_top", "__vr_top", "__gr_offs", "__vr_offs" };

void type_init(void)
{
	Member *m;
	Type *vp;
	int i;

	ty_void = new_type(TY_VOID, 1, 1);
	ty_void->incomplete = 1;
	ty_bool = int_type(TY_BOOL, 1, 1);
	ty_char = int_type(TY_CHAR, 1, 1);
	ty_schar = int_type(TY_CHAR, 1, 0);
	ty_uchar = int_type(TY_CHAR, 1, 1);
	ty_short = int_type(TY_SHORT, 2, 0);
	ty_ushort = int_type(TY_SHORT, 2, 1);
	ty_int = int_type(TY_INT, 4, 0);
	ty_uint = int_type(TY_INT, 4, 1);
	ty_long = int_type(TY_LONG, 8, 0);
	ty_ulong = int_type(TY_LONG, 8, 1);
	ty_llong = int_type(TY_LONG, 8, 0);
	ty_ullong = int_type(TY_LONG, 8, 1);
	ty_float = new_type(TY_FLOAT, 4, 4);
	ty_double = new_type(TY_DOUBLE, 8, 8);
	ty_ldouble = new_type(TY_LDOUBLE, 16, 16);
	ty_valist = new_type(TY_STRUCT, 32, 8);
	vp = ptr_to(ty_void);
	for (i = 4; i >= 0; i--) {
		m = alloc(sizeof(Member));
		m->name = intern(valist_names[i], strlen(valist_names[i]));
		m->ty = i < 3 ? vp : ty_int;
		m->next = ty_valist->mem;
		ty_valist->mem = m;
	}
	layout_struct(ty_valist, 0);
}

/* t with the qualifiers qual (1 const, 2 volatile) and no others; kept
 * for scalars and void only, where _Generic can tell them apart */
Type *qualified(Type *t, int qual)
{
	Type *q;

	if (t->origin)
		t = t->origin;
	if (!qual || (!is_scalar(t) && t->kind != TY_VOID))
		return t;
	q = new_type(0, 0, 0);
	*q = *t;
	q->qual = qual;
	q->origin = t;
	return q;
}

/* t aligned to align, which is more than its own alignment */
Type *aligned_type(Type *t, int align)
{
	Type *a = new_type(0, 0, 0);

	*a = *t;
	a->align = align;
	a->origin = t->origin ? t->origin : t;
	return a;
}

Type *ptr_to(Type *base)
{
	Type *t = new_type(TY_PTR, 8, 8);

	t->base = base;
	t->uns = 1;
	return t;
}

Type *array_of(Type *base, long len)
{
	Type *t = new_type(TY_ARRAY, base->size * (len < 0 ? 0 : len), base->align);

	t->base = base;
	t->len = len;
	t->incomplete = len < 0;
	return t;
}

Type *func_type(Type *ret)
{
	Type *t = new_type(TY_FUNC, 1, 1);

	t->base = ret;
	return t;
}

int is_int(Type *t)
{
	return t->kind >= TY_BOOL && t->kind <= TY_LONG;
}

int is_flt(Type *t)
{
	return t->kind >= TY_FLOAT && t->kind <= TY_LDOUBLE;
}

int is_arith(Type *t)
{
	return t->kind >= TY_BOOL && t->kind <= TY_LDOUBLE;
}

int is_ptr(Type *t)
{
	return t->kind == TY_PTR;
}

int is_scalar(Type *t)
{
	return is_arith(t) || t->kind == TY_PTR;
}

int is_aggr(Type *t)
{
	return t->kind == TY_STRUCT || t->kind == TY_UNION || t->kind == TY_ARRAY;
}

int is_void(Type *t)
{
	return t->kind == TY_VOID;
}

/* the integer promotions */
Type *promote(Type *t)
{
	if (t->kind < TY_INT && t->kind >= TY_BOOL)
		return ty_int;
	return t->origin ? t->origin : t;
}

/* the usual arithmetic conversions */
Type *common_type(Type *a, Type *b)
{
	if (a->kind == TY_LDOUBLE || b->kind == TY_LDOUBLE)
		return ty_ldouble;
	if (a->kind == TY_DOUBLE || b->kind == TY_DOUBLE)
		return ty_double;
	if (a->kind == TY_FLOAT || b->kind == TY_FLOAT)
		return ty_float;
	a = promote(a);
	b = promote(b);
	if (a->size != b->size)
		return a->size > b->size ? a : b;
	if (b->uns)
		return b;
	return a;
}

/* compatible types (C99 6.2.7), as far as cc1 tells them apart */
int same_type(Type *a, Type *b)
{
	Param *p, *q;

	if (a->qual != b->qual)
		return 0;
	if (a->origin)
		a = a->origin;
	if (b->origin)
		b = b->origin;
	if (a == b)
		return 1;
	if (a->kind != b->kind)
		return 0;
	if (a->kind == TY_PTR)
		return same_type(a->base, b->base);
	if (a->kind == TY_ARRAY)
		return same_type(a->base, b->base) && (a->len < 0 || b->len < 0 || a->len == b->len);
	if (a->kind == TY_FUNC) {
		if (!same_type(a->base, b->base) || a->variadic != b->variadic)
			return 0;
		if (a->oldstyle || b->oldstyle)
			return 1;
		for (p = a->params, q = b->params; p && q; p = p->next, q = q->next)
			if (!same_type(p->ty, q->ty))
				return 0;
		return p == q;
	}
	if (a->kind == TY_LONG)
		return a->uns == b->uns &&
		       (a == ty_llong || a == ty_ullong) == (b == ty_llong || b == ty_ullong);
	if (is_int(a))
		return a->size == b->size && a->uns == b->uns && a->kind != TY_CHAR;
	return a->kind <= TY_LDOUBLE;
}

/* the member n of struct or union t, looking into anonymous members;
 * *off gets the offset of the innermost one's container */
Member *find_member(Type *t, Name *n, long *off)
{
	Member *m, *r;
	long o;

	for (m = t->mem; m; m = m->next) {
		if (m->name == n)
			return m;
		if (!m->name && (m->ty->kind == TY_STRUCT || m->ty->kind == TY_UNION)) {
			o = 0;
			r = find_member(m->ty, n, &o);
			if (r) {
				*off += m->off + o;
				return r;
			}
		}
	}
	return 0;
}

/* Places the members: each at the next multiple of its alignment (1 in
 * a packed struct, at most #pragma pack's); a bit-field in the first unit of its type's size,
 * aligned, that holds it whole, after the bits before it (bits -1: one
 * of width 0, which ends the unit). A member's off is its byte offset,
 * or for a bit-field that of its unit, with bitoff the offset of its low
 * bit in it. Every member, bit-fields too, aligns the whole to its
 * type's alignment, as gcc does on aarch64. */
void layout_struct(Type *t, Tok *where)
{
	long bits = 0, size = 0, unit;
	int align = 1, a;
	Member *m;

	for (m = t->mem; m; m = m->next) {
		if (m->ty->incomplete && !(m->ty->kind == TY_ARRAY && !m->next))
			error_tok(where, "a member has an incomplete type");
		a = t->packed ? 1 : m->ty->align;
		if (m->align > a)
			a = m->align;
		if (t->pack && a > t->pack)
			a = t->pack;
		if (t->kind == TY_UNION)
			bits = 0;
		if (m->bits) {
			unit = m->ty->size * 8;
			if (m->align)
				bits = round_up(bits, a * 8);
			if (m->bits < 0) {
				bits = round_up(bits, unit);
			} else if (t->packed || t->pack) {
				/* packed: the smallest unit that holds it, unaligned */
				m->off = bits / 8;
				for (unit = 8; unit < 128 && bits % 8 + m->bits > unit; unit *= 2)
					;
			} else if (bits / unit != (bits + m->bits - 1) / unit) {
				bits = round_up(bits, unit);
			}
			if (!t->packed && !t->pack)
				m->off = bits / unit * m->ty->size;
			m->unit = unit / 8;
			m->bitoff = bits - m->off * 8;
			if (m->bits > 0)
				bits += m->bits;
		} else {
			bits = round_up(bits, a * 8);
			m->off = bits / 8;
			bits += m->ty->size * 8;
		}
		if (align < a)
			align = a;
		if (size < (bits + 7) / 8)
			size = (bits + 7) / 8;
	}
	if (t->align < align)
		t->align = align;
	t->size = round_up(size, t->align);
	t->incomplete = 0;
}

/* the number of members of a homogeneous floating-point aggregate (1 to
 * 4 members, all of one floating type), 0 if t is not one; *base gets
 * that type */
int hfa_count(Type *t, Type **base)
{
	Member *m;
	int n = 0, k;

	if (is_flt(t)) {
		if (*base && *base != t && (*base)->kind != t->kind)
			return 0;
		*base = t;
		return 1;
	}
	if (t->kind == TY_ARRAY) {
		if (t->len <= 0)
			return 0;
		k = hfa_count(t->base, base);
		n = k * t->len;
	} else if (t->kind == TY_STRUCT || t->kind == TY_UNION) {
		for (m = t->mem; m; m = m->next) {
			if (m->bits)
				return 0;
			k = hfa_count(m->ty, base);
			if (!k)
				return 0;
			if (t->kind == TY_UNION)
				n = n > k ? n : k;
			else
				n += k;
		}
	} else {
		return 0;
	}
	if (n < 1 || n > 4 || !*base || t->size != n * (*base)->size)
		return 0;
	return n;
}
