/* Loads through constant addresses, as in *(int *)0x400000: no symbol is
 * involved, so the compiler must materialize the address itself (tcc's
 * arm64 back end went through the GOT with relocations against symbol 0,
 * which an object file cannot carry: -c then link failed with "Invalid
 * relocation entry"). Both linkers place a static program's first
 * segment, starting with the ELF header, at 0x400000, so the bytes there
 * are known: the magic, the class, and e_machine (183, AArch64). */
#include <stdio.h>

#define BASE 0x400000UL

int main(void)
{
	unsigned magic = *(const volatile unsigned *)BASE;
	unsigned char class = *(const volatile unsigned char *)(BASE + 4);
	unsigned short machine = *(const volatile unsigned short *)(BASE + 18);
	unsigned long long first8 = *(const volatile unsigned long long *)BASE;
	char e = *(const volatile char *)0x400001;
	printf("magic %08x class %d machine %d first8 %016llx e %c\n", magic, class, machine,
	       first8 & 0xffffffffffULL, e);
	return 0;
}
