// Writes to fds 1 and 2 return the byte count; empty writes return 0.
#include "sys.h"
#include "out.h"

int main(void)
{
	static char big[2000];
	int i;

	expect(sys_write(1, "to stdout\n", 10), 10, "write to stdout");
	expect(sys_write(2, "to stderr\n", 10), 10, "write to stderr");
	expect(sys_write(1, "", 0), 0, "empty write to stdout");
	expect(sys_write(2, "", 0), 0, "empty write to stderr");
	for (i = 0; i < 2000; i++)
		big[i] = i % 50 == 49 ? '\n' : (char)('a' + i % 26);
	expect(sys_write(1, big, sizeof big), 2000, "2000-byte write to stdout");
	expect(sys_write(2, big, 100), 100, "100-byte write to stderr");
	return done(0);
}
