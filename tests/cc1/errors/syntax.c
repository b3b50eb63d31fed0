/* A missing operand: the file, the line and what was expected. */
int main(void)
{
	return 1 + ;
}
