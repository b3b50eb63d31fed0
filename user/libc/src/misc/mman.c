/* Memory mappings. The seed kernel serves mprotect on the pages a program
 * has (its image, heap and stack), which is what tcc -run needs to make
 * malloc'd code executable; it has no mmap or munmap, so those fail with
 * ENOSYS and memory comes from malloc. */
#include <errno.h>
#include <sys/mman.h>
#include "syscall.h"

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	(void)addr, (void)len, (void)prot, (void)flags, (void)fd, (void)off;
	errno = ENOSYS;
	return MAP_FAILED;
}

int munmap(void *addr, size_t len)
{
	(void)addr, (void)len;
	errno = ENOSYS;
	return -1;
}

int mprotect(void *addr, size_t len, int prot)
{
	return (int)__sysret(__sys3(SYS_mprotect, addr, len, prot));
}
