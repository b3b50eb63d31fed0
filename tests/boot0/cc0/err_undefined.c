/* err_undefined: a function declared and called, never defined */
int helper(int);

int main(void)
{
	return helper(1);
}
