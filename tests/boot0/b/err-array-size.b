// an array of no elements
long a[0];
