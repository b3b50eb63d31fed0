/* Semaphores for one thread: waiting on zero could never end, so it
 * fails with EDEADLK instead. */
#include <errno.h>
#include <semaphore.h>

int sem_init(sem_t *s, int shared, unsigned value)
{
	(void)shared;
	s->__value = (int)value;
	return 0;
}

int sem_destroy(sem_t *s)
{
	(void)s;
	return 0;
}

int sem_trywait(sem_t *s)
{
	if (s->__value > 0) {
		s->__value--;
		return 0;
	}
	errno = EAGAIN;
	return -1;
}

int sem_wait(sem_t *s)
{
	if (sem_trywait(s) == 0)
		return 0;
	errno = EDEADLK;
	return -1;
}

int sem_post(sem_t *s)
{
	s->__value++;
	return 0;
}
