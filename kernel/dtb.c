/* A flattened device tree walker: just /memory's reg, /chosen's
 * bootargs and initrd range, and the GIC's registers. */
#include "dtb.h"
#include "lib.h"

#define FDT_MAGIC 0xd00dfeed
#define FDT_BEGIN_NODE 1
#define FDT_END_NODE 2
#define FDT_PROP 3
#define FDT_NOP 4
#define FDT_END 9

static u32 be32(const void *p)
{
	const u8 *b = p;
	return (u32)b[0] << 24 | (u32)b[1] << 16 | (u32)b[2] << 8 | b[3];
}

static u64 cells(const u8 *p, u32 n)
{
	u64 v = 0;
	for (u32 i = 0; i < n; i++)
		v = v << 32 | be32(p + 4 * i);
	return v;
}

/* Whether s starts with p (and, if whole, is p). */
static int named(const char *s, const char *p, int whole)
{
	while (*p)
		if (*s++ != *p++)
			return 0;
	return !whole || !*s;
}

int dtb_read(const void *dtb, struct bootinfo *bi, const char **why)
{
	const u8 *h = dtb;
	memset(bi, 0, sizeof *bi);
	if (be32(h) != FDT_MAGIC) {
		*why = "bad device tree magic";
		return -1;
	}
	bi->dtb_size = be32(h + 4);
	const u8 *p = h + be32(h + 8), *end = h + bi->dtb_size;
	const char *strings = (const char *)h + be32(h + 12);
	u32 addr_cells = 2, size_cells = 2;
	int depth = 0, in_memory = 0, in_chosen = 0, is_gic = 0;
	const u8 *reg = 0;
	while (p < end) {
		u32 tok = be32(p);
		p += 4;
		if (tok == FDT_BEGIN_NODE) {
			const char *name = (const char *)p;
			depth++;
			in_memory = depth == 2 && named(name, "memory", 0);
			in_chosen = depth == 2 && named(name, "chosen", 1);
			if (depth == 2)
				is_gic = 0, reg = 0;
			p += (strlen(name) + 4) & ~3UL;
		} else if (tok == FDT_END_NODE) {
			if (depth == 2 && is_gic && reg) {
				bi->gicd = cells(reg, addr_cells);
				bi->gicc = cells(reg + 4 * (addr_cells + size_cells), addr_cells);
			}
			depth--;
			in_memory = in_chosen = 0;
		} else if (tok == FDT_PROP) {
			u32 len = be32(p), nameoff = be32(p + 4);
			const u8 *val = p + 8;
			const char *name = strings + nameoff;
			p += (8 + len + 3) & ~3UL;
			if (depth == 1 && named(name, "#address-cells", 1))
				addr_cells = be32(val);
			else if (depth == 1 && named(name, "#size-cells", 1))
				size_cells = be32(val);
			else if (depth == 2 && named(name, "compatible", 1))
				is_gic = named((const char *)val, "arm,cortex-a15-gic", 1);
			else if (depth == 2 && named(name, "reg", 1) && len >= 8 * (addr_cells + size_cells))
				reg = val;
			if (in_memory && named(name, "reg", 1) && !bi->ram_hi &&
			    len >= 4 * (addr_cells + size_cells)) {
				bi->ram_lo = cells(val, addr_cells);
				bi->ram_hi = bi->ram_lo + cells(val + 4 * addr_cells, size_cells);
			} else if (in_chosen && named(name, "bootargs", 1))
				bi->bootargs = (const char *)val;
			else if (in_chosen && named(name, "linux,initrd-start", 1))
				bi->initrd_lo = cells(val, len / 4);
			else if (in_chosen && named(name, "linux,initrd-end", 1))
				bi->initrd_hi = cells(val, len / 4);
		} else if (tok == FDT_END)
			break;
		else if (tok != FDT_NOP) {
			*why = "bad device tree token";
			return -1;
		}
	}
	if (!bi->ram_hi) {
		*why = "no memory node in the device tree";
		return -1;
	}
	return 0;
}
