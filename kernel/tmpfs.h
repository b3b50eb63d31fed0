/* The flat in-memory file system: a name is the whole normalised path
 * ("a/b", no leading slash; "" is the root directory). File data lives
 * in 4 KiB pages; a missing page reads as zeros. */
#ifndef TMPFS_H
#define TMPFS_H

#include "types.h"

struct inode {
	char *name;
	u32 namelen;
	u32 mode;               /* permission bits */
	u64 ino;                /* stat's st_ino: never reused */
	int isdir;
	int linked;             /* still has its name */
	int nopen;              /* open file descriptions */
	int nwriters;           /* of them, open for writing */
	u64 size;
	u64 npages;             /* capacity of pages[] */
	u8 **pages;
	struct inode *hnext;    /* hash chain */
	struct inode *next, *prev; /* all named inodes, in creation order */
};

void tmpfs_init(void);
struct inode *tmpfs_lookup(const char *name, u32 len);
int tmpfs_create(const char *name, u32 len, u32 mode, int isdir, struct inode **out);
void tmpfs_unlink(struct inode *ip);
void tmpfs_put(struct inode *ip);       /* one open description fewer */
long tmpfs_read(struct inode *ip, u64 off, void *dst, u64 n);
long tmpfs_write(struct inode *ip, u64 off, const void *src, u64 n);
int tmpfs_truncate(struct inode *ip, u64 size);  /* 0, -ENOSPC or -ENOMEM */
/* Renames ip and everything under it: 0, -ENOMEM or -ENAMETOOLONG. */
int tmpfs_rename(struct inode *ip, const char *to, u32 tolen);
/* The first inode directly inside dir whose ino is above after, in ino
 * order (which is creation order), or NULL. */
struct inode *tmpfs_child(const struct inode *dir, u64 after);
u32 tmpfs_dirlen(const char *name, u32 len); /* of the directory holding it */
struct inode *tmpfs_first(void);        /* creation order; NULL at the end */
struct inode *tmpfs_next(struct inode *ip);
const u8 *tmpfs_page(struct inode *ip, u64 index); /* NULL: zeros */

#endif
