/* The system call wrappers around names and processes: mkdir, chdir,
 * getcwd (its last part: the root differs between drivers), access,
 * open flags, lseek, unlink, rmdir, chmod, execvp through PATH, waitpid
 * statuses, errno values. Prints what it sees, to compare with glibc. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void result(const char *what, int r)
{
	printf("%s: %d %s\n", what, r, r < 0 ? strerror(errno) : "");
}

int main(int argc, char **argv)
{
	char buf[256], *cwd;
	int fd, status;
	pid_t pid;

	if (argc > 1) {
		printf("child via execvp: %s\n", argv[1]);
		return 7;
	}
	result("mkdir d", mkdir("d", 0755));
	result("mkdir d again", mkdir("d", 0755));
	result("chdir d", chdir("d"));
	cwd = getcwd(buf, sizeof buf);
	printf("getcwd ends in /d: %d\n", cwd && strlen(cwd) >= 2 && !strcmp(cwd + strlen(cwd) - 2, "/d"));
	cwd = getcwd(NULL, 0);
	printf("getcwd(NULL) ends in /d: %d\n", cwd && !strcmp(cwd + strlen(cwd) - 2, "/d"));
	free(cwd);
	printf("getcwd too small: %p %s\n", (void *)getcwd(buf, 2), strerror(errno));
	fd = open("f", O_WRONLY | O_CREAT | O_EXCL, 0644);
	printf("open O_EXCL: %d\n", fd >= 0);
	result("write", (int)write(fd, "hello", 5));
	result("lseek end", (int)lseek(fd, 0, SEEK_END));
	result("lseek past", (int)lseek(fd, 10, SEEK_SET));
	result("write past", (int)write(fd, "!", 1));
	result("close", close(fd));
	result("close again", close(fd));
	result("open O_EXCL again", open("f", O_WRONLY | O_CREAT | O_EXCL, 0644));
	fd = open("f", O_RDONLY);
	memset(buf, 'x', 16);
	result("read", (int)read(fd, buf, 16));
	printf("bytes: %d %d %d %c\n", buf[4], buf[5], buf[9], buf[10]);
	result("write to O_RDONLY", (int)write(fd, "x", 1));
	close(fd);
	fd = open("f", O_WRONLY | O_APPEND);
	write(fd, "tail", 4);
	close(fd);
	{
		struct stat st;
		stat("f", &st);
		printf("size after append %ld\n", (long)st.st_size);
	}
	fd = open("f", O_RDWR | O_TRUNC);
	result("lseek after trunc", (int)lseek(fd, 0, SEEK_END));
	close(fd);
	result("access f R_OK", access("f", R_OK));
	result("chmod f 0600", chmod("f", 0600));
	result("open missing", open("missing", O_RDONLY));
	{
		struct stat st;
		int dfd;
		result("stat .", stat(".", &st));
		printf("  dir %d reg %d\n", S_ISDIR(st.st_mode), S_ISREG(st.st_mode));
		result("stat f", stat("f", &st));
		printf("  dir %d reg %d size %ld\n", S_ISDIR(st.st_mode), S_ISREG(st.st_mode),
		       (long)st.st_size);
		dfd = open(".", O_RDONLY);
		result("fstat dir fd", fstat(dfd, &st));
		printf("  dir %d\n", S_ISDIR(st.st_mode));
		close(dfd);
	}
	result("rmdir non-empty ..", (chdir(".."), rmdir("d")));
	result("unlink d/f", unlink("d/f"));
	result("rmdir d", rmdir("d"));
	result("chdir d", chdir("d"));
	result("unlink missing", unlink("missing"));
	mkdir("e", 0755);
	result("unlink dir", unlink("e"));
	result("remove dir", remove("e"));
	result("remove dir again", remove("e"));

	setenv("PATH", "nowhere:.", 1);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		char *args[] = { "unistd_diff", "hello", NULL };
		execvp("unistd_diff", args);
		printf("execvp failed: %s\n", strerror(errno));
		_exit(1);
	}
	waitpid(pid, &status, 0);
	printf("child exit %d status %d\n", WIFEXITED(status), WEXITSTATUS(status));
	{
		char *args[] = { "no-such-program", NULL };
		result("execvp missing", execvp("no-such-program", args));
		result("execve missing", execve("./no-such", args, NULL));
	}
	result("waitpid no child", (int)waitpid(-1, &status, 0));
	return 0;
}
