/* link.c: the program's sections (.text, .rodata, .data, .bss), its
 * symbols and the relocations between them, and the executable they
 * make: a static ELF file loaded at 0x400000 in two segments, the ELF
 * header, code and read-only data (read, execute), then the data and
 * .bss (read, write). A name without `static` is one symbol for the
 * whole program, whichever file defines it. */
#include "cc1.h"

enum { BASE = 0x400000, PAGE = 4096, HDR = 64 + 2 * 56 };

static Buf sects[S_NSECT];
static int sect_align[S_NSECT];
static long sect_base[S_NSECT];
static long bss_size;
static Reloc *relocs;
static long nrelocs;
static GSym *gsyms;
static GSym **gsym_tail = &gsyms;

GSym *gsym_new(Name *name)
{
	GSym *g = alloc(sizeof(GSym));

	g->name = name;
	g->align = 1;
	*gsym_tail = g;
	gsym_tail = &g->next;
	return g;
}

GSym *gsym_extern(Name *name)
{
	if (!name->gsym)
		name->gsym = gsym_new(name);
	return name->gsym;
}

static void note_align(int sect, int align)
{
	if (align > sect_align[sect])
		sect_align[sect] = align;
}

long sect_put(int sect, void *p, long n, int align)
{
	long off;

	note_align(sect, align);
	buf_align(&sects[sect], align);
	off = sects[sect].len;
	buf_add(&sects[sect], p, n);
	return off;
}

long sect_bss(long n, int align)
{
	note_align(S_BSS, align);
	bss_size = round_up(bss_size, align) + n;
	return bss_size - n;
}

void sect_reloc(int sect, long off, int kind, GSym *g, long addend)
{
	Reloc *r;

	if ((nrelocs & (nrelocs - 1)) == 0)
		relocs = grow(relocs, nrelocs, nrelocs + 1, sizeof(Reloc));
	r = &relocs[nrelocs++];
	r->sect = sect;
	r->off = off;
	r->kind = kind;
	r->g = g;
	r->addend = addend;
}

/* the relocations in [off, off + size) of sect, their places relative
 * to off */
int sect_relocs(int sect, long off, long size, Reloc *out)
{
	long i;
	int n = 0;

	for (i = 0; i < nrelocs; i++) {
		if (relocs[i].sect != sect || relocs[i].off < off || relocs[i].off >= off + size)
			continue;
		out[n] = relocs[i];
		out[n++].off -= off;
	}
	return n;
}

char *sect_data(int sect)
{
	return sects[sect].p;
}

static void define(char *name, int sect, long off)
{
	GSym *g = gsym_extern(intern(name, strlen(name)));

	if (g->state == G_DEFINED)
		return;
	g->state = G_DEFINED;
	g->sect = sect;
	g->off = off;
}

/* The constructors, then the destructors, in the arrays libc's start
 * code walks, after what section attributes put there: by priority,
 * lowest first, then in the order they were defined (gcc's and GNU ld's
 * order). The bounds are what GNU ld defines. */
static void init_arrays(void)
{
	GSym *g, **v;
	long zero = 0, off, n = 0, i, j;
	int pass, p;

	for (g = gsyms; g; g = g->next)
		n++;
	v = alloc(sizeof(GSym *) * (n + 1));
	for (pass = 0; pass < 2; pass++) {
		n = 0;
		for (g = gsyms; g; g = g->next) {
			p = pass ? g->dtor : g->ctor;
			if (!p || g->state != G_DEFINED)
				continue;
			for (j = n; j > 0 && (pass ? v[j - 1]->dtor : v[j - 1]->ctor) > p; j--)
				v[j] = v[j - 1];
			v[j] = g;
			n++;
		}
		for (i = 0; i < n; i++) {
			off = sect_put(pass ? S_FINI : S_INIT, &zero, 8, 8);
			sect_reloc(pass ? S_FINI : S_INIT, off, R_ABS64, v[i], 0);
		}
	}
	define("__preinit_array_start", S_PREINIT, 0);
	define("__preinit_array_end", S_PREINIT, sects[S_PREINIT].len);
	define("__init_array_start", S_INIT, 0);
	define("__init_array_end", S_INIT, sects[S_INIT].len);
	define("__fini_array_start", S_FINI, 0);
	define("__fini_array_end", S_FINI, sects[S_FINI].len);
}

