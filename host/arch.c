/* arch: everything about a guest architecture that the host side needs.
 * To add a guest, add a row. */
#include <string.h>

#include "seed.h"

static const char *const aarch64_machine[] = {
	"-M", "virt",
	"-semihosting-config", "enable=on,target=native",  /* how seed-out.cpio and seed-status leave */
	NULL,
};

static const struct arch arches[] = {
	{
		.name = "aarch64",
		.elf_machine = 183,  /* EM_AARCH64 */
		.qemu_system = "qemu-system-aarch64",
		.qemu_user = "qemu-aarch64-static",
		.binfmt = "qemu-aarch64",
		/* Every feature qemu-user's default cpu has that our programs
		 * use; without the PMU, SVE and SME, whose state QEMU updates
		 * on every exception, a system call costs half as much. */
		.cpu_tcg = "max,pauth-impdef=on,pmu=off,sve=off,sme=off",
		.machine = aarch64_machine,
	},
};

const struct arch *arch_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof arches / sizeof arches[0]; i++)
		if (strcmp(arches[i].name, name) == 0)
			return &arches[i];
	return NULL;
}
