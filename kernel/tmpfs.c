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
	u64 h = hash(name, len) & (nbuckets - 1);
	ip->hnext = buckets[h];
	buckets[h] = ip;
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
	tmpfs_truncate(ip);
	kfree(ip->pages, ip->npages * sizeof *ip->pages);
	kfree(ip->name, ip->namelen + 1);
	kfree(ip, sizeof *ip);
}

void tmpfs_unlink(struct inode *ip)
{
	struct inode **pp = &buckets[hash(ip->name, ip->namelen) & (nbuckets - 1)];
	while (*pp != ip)
		pp = &(*pp)->hnext;
	*pp = ip->hnext;
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
			u8 **slot = &ip->pages[pos >> PAGE_SHIFT];
			if (!*slot || page_shared(V2P(*slot))) {
				/* a page programs run from keeps its bytes: copy it */
				u64 pa = page_alloc_zeroed();
				if (!pa)
					break;
				if (*slot) {
					memcpy(P2V(pa), *slot, PAGE_SIZE);
					page_unref(V2P(*slot));
				}
				*slot = P2V(pa);
			}
			memcpy(*slot + in, s + done, chunk);
			done += chunk;
		}
	}
	if (done == 0)
		return -ENOSPC;
	if (off + done > ip->size)
		ip->size = off + done;
	return (long)done;
}

void tmpfs_truncate(struct inode *ip)
{
	for (u64 i = 0; i < ip->npages; i++)
		if (ip->pages[i]) {
			page_unref(V2P(ip->pages[i]));
			ip->pages[i] = NULL;
		}
	ip->size = 0;
}

int tmpfs_has_children(const char *dir, u32 len)
{
	for (struct inode *ip = head.next; ip != &head; ip = ip->next)
		if (ip->namelen > len && ip->name[len] == '/' &&
		    memcmp(ip->name, dir, len) == 0)
			return 1;
	return 0;
}

struct inode *tmpfs_first(void) { return tmpfs_next(&head); }

struct inode *tmpfs_next(struct inode *ip) { return ip->next == &head ? NULL : ip->next; }
