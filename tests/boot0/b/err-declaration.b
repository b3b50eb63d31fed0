// a statement at the top level
x = 1;
