/* Pipes, with no scheduler (docs/DESIGN.md). A writer cannot wait for its
 * reader to drain the pipe, nor a reader for its writer to fill it: only
 * one process runs, and the others wait for it to end. So the buffer has
 * no fixed size: it grows a page at a time while memory allows (less the
 * reserve brk keeps too), and a shell's pipeline, started left to right,
 * runs each writer to its end before its reader starts.
 *
 * Where Linux would block, there is nothing to wait for. An empty pipe
 * reads as end of file even while a write end is open: every such end
 * belongs to the reader itself or to an ancestor waiting for it to end,
 * and none of them can write before it does. A write never waits: it
 * stores what memory allows, or says ENOMEM (as Linux's pipe_write does
 * when it cannot get a page). The answers Linux gives without waiting
 * are Linux's: EPIPE and SIGPIPE with no read end open; with O_NONBLOCK,
 * EAGAIN for an empty pipe that still has writers, and a write gets what
 * fits in Linux's default 16 pages, or EAGAIN. */
#include "pipe.h"
#include "abi.h"
#include "file.h"
#include "lib.h"
#include "page.h"
#include "proc.h"
#include "signal.h"

#define PIPE_BUFS 16 /* Linux's default size in pages, for O_NONBLOCK writes */

/* One of Linux's pipe buffers: a page and where its bytes are in it. The
 * buffer is a list of them, filled and drained as Linux fills and drains
 * its ring of 16, so a non-blocking write finds the room Linux would. */
struct pbuf {
	struct pbuf *next;
	u8 *page;
	u32 off, len;
};

struct pipe {
	u64 ino;                /* st_ino, counted from 1 */
	int readers, writers;   /* open descriptions of each end */
	u64 len, nbufs;         /* bytes written and not yet read; pbufs */
	struct pbuf *first, *last;
};

static u64 next_ino = 1;

u64 pipe_ino(const struct pipe *p) { return p->ino; }

static void drop_first(struct pipe *p)
{
	struct pbuf *b = p->first;
	p->first = b->next;
	if (!p->first)
		p->last = NULL;
	p->nbufs--;
	page_free(V2P(b->page));
	kfree(b, sizeof *b);
}

void pipe_put(struct pipe *p, int writer)
{
	if (writer)
		p->writers--;
	else
		p->readers--;
	if (p->readers || p->writers)
		return;
	while (p->first)
		drop_first(p);
	kfree(p, sizeof *p);
}

long pipe_read(struct pipe *p, u64 buf, u64 n, int nonblock)
{
	if (p->len == 0) /* as Linux, a read of 0 bytes is 0 before anything */
		return p->writers && nonblock && n ? -EAGAIN : 0;
	if (n > p->len)
		n = p->len;
	if (vm_touch(&curproc->vm, buf, n, 1) < 0)
		return -ENOMEM;
	u8 *d = (u8 *)buf;
	for (u64 done = 0; done < n;) {
		struct pbuf *b = p->first;
		u64 chunk = b->len < n - done ? b->len : n - done;
		memcpy(d + done, b->page + b->off, chunk);
		done += chunk;
		b->off += chunk;
		b->len -= chunk;
		if (!b->len)
			drop_first(p);
	}
	p->len -= n;
	return (long)n;
}

/* A new empty pbuf at the end, memory allowing (less the reserve). */
static struct pbuf *append(struct pipe *p)
{
	if (page_free_count() <= RESERVE_PAGES)
		return NULL;
	struct pbuf *b = kzalloc(sizeof *b);
	u64 pa = b ? page_alloc() : 0;
	if (!pa) {
		if (b)
			kfree(b, sizeof *b);
		return NULL;
	}
	b->page = P2V(pa);
	if (p->last)
		p->last->next = b;
	else
		p->first = b;
	p->nbufs++;
	return p->last = b;
}

/* As Linux's pipe_write: the part of n past its last whole page joins the
 * last pbuf if it fits there whole; the rest goes a page to a pbuf. */
long pipe_write(struct pipe *p, u64 buf, u64 n, int nonblock)
{
	if (!p->readers) {
		signal_raise(curproc, SIGPIPE);
		return -EPIPE;
	}
	const u8 *s = (const u8 *)buf;
	u64 done = 0, rest = n & (PAGE_SIZE - 1);
	struct pbuf *b = p->last;
	long err = 0;
	if (rest && b && b->off + b->len + rest <= PAGE_SIZE) {
		memcpy(b->page + b->off + b->len, s, rest);
		b->len += rest;
		done = rest;
	}
	while (done < n) {
		if (nonblock && p->nbufs >= PIPE_BUFS) {
			err = -EAGAIN;
			break;
		}
		if (!(b = append(p))) {
			err = -ENOMEM;
			break;
		}
		b->len = n - done < PAGE_SIZE ? n - done : PAGE_SIZE;
		memcpy(b->page, s + done, b->len);
		done += b->len;
	}
	p->len += done;
	return done ? (long)done : err;
}

/* As Linux: POLLIN with bytes to read, POLLHUP with no writer; POLLOUT
 * while Linux's 16 pages would not be full, POLLERR with no reader. When
 * the caller would wait for ever, at_once adds what a read or write of a
 * blocking end does at once here: end of file (POLLHUP), or a write. */
int pipe_poll(const struct pipe *p, int writer, int nonblock, int at_once)
{
	int now = at_once && !nonblock;
	if (writer)
		return (now || p->nbufs < PIPE_BUFS ? POLLOUT | POLLWRNORM : 0) |
		       (p->readers ? 0 : POLLERR);
	return (p->len ? POLLIN | POLLRDNORM : 0) | (now || !p->writers ? POLLHUP : 0);
}

/* A new description of one end of p, counted. */
static struct ofile *end_new(struct pipe *p, int flags)
{
	struct ofile *f = ofile_new(OF_PIPE, flags, NULL);
	if (f) {
		f->pipe = p;
		if ((flags & O_ACCMODE) == O_WRONLY)
			p->writers++;
		else
			p->readers++;
	}
	return f;
}

/* pipe2(fds, flags): flags within O_CLOEXEC and O_NONBLOCK (Linux also
 * has O_DIRECT, packet mode: EINVAL here). As on Linux, the pipe is made,
 * then the two fds, then fds is stored; a failure undoes it all. */
long sys_pipe2(const u64 *arg, struct trapframe *tf)
{
	int flags = (int)arg[1], cloexec = (flags & O_CLOEXEC) != 0;
	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	struct pipe *p = kzalloc(sizeof *p);
	if (!p)
		return -ENOMEM;
	p->ino = next_ino++;
	struct ofile *end[2] = { end_new(p, O_RDONLY | (flags & O_NONBLOCK)),
				 end_new(p, O_WRONLY | (flags & O_NONBLOCK)) };
	long r = -ENOMEM;
	int fd[2] = { -1, -1 };
	if (end[0] && end[1]) {
		r = -EMFILE;
		if ((fd[0] = fd_install(end[0], cloexec)) >= 0 &&
		    (fd[1] = fd_install(end[1], cloexec)) >= 0) {
			if (vm_copyout(&curproc->vm, arg[0], fd, sizeof fd) == 0)
				return 0;
			r = -EFAULT;
		}
	}
	for (int i = 0; i < 2; i++) {
		if (fd[i] >= 0) {
			curproc->fdt->f[fd[i]] = NULL;
			curproc->fdt->cloexec[fd[i]] = 0;
		}
		if (end[i])
			ofile_put(end[i]);
	}
	if (!end[0] && !end[1])
		kfree(p, sizeof *p);
	return r;
}
