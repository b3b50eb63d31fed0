// faccessat: F_OK and R_OK succeed on an existing file and give ENOENT on
// a missing one; X_OK needs an execute bit (EACCES without, even for
// root); an unknown mode bit gives EINVAL.
#include "sys.h"
#include "out.h"

int main(void)
{
	sys_close(sys_open("acc_644", O_CREAT | O_WRONLY, 0644));
	sys_close(sys_open("acc_755", O_CREAT | O_WRONLY, 0755));
	expect(sys_faccessat(AT_FDCWD, "acc_644", F_OK), 0, "F_OK on an existing file");
	expect(sys_faccessat(AT_FDCWD, "acc_644", R_OK), 0, "R_OK on 0644");
	expect(sys_faccessat(AT_FDCWD, "acc_644", X_OK), -EACCES, "X_OK on 0644");
	expect(sys_faccessat(AT_FDCWD, "acc_755", X_OK), 0, "X_OK on 0755");
	expect(sys_faccessat(AT_FDCWD, "acc_755", R_OK | X_OK), 0, "R_OK|X_OK on 0755");
	expect(sys_faccessat(AT_FDCWD, "faccessat", X_OK), 0, "X_OK on this program");
	expect(sys_faccessat(AT_FDCWD, "missing", F_OK), -ENOENT, "F_OK on a missing file");
	expect(sys_faccessat(AT_FDCWD, "missing", R_OK), -ENOENT, "R_OK on a missing file");
	expect(sys_faccessat(AT_FDCWD, "missing", X_OK), -ENOENT, "X_OK on a missing file");
	expect(sys_faccessat(AT_FDCWD, "", F_OK), -ENOENT, "F_OK on the empty name");
	expect(sys_faccessat(AT_FDCWD, "acc_644", 8), -EINVAL, "mode 8");
	return done(0);
}
