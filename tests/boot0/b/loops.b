// loops: while, do-while and for (parts left out too), break and continue
// in each, nested loops, and locals declared in a loop body
// expect status 0
long main()
{
	long i, j, n;
	n = 0; i = 0;
	while (i < 10) { i++; if (i % 2) continue; if (i > 8) break; n += i; }
	say("while", n);
	n = 0; i = 0;
	do { i++; if (i == 3) continue; if (i == 6) break; n += i; } while (i < 100);
	say("do", n);
	n = 0; i = 0;
	do n++; while (0);
	say("do-once", n);
	n = 0;
	for (i = 0; i < 10; i++) { if (i == 2) continue; if (i == 7) break; n += i; }
	say("for", n);
	n = 0; i = 0;
	for (;;) { if (++i > 4) break; n += 10; }
	say("forever", n);
	n = 0;
	for (i = 0; i < 5; i++)
		for (j = 0; j < 5; j++) {
			if (j > i) break;
			if (j == 1) continue;
			n++;
		}
	say("nested", n);
	// a million iterations that allocate locals and leave by continue
	// and break: the stack must come back every time
	n = 0;
	for (i = 0; i < 1000000; i++) {
		long a = i, b[3];
		b[2] = a;
		if (i % 3 == 0) { long c = 1; n += c; continue; }
		while (1) { long d = 2; n += d; break; }
	}
	say("many", n);
	n = 0;
	for (long k = 3; k > 0; k--) n += k;
	say("for-decl", n);
	return 0;
}
