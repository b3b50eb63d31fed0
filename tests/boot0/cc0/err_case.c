/* err_case: a case label that is not a constant */
int main(int argc, char **argv)
{
	switch (argc) {
	case argc:
		return 1;
	}
	return 0;
}
