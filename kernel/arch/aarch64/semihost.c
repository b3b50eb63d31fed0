/* The host channel over Arm semihosting (QEMU -semihosting-config
 * enable=on,target=native): the console, files in QEMU's working
 * directory, and power off with a status. Only EL1 may use it; an HLT
 * from user mode is an undefined instruction. */
#include "arch.h"
#include "lib.h"

#define SH_OPEN 0x01
#define SH_CLOSE 0x02
#define SH_WRITE 0x05
#define SH_EXIT 0x18
#define SH_MODE_WB 5        /* fopen "wb" */
#define SH_MODE_W 4         /* ":tt" opened "w" is the console's stdout */
#define SH_MODE_A 8         /* ":tt" opened "a" is its stderr */
#define ADP_APP_EXIT 0x20026

long semihost(long op, const void *arg);

static long console[3];

static long sh_open(const char *name, long mode)
{
	u64 block[3] = { (u64)name, (u64)mode, strlen(name) };
	return semihost(SH_OPEN, block);
}

void host_init(void)
{
	console[HOST_STDOUT] = sh_open(":tt", SH_MODE_W);
	console[HOST_STDERR] = sh_open(":tt", SH_MODE_A);
}

static int sh_write(long h, const void *buf, u64 len)
{
	u64 block[3] = { (u64)h, (u64)buf, len };
	return semihost(SH_WRITE, block) == 0 ? 0 : -1;
}

void host_console_write(int stream, const void *buf, u64 len)
{
	sh_write(console[stream], buf, len);
}

long host_file_open(const char *name) { return sh_open(name, SH_MODE_WB); }

int host_file_write(long h, const void *buf, u64 len) { return sh_write(h, buf, len); }

void host_file_close(long h)
{
	u64 block[1] = { (u64)h };
	semihost(SH_CLOSE, block);
}

void host_poweroff(int status)
{
	u64 block[2] = { ADP_APP_EXIT, (u64)status };
	for (;;)
		semihost(SH_EXIT, block);
}
