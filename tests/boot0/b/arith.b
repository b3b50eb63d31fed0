// arith: + - * / % and unary - ~ !, their precedence and signed division
// expect status 0
long main()
{
	long a = 7, b = -3, z = 0;
	say("7+-3", a + b);
	say("7--3", a - b);
	say("7*-3", a * b);
	say("7/-3", a / b);
	say("7%-3", a % b);
	say("-7/3", -a / 3);
	say("-7%3", -a % 3);
	say("neg", -b);
	say("not", ~a);
	say("lnot7", !a);
	say("lnot0", !z);
	say("1+2*3", 1 + 2 * 3);
	say("(1+2)*3", (1 + 2) * 3);
	say("10-4-3", 10 - 4 - 3);
	say("100/10/5", 100 / 10 / 5);
	say("2*3%4", 2 * 3 % 4);
	say("-2*-3", -2 * -3);
	say("--5", - -5);
	say("!!9", !!9);
	say("~-1", ~-1);
	say("wrap", 9223372036854775807 + 1);
	return 0;
}
