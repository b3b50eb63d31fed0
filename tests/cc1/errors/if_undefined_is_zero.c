/* An undefined name in #if is 0 (C99 6.10.1p4): this compiles. */
#if NOT_DEFINED_ANYWHERE
#error an undefined name must be 0
#endif
void _start(void)
{
}
