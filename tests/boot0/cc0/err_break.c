/* err_break: break outside a loop or switch */
int main(void)
{
	break;
}
