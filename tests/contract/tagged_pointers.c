// Linux sets TCR_EL1.TBI0: the top byte of a user address is a tag the
// hardware ignores, so loads and stores through tagged pointers work,
// also the first touch of a heap or stack page and a write to a page a
// fork shares. The tagged address ABI is off (no prctl), so a system call
// given a tagged pointer says EFAULT.
#include "sys.h"
#include "out.h"
#include "child.h"

#define TAG(p, t) ((__typeof__(p))((unsigned long)(p) | ((unsigned long)(t) << 56)))

static long data_word = 41;
static char *heap;

static int fork_write(void)
{
	long *p = TAG(&data_word, 0x5a);
	*p = 99; /* the page is shared with the parent until this write */
	return data_word == 99 ? 0 : 1;
}

static int stack_touch(void)
{
	volatile char big[256 * 1024];
	volatile char *p = TAG(&big[0], 0x11);
	p[0] = 3; /* a fresh stack page, through a tagged pointer */
	return big[0] == 3 ? 0 : 1;
}

int main(void)
{
	long *p = TAG(&data_word, 0xab);
	expect(*p, 41, "load through a tag");
	*p = 42;
	expect(data_word, 42, "store through a tag");

	heap = (char *)sys_brk(0);
	sys_brk(heap + 3 * 4096);
	volatile char *h = TAG(heap + 4096, 0xff);
	expect(h[5], 0, "first touch of a heap page, read, tagged");
	h[6] = 7;
	expect(heap[4096 + 6], 7, "then written through the tag");
	h = TAG(heap + 8192, 0x80);
	h[0] = 9;
	expect(heap[8192], 9, "first touch, a write, tagged");

	child_expect("stack page touched through a tag", stack_touch, CLD_EXITED, 0);
	child_expect("fork, then a tagged write to a shared page", fork_write, CLD_EXITED, 0);
	expect(data_word, 42, "the parent's word is its own");

	expect(sys_write(1, TAG((const char *)"tagged\n", 0x12), 7), -EFAULT, "write(2) of a tagged pointer");
	expect(sys_open(TAG((const char *)"f", 1), O_CREAT | O_WRONLY, 0644), -EFAULT, "open of a tagged path");
	return done(0);
}
