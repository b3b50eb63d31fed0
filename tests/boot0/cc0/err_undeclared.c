/* err_undeclared: a name never declared */
int main(void)
{
	int x = 1;
	return x + y;
}
