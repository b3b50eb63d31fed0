/* Sizes and alignments of every scalar type (the LP64 AAPCS64 data
 * model), of arrays, pointers, enums, unions and structs; struct layout
 * by offsetof (padding before a member to its alignment, tail padding to
 * the struct's alignment, flexible array members, nested structs and
 * arrays); packed structs; alignment of a type inside a struct versus on
 * its own. */
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#define T(type) printf("%-20s size %2zu align %2zu\n", #type, sizeof(type), _Alignof(type))
#define O(type, m) printf("  %-24s offset %2zu\n", #type "." #m, offsetof(type, m))

struct a { char c; };
struct b { char c; short s; };
struct c { char c; int i; char d; };
struct d { char c; long l; };
struct e { char c; double d; float f; };
struct f { short s; char c[3]; };
struct g { char c; long double ld; };
struct h { int n; char tail[]; };
struct i { double d; char c; };
struct j { char c; struct i in; char d; };
struct k { char c; int arr[3]; char d; short e[2]; };
struct l { float f; char c; struct { char x; short y; } s; };
struct __attribute__((packed)) pk { char c; int i; short s; };
struct pk2 { char c; struct pk p; };
union u { char c; double d; int i[3]; };
enum small_enum { SE_A, SE_B };
enum big_enum { BE_A = 0x7fffffff };
struct m { char c; union u u; };

int main(void)
{
	T(char); T(signed char); T(unsigned char); T(short); T(int); T(long); T(long long);
	T(float); T(double); T(long double); T(_Bool); T(void *); T(char *); T(int (*)(void));
	T(size_t); T(ptrdiff_t); T(wchar_t); T(intmax_t); T(uintptr_t); T(int8_t); T(int64_t);
	T(enum small_enum); T(enum big_enum); T(int[7]); T(double[3]); T(char[3][5]);
	T(struct a); T(struct b); T(struct c); T(struct d); T(struct e); T(struct f);
	T(struct g); T(struct h); T(struct i); T(struct j); T(struct k); T(struct l);
	T(struct pk); T(struct pk2); T(union u); T(struct m);
	O(struct b, s); O(struct c, i); O(struct c, d); O(struct d, l); O(struct e, d);
	O(struct e, f); O(struct f, c); O(struct g, ld); O(struct h, tail); O(struct j, in);
	O(struct j, d); O(struct k, arr); O(struct k, d); O(struct k, e); O(struct l, c);
	O(struct l, s); O(struct l, s.y); O(struct pk, i); O(struct pk, s); O(struct pk2, p);
	O(struct m, u);
	printf("k.arr[2] at %zu, k.e[1] at %zu\n", offsetof(struct k, arr[2]), offsetof(struct k, e[1]));
	{
		struct h *p = 0;
		printf("flexible: sizeof *p %zu, tail %zu\n", sizeof *p, sizeof p->n);
	}
	printf("literal types: %zu %zu %zu %zu %zu\n", sizeof 'a', sizeof L'a', sizeof 1.0f,
	       sizeof 1.0, sizeof 1.0L);
	printf("expression types: %zu %zu %zu %zu\n", sizeof((char)1 + (char)1),
	       sizeof((short)1 * 1L), sizeof(1 ? (char)1 : 2.0f), sizeof(0 ? 1 : (long double)2));
	return 0;
}
