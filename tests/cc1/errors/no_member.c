/* A member that the struct does not have. */
struct s { int a; };
int f(struct s *p)
{
	return p->b;
}
