/* C11 <stdalign.h>: alignas and alignof as macros for _Alignas and
 * _Alignof, and __alignas_is_defined / __alignof_is_defined set to 1. */
#include <stdio.h>
#include <stdint.h>
#include <stdalign.h>

static alignas(64) char buf[10];
struct s { char c; alignas(16) int x; };

int main(void)
{
	printf("defined: %d %d\n", __alignas_is_defined, __alignof_is_defined);
	printf("alignof: %zu %zu %zu %zu\n", alignof(char), alignof(double), alignof(long double),
	       alignof(struct s));
	printf("buf aligned: %d, sizeof struct s %zu\n", (int)((uintptr_t)buf % 64), sizeof(struct s));
	return 0;
}