static void phdr(char *p, int flags, long off, long addr, long filesz, long memsz)
{
	put_le(p, 1, 4);
	put_le(p + 4, flags, 4);
	put_le(p + 8, off, 8);
	put_le(p + 16, addr, 8);
	put_le(p + 24, addr, 8);
	put_le(p + 32, filesz, 8);
	put_le(p + 40, memsz, 8);
	put_le(p + 48, PAGE, 8);
}

static long addr_of(GSym *g)
{
	int n = 0;

	while (g->alias && n++ < 100)
		g = g->alias;
	return g->addr;
}

void link_write(char *out)
{
	GSym *g, *start;
	Reloc *r;
	long text_off, ro_off, data_off, end1, bss_base, i, at;
	int k;
	Buf f = {0};
	char *p;

	init_arrays();
	for (g = gsyms; g; g = g->next)
		if (g->state == G_COMMON) {
			g->sect = S_BSS;
			g->off = sect_bss(g->size ? g->size : 1, g->align);
			g->state = G_DEFINED;
		}
	text_off = round_up(HDR, sect_align[S_TEXT] > 16 ? sect_align[S_TEXT] : 16);
	ro_off = round_up(text_off + sects[S_TEXT].len, sect_align[S_RODATA] > 16 ? sect_align[S_RODATA] : 16);
	end1 = ro_off + sects[S_RODATA].len;
	data_off = round_up(end1, PAGE);
	sect_base[S_TEXT] = BASE + text_off;
	sect_base[S_RODATA] = BASE + ro_off;
	at = BASE + data_off;
	for (k = S_DATA; k <= S_FINI; k++) {
		at = round_up(at, sect_align[k] > 8 ? sect_align[k] : 8);
		sect_base[k] = at;
		at += sects[k].len;
	}
	bss_base = round_up(at, sect_align[S_BSS] > 16 ? sect_align[S_BSS] : 16);
	sect_base[S_BSS] = bss_base;
	for (g = gsyms; g; g = g->next)
		if (g->state == G_DEFINED)
			g->addr = sect_base[g->sect] + g->off;
	for (i = 0; i < nrelocs; i++) {
		r = &relocs[i];
		g = r->g;
		while (g->alias && g->state != G_DEFINED)
			g = g->alias;
		if (g->state != G_DEFINED && !g->weak)
			die(cat("undefined symbol ", g->name ? g->name->s : "?"));
		cg_patch(r->kind, sects[r->sect].p + r->off, sect_base[r->sect] + r->off,
			 addr_of(g) + r->addend);
	}
	start = gsym_extern(intern("_start", 6));
	if (start->state != G_DEFINED)
		die("no _start in the program");
	buf_zero(&f, HDR);
	p = f.p;
	memcpy(p, "\177ELF\2\1\1", 7);
	put_le(p + 16, 2 | ELF_MACHINE << 16, 4);
	put_le(p + 20, 1, 4);
	put_le(p + 24, start->addr, 8);
	put_le(p + 32, 64, 8);
	put_le(p + 52, 64 | 56 << 16, 4);
	put_le(p + 56, 2 | 64 << 16, 4);
	phdr(p + 64, 5, 0, BASE, end1, end1);
	phdr(p + 120, 6, data_off, BASE + data_off, at - BASE - data_off,
	     bss_base + bss_size - BASE - data_off);
	buf_zero(&f, text_off - f.len);
	buf_add(&f, sects[S_TEXT].p, sects[S_TEXT].len);
	buf_zero(&f, ro_off - f.len);
	buf_add(&f, sects[S_RODATA].p, sects[S_RODATA].len);
	for (k = S_DATA; k <= S_FINI; k++) {
		buf_zero(&f, sect_base[k] - BASE - f.len);
		buf_add(&f, sects[k].p, sects[k].len);
	}
	if (write_file(out, f.p, f.len, 1) < 0)
		die(cat(out, ": cannot write"));
}
