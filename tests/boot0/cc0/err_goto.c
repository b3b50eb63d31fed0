/* err_goto: goto is not in C0 */
int main(void)
{
	goto out;
}
