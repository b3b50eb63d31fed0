/* mprotect against glibc: a page of malloc'd memory made executable runs
 * the instructions written into it, as tcc -run does with the code it
 * compiles; and the requests the kernel refuses. Not length 0: Linux
 * and the seed kernel return 0, qemu-user (the linux driver) ENOMEM. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define PAGE 4096

/* Fresh code must be cleaned from the data cache and invalidated in the
 * instruction cache before it runs: gcc's builtin calls libgcc's
 * __clear_cache; tcc has no such builtin, but its runtime (libtcc1.a)
 * has the function. */
#ifdef __TINYC__
void __clear_cache(void *beg, void *end);
#define clear_cache(beg, end) __clear_cache(beg, end)
#else
#define clear_cache(beg, end) __builtin___clear_cache((char *)(beg), (char *)(end))
#endif

static const uint32_t answer[] = {
	0x52800540, /* mov w0, #42 */
	0xd65f03c0, /* ret */
};

static const uint32_t add_one[] = {
	0x11000400, /* add w0, w0, #1 */
	0xd65f03c0, /* ret */
};

static void show(const char *what, int r)
{
	const char *e = errno == EINVAL ? "EINVAL" : errno == ENOMEM ? "ENOMEM" : "other";

	if (r == 0)
		printf("%s: 0\n", what);
	else
		printf("%s: %d %s\n", what, r, e);
}

/* The code in words at page, made visible to instruction fetch. */
static void put_code(char *page, const uint32_t *words, size_t size)
{
	memcpy(page, words, size);
	clear_cache(page, page + size);
}

int main(void)
{
	char *mem = malloc(3 * PAGE);
	char *page = (char *)(((uintptr_t)mem + PAGE - 1) & ~(uintptr_t)(PAGE - 1));
	int (*f0)(void) = (int (*)(void))(uintptr_t)page;
	int (*f1)(int) = (int (*)(int))(uintptr_t)page;

	if (!mem)
		return 1;
	show("mprotect rwx", mprotect(page, PAGE, PROT_READ | PROT_WRITE | PROT_EXEC));
	put_code(page, answer, sizeof answer);
	printf("answer() = %d\n", f0());
	put_code(page, add_one, sizeof add_one);
	printf("add_one(41) = %d\n", f1(41));
	show("mprotect two pages rwx", mprotect(page, 2 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC));
	show("mprotect length not a page", mprotect(page, 100, PROT_READ | PROT_WRITE | PROT_EXEC));

	errno = 0;
	show("mprotect unaligned", mprotect(page + 1, PAGE, PROT_READ));
	errno = 0;
	show("mprotect unaligned by 2048", mprotect(page + PAGE / 2, PAGE, PROT_READ));
	errno = 0;
	show("mprotect bad prot 0x40", mprotect(page, PAGE, 0x40));
	errno = 0;
	show("mprotect bad prot 0x100", mprotect(page, PAGE, PROT_READ | 0x100));
	printf("still runs: %d\n", f1(1));
	return 0;
}
