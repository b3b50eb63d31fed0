#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

/* One thread: a semaphore is a counter (src/misc/semaphore.c). */
typedef struct {
	int __value;
} sem_t;

int sem_init(sem_t *s, int shared, unsigned value);
int sem_destroy(sem_t *s);
int sem_wait(sem_t *s);
int sem_trywait(sem_t *s);
int sem_post(sem_t *s);

#endif
