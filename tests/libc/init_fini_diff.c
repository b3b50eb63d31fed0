/* .preinit_array, .init_array and .fini_array against glibc: what runs
 * before main and with which arguments, and at exit the order of atexit
 * handlers (registered by a constructor, by main, by a destructor) and
 * destructors. Every function prints its name when it runs. */
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

static int ran_main;

static void say(const char *what)
{
	printf("%s%s\n", what, ran_main ? "" : " (before main)");
}

static void preinit(int argc, char **argv, char **envp)
{
	printf("preinit: argc %d, argv[0] %s, envp is environ %d\n", argc, argv[0],
	       envp == environ);
}

/* No attribute makes a preinit_array entry: a pointer in the section does. */
__attribute__((section(".preinit_array"), used))
static void (*const preinit_entry)(int, char **, char **) = preinit;

static void handler_from_constructor(void)
{
	say("atexit handler registered by a constructor");
}

static void handler_from_main(void)
{
	say("atexit handler registered by main");
}

static void handler_from_destructor(void)
{
	say("atexit handler registered by a destructor");
}

/* tcc 0.9.27 has no priorities (constructor(101) is a syntax error) and
 * runs constructors in the order they are defined, so its build defines
 * the prioritised ones plainly, here, in the order gcc's priorities give
 * (see below). */
#ifdef __TINYC__
__attribute__((constructor)) static void ctor101(void) { say("constructor 101"); }
__attribute__((constructor)) static void ctor200(void) { say("constructor 200"); }
__attribute__((destructor)) static void dtor101(void) { say("destructor 101"); }
__attribute__((destructor)) static void dtor200(void) { say("destructor 200"); }
#endif

__attribute__((constructor)) static void ctor_args(int argc, char **argv, char **envp)
{
	printf("constructor with arguments: argc %d, argv[0] %s, envp is environ %d\n", argc,
	       argv[0], envp == environ);
}

__attribute__((constructor)) static void ctor_first(void)
{
	say("constructor first");
	atexit(handler_from_constructor);
}

__attribute__((constructor)) static void ctor_second(void)
{
	say("constructor second");
}

__attribute__((destructor)) static void dtor_first(void)
{
	say("destructor first");
	atexit(handler_from_destructor);
}

__attribute__((destructor)) static void dtor_second(void)
{
	say("destructor second");
}

/* gcc puts constructor(N) in .init_array.NNNNN, which GNU ld sorts ahead
 * of the plain .init_array, lowest N first; destructor(N) likewise, and
 * the fini_array runs backwards. Defined after the plain ones and out of
 * order, so only the sort puts them first. */
#ifndef __TINYC__
__attribute__((constructor(200))) static void ctor200(void) { say("constructor 200"); }
__attribute__((constructor(101))) static void ctor101(void) { say("constructor 101"); }
__attribute__((destructor(200))) static void dtor200(void) { say("destructor 200"); }
__attribute__((destructor(101))) static void dtor101(void) { say("destructor 101"); }
#endif

int main(void)
{
	ran_main = 1;
	say("main");
	atexit(handler_from_main);
	return 3;
}
