// files: open, write, close, open again, read, and memory from brk
// expect status 0
long main()
{
	char buf[32];
	char *heap;
	long fd, n, i;
	fd = open("files.tmp", 577, 420);
	say("opened", fd > 2);
	say("wrote", write(fd, "some bytes\n", 11));
	say("closed", close(fd));
	fd = open("files.tmp", 0, 0);
	n = read(fd, buf, 32);
	say("read", n);
	buf[n] = 0;
	puts(buf);
	say("eof", read(fd, buf, 32));
	close(fd);
	say("missing", open("no/such/file", 0, 0));
	heap = brk(0);
	say("grown", brk(heap + 100000) == heap + 100000);
	for (i = 0; i < 100000; i++) heap[i] = i;
	say("heap", heap[99999]);
	return 0;
}
