/* elf_check: is the first program one the machine can start? The kernel loads
 * little-endian ELF64 ET_EXEC files for its own arch; anything else is refused
 * here, before anything boots. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "seed.h"

int elf_check(const char *path, const char *prog, const struct arch *a)
{
	unsigned char h[64];
	ssize_t got;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return fail("%s: %s", path, strerror(errno));
	got = read_full(fd, h, sizeof h);
	close(fd);
	if (got != (ssize_t)sizeof h || memcmp(h, "\177ELF", 4) != 0
	    || h[4] != 2              /* ELFCLASS64 */
	    || h[5] != 1              /* ELFDATA2LSB */
	    || (h[16] | h[17] << 8) != 2  /* ET_EXEC */
	    || (h[18] | h[19] << 8) != a->elf_machine)
		return fail("%s: not an %s ELF executable", prog, a->name);
	return 0;
}
