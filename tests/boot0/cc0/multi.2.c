/* multi.2.c: the second file of multi */
int shared = 42;
int table[3] = {1, 2, 3};
extern int counter;
static int helper(void) { return 2; }

int from_other(int v)
{
	counter++;
	return v * helper() + table[0];
}
