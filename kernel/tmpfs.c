/* The flat in-memory file system. Names are found through a hash table
 * that doubles as it fills, so lookups do not grow with the number of
 * files; data is an array of pages that doubles as a file grows, so
 * appending a byte costs the same at any size. */
#include "tmpfs.h"
#include "abi.h"
#include "lib.h"
#include "output.h"
#include "page.h"
#include "arch.h"

static struct inode **buckets;
static u64 nbuckets, ninodes;
static u64 nextino = 2; /* the root's, as on ext4; then in creation order */
static struct inode head = { .next = &head, .prev = &head };

static u64 hash(const char *s, u32 len)
{
	u64 h = 14695981039346656037UL;
	for (u32 i = 0; i < len; i++)
		h = (h ^ (u8)s[i]) * 1099511628211UL;
	return h;
}

void tmpfs_init(void)
{
	nbuckets = 1024;
	buckets = kzalloc(nbuckets * sizeof *buckets);
	struct inode *root;
	if (!buckets || tmpfs_create("", 0, 0755, 1, &root) < 0)
		panic("no memory for the file table");
}

static void grow_buckets(void)
{
	u64 n = nbuckets * 2;
	struct inode **b = kzalloc(n * sizeof *b);
	if (!b)
		return; /* chains just get longer */
	for (struct inode *ip = head.next; ip != &head; ip = ip->next) {
		u64 h = hash(ip->name, ip->namelen) & (n - 1);
		ip->hnext = b[h];
		b[h] = ip;
	}
	kfree(buckets, nbuckets * sizeof *buckets);
	buckets = b;
	nbuckets = n;
}

static void hash_in(struct inode *ip)
{
	u64 h = hash(ip->name, ip->namelen) & (nbuckets - 1);
	ip->hnext = buckets[h];
	buckets[h] = ip;
}

static void hash_out(struct inode *ip)
{
	struct inode **pp = &buckets[hash(ip->name, ip->namelen) & (nbuckets - 1)];
	while (*pp != ip)
		pp = &(*pp)->hnext;
	*pp = ip->hnext;
}

struct inode *tmpfs_lookup(const char *name, u32 len)
{
	struct inode *ip = buckets[hash(name, len) & (nbuckets - 1)];
	for (; ip; ip = ip->hnext)
		if (ip->namelen == len && memcmp(ip->name, name, len) == 0)
			return ip;
	return NULL;
}

int tmpfs_create(const char *name, u32 len, u32 mode, int isdir, struct inode **out)
{
	struct inode *ip = kzalloc(sizeof *ip);
	char *copy = kalloc(len + 1);
	if (!ip || !copy) {
		kfree(ip, sizeof *ip);
		kfree(copy, len + 1);
		return -ENOSPC;
	}
	memcpy(copy, name, len);
	copy[len] = 0;
	ip->name = copy;
	ip->namelen = len;
	ip->mode = mode & 07777;
	ip->isdir = isdir;
	ip->linked = 1;
	ip->ino = nextino++;
	hash_in(ip);
	ip->prev = head.prev;
	ip->next = &head;
	head.prev->next = ip;
	head.prev = ip;
	if (++ninodes > nbuckets)
		grow_buckets();
	*out = ip;
	return 0;
}

static void release(struct inode *ip)
{
	tmpfs_truncate(ip, 0);
	kfree(ip->pages, ip->npages * sizeof *ip->pages);
	kfree(ip->name, ip->namelen + 1);
	kfree(ip, sizeof *ip);
}

void tmpfs_unlink(struct inode *ip)
{
	hash_out(ip);
	ip->prev->next = ip->next;
	ip->next->prev = ip->prev;
	ip->linked = 0;
	ninodes--;
	if (!ip->nopen)
		release(ip);
}

void tmpfs_put(struct inode *ip)
{
	if (--ip->nopen == 0 && !ip->linked)
		release(ip);
}

const u8 *tmpfs_page(struct inode *ip, u64 index)
{
	return index < ip->npages ? ip->pages[index] : NULL;
}

long tmpfs_read(struct inode *ip, u64 off, void *dst, u64 n)
{
	if (off >= ip->size)
		return 0;
	if (n > ip->size - off)
		n = ip->size - off;
	u8 *d = dst;
	for (u64 done = 0; done < n;) {
		u64 pos = off + done, in = pos & (PAGE_SIZE - 1);
		u64 chunk = PAGE_SIZE - in;
		if (chunk > n - done)
			chunk = n - done;
		const u8 *page = tmpfs_page(ip, pos >> PAGE_SHIFT);
		if (page)
			memcpy(d + done, page + in, chunk);
		else
			memset(d + done, 0, chunk);
		done += chunk;
	}
	return (long)n;
}

static int reserve_pages(struct inode *ip, u64 need)
{
	if (need <= ip->npages)
		return 0;
	u64 cap = ip->npages ? ip->npages * 2 : 4;
	while (cap < need)
		cap *= 2;
	u8 **p = kzalloc(cap * sizeof *p);
	if (!p)
		return -ENOSPC;
	if (ip->npages)
		memcpy(p, ip->pages, ip->npages * sizeof *p);
	kfree(ip->pages, ip->npages * sizeof *p);
	ip->pages = p;
	ip->npages = cap;
	return 0;
}

