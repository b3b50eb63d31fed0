/* <iso646.h> (C95): and or not xor bitand bitor compl and_eq or_eq xor_eq
 * not_eq as macros for the operators they name. */
#include <stdio.h>
#include <iso646.h>

int main(void)
{
	int a = 6, b = 3, c = 0;
	printf("logic: %d %d %d %d\n", a and b, a or c, not c, a not_eq b);
	printf("bits: %d %d %d %d\n", a bitand b, a bitor b, a xor b, compl a);
	c and_eq 0;
	c or_eq 12;
	c xor_eq 5;
	a and_eq 3;
	b or_eq 8;
	printf("assign: %d %d %d\n", a, b, c);
	return 0;
}
