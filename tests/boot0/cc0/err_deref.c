/* err_deref: * of a number */
int main(void)
{
	int a = 1;
	return *a;
}
