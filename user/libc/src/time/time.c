/* Time without a clock. The contract has none, and the chain's outputs
 * must not depend on when it runs: time() is always 0 (1970-01-01
 * 00:00:00 UTC), the zone is UTC, clock() counts nothing. */
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

time_t time(time_t *t)
{
	if (t)
		*t = 0;
	return 0;
}

int gettimeofday(struct timeval *tv, void *tz)
{
	(void)tz;
	if (tv) {
		tv->tv_sec = 0;
		tv->tv_usec = 0;
	}
	return 0;
}

clock_t clock(void)
{
	return 0;
}

double difftime(time_t a, time_t b)
{
	return (double)a - (double)b;
}

static int leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

struct tm *gmtime(const time_t *t)
{
	static struct tm tm;
	long days = *t / 86400, secs = *t % 86400, y = 1970;

	if (secs < 0) {
		secs += 86400;
		days--;
	}
	memset(&tm, 0, sizeof tm);
	tm.tm_sec = (int)(secs % 60);
	tm.tm_min = (int)(secs / 60 % 60);
	tm.tm_hour = (int)(secs / 3600);
	tm.tm_wday = (int)(((days + 4) % 7 + 7) % 7);
	while (days < 0)
		days += 365 + leap(--y);
	while (days >= 365 + leap(y))
		days -= 365 + leap(y++);
	tm.tm_year = (int)(y - 1900);
	tm.tm_yday = (int)days;
	for (tm.tm_mon = 0; days >= mdays[tm.tm_mon] + (tm.tm_mon == 1 && leap(y)); tm.tm_mon++)
		days -= mdays[tm.tm_mon] + (tm.tm_mon == 1 && leap(y));
	tm.tm_mday = (int)days + 1;
	return &tm;
}

struct tm *localtime(const time_t *t)
{
	return gmtime(t);
}

time_t mktime(struct tm *tm)
{
	long y = 1900L + tm->tm_year, days = 0;

	for (long i = 1970; i < y; i++)
		days += 365 + leap(i);
	for (long i = y; i < 1970; i++)
		days -= 365 + leap(i);
	for (int m = 0; m < tm->tm_mon && m < 12; m++)
		days += mdays[m] + (m == 1 && leap(y));
	days += tm->tm_mday - 1;
	return ((days * 24 + tm->tm_hour) * 60 + tm->tm_min) * 60 + tm->tm_sec;
}

static const char *const wday_names[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
static const char *const mon_names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* The conversions programs print dates with: a b d e H M S y Y j %. */
size_t strftime(char *s, size_t n, const char *fmt, const struct tm *tm)
{
	size_t len = 0;
	char tmp[32];

	for (; *fmt; fmt++) {
		const char *add = tmp;
		if (*fmt != '%') {
			tmp[0] = *fmt;
			tmp[1] = 0;
		} else {
			switch (*++fmt) {
			case 'a': add = wday_names[tm->tm_wday % 7]; break;
			case 'b': add = mon_names[tm->tm_mon % 12]; break;
			case 'd': snprintf(tmp, sizeof tmp, "%02d", tm->tm_mday); break;
			case 'e': snprintf(tmp, sizeof tmp, "%2d", tm->tm_mday); break;
			case 'H': snprintf(tmp, sizeof tmp, "%02d", tm->tm_hour); break;
			case 'M': snprintf(tmp, sizeof tmp, "%02d", tm->tm_min); break;
			case 'S': snprintf(tmp, sizeof tmp, "%02d", tm->tm_sec); break;
			case 'm': snprintf(tmp, sizeof tmp, "%02d", tm->tm_mon + 1); break;
			case 'y': snprintf(tmp, sizeof tmp, "%02d", tm->tm_year % 100); break;
			case 'Y': snprintf(tmp, sizeof tmp, "%d", tm->tm_year + 1900); break;
			case 'j': snprintf(tmp, sizeof tmp, "%03d", tm->tm_yday + 1); break;
			case '%': add = "%"; break;
			case 0: return 0;
			default: return 0;
			}
		}
		if (len + strlen(add) >= n)
			return 0;
		strcpy(s + len, add);
		len += strlen(add);
	}
	s[len] = 0;
	return len;
}

char *asctime(const struct tm *tm)
{
	static char buf[32];

	snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d\n",
		 wday_names[tm->tm_wday % 7], mon_names[tm->tm_mon % 12], tm->tm_mday,
		 tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
	return buf;
}

char *ctime(const time_t *t)
{
	return asctime(localtime(t));
}
