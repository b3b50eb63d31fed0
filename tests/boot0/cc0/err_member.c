/* err_member: a member the struct does not have */
struct p { int x, y; };
int main(void)
{
	struct p v;
	return v.z;
}
