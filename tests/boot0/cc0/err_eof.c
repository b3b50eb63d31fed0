/* err_eof: the file ends inside a function */
int main(void)
{
	return 0;