/* Page index of ip, ready to be written: given (zeroed) if missing, and
 * copied first if a program runs from it, so that it keeps its bytes. */
static u8 *own_page(struct inode *ip, u64 index)
{
	u8 **slot = &ip->pages[index];
	if (*slot && !page_shared(V2P(*slot)))
		return *slot;
	u64 pa = page_alloc_zeroed();
	if (!pa)
		return NULL;
	if (*slot) {
		memcpy(P2V(pa), *slot, PAGE_SIZE);
		page_unref(V2P(*slot));
	}
	return *slot = P2V(pa);
}

/* Writes what memory allows: a short count, or -ENOSPC if nothing fit.
 * Bytes already in the file are never lost. */
long tmpfs_write(struct inode *ip, u64 off, const void *src, u64 n)
{
	if (n == 0)
		return 0;
	if (off + n < off)
		return -EFBIG;
	const u8 *s = src;
	u64 done = 0;
	if (reserve_pages(ip, (off + n + PAGE_SIZE - 1) >> PAGE_SHIFT) == 0) {
		while (done < n) {
			u64 pos = off + done, in = pos & (PAGE_SIZE - 1);
			u64 chunk = PAGE_SIZE - in;
			if (chunk > n - done)
				chunk = n - done;
			u8 *page = own_page(ip, pos >> PAGE_SHIFT);
			if (!page)
				break;
			memcpy(page + in, s + done, chunk);
			done += chunk;
		}
	}
	if (done == 0)
		return -ENOSPC;
	if (off + done > ip->size)
		ip->size = off + done;
	return (long)done;
}

/* The bytes of a page past the end of the file are zero, so that growing
 * the file again shows zeros. Growing needs room for the page index, as
 * a write there would. */
int tmpfs_truncate(struct inode *ip, u64 size)
{
	u64 keep = PAGE_UP(size) >> PAGE_SHIFT, in = size & (PAGE_SIZE - 1);
	if (size > ip->size) {
		if (reserve_pages(ip, keep) < 0)
			return -ENOSPC;
		ip->size = size;
		return 0;
	}
	if (in && tmpfs_page(ip, keep - 1)) {
		u8 *page = own_page(ip, keep - 1);
		if (!page)
			return -ENOMEM;
		memset(page + in, 0, PAGE_SIZE - in);
	}
	for (u64 i = keep; i < ip->npages; i++)
		if (ip->pages[i]) {
			page_unref(V2P(ip->pages[i]));
			ip->pages[i] = NULL;
		}
	ip->size = size;
	return 0;
}

/* c is inside the directory dir, at any depth. */
static int is_under(const struct inode *c, const struct inode *dir)
{
	return c->namelen > dir->namelen && c->name[dir->namelen] == '/' &&
	       memcmp(c->name, dir->name, dir->namelen) == 0;
}

struct move {
	struct inode *ip;
	char *name;
	u32 len;
};

/* Every new name is made before any is given, so that running out of
 * memory (or past MAX_PATH, since a name is a whole path) changes
 * nothing. Each inode keeps its place in creation order. */
int tmpfs_rename(struct inode *ip, const char *to, u32 tolen)
{
	u64 n = 1, i = 1;
	for (struct inode *c = head.next; c != &head; c = c->next)
		n += is_under(c, ip);
	struct move *m = kalloc(n * sizeof *m);
	if (!m)
		return -ENOMEM;
	m[0].ip = ip;
	for (struct inode *c = head.next; c != &head; c = c->next)
		if (is_under(c, ip))
			m[i++].ip = c;
	int r = 0;
	for (i = 0; i < n; i++) {
		struct inode *c = m[i].ip;
		m[i].len = tolen + (c->namelen - ip->namelen);
		m[i].name = m[i].len < MAX_PATH ? kalloc(m[i].len + 1) : NULL;
		if (!m[i].name) {
			r = m[i].len < MAX_PATH ? -ENOMEM : -ENAMETOOLONG;
			break;
		}
		memcpy(m[i].name, to, tolen);
		memcpy(m[i].name + tolen, c->name + ip->namelen, c->namelen - ip->namelen + 1);
	}
	for (u64 j = 0; j < n; j++) {
		struct inode *c = m[j].ip;
		if (r < 0) {
			if (j < i)
				kfree(m[j].name, m[j].len + 1);
			continue;
		}
		hash_out(c);
		kfree(c->name, c->namelen + 1);
		c->name = m[j].name;
		c->namelen = m[j].len;
		hash_in(c);
	}
	kfree(m, n * sizeof *m);
	return r;
}

/* Where the name of the directory holding name ends: the length of its
 * name ("" for the root's children). */
u32 tmpfs_dirlen(const char *name, u32 len)
{
	while (len > 0 && name[len - 1] != '/')
		len--;
	return len ? len - 1 : 0;
}

struct inode *tmpfs_child(const struct inode *dir, u64 after)
{
	for (struct inode *c = head.next; c != &head; c = c->next)
		if (c->ino > after && c->namelen && tmpfs_dirlen(c->name, c->namelen) == dir->namelen &&
		    (!dir->namelen || is_under(c, dir)))
			return c;
	return NULL;
}

struct inode *tmpfs_first(void) { return tmpfs_next(&head); }

struct inode *tmpfs_next(struct inode *ip) { return ip->next == &head ? NULL : ip->next; }
