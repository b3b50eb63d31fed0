/* Physical memory: a buddy allocator of 4 KiB frames, and kalloc for
 * kernel objects on top of it. Addresses are physical; use P2V. */
#ifndef PAGE_H
#define PAGE_H

#include "types.h"
#include "param.h"

void page_init(u64 ram_lo, u64 ram_hi, const u64 (*reserved)[2], int nreserved);
void page_release(u64 lo, u64 hi);  /* give a reserved range back */
u64 pages_alloc(int order);         /* 2^order frames, or 0 */
void pages_free(u64 pa, int order);
u64 page_alloc(void);
u64 page_alloc_zeroed(void);
void page_free(u64 pa);
u64 page_free_count(void);
void page_ref(u64 pa);              /* one more holder of a frame */
void page_unref(u64 pa);            /* one fewer; the last frees it */
int page_shared(u64 pa);            /* has more than one holder */
int page_order(u64 bytes);          /* smallest order holding bytes */

void *kalloc(u64 n);                /* kernel object, or NULL */
void *kzalloc(u64 n);
void kfree(void *p, u64 n);         /* n as given to kalloc */

#endif
