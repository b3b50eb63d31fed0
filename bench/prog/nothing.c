/* The spawned program of bench/spawn: starts and exits. */
int main(void) { return 0; }
