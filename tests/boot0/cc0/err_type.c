/* err_type: a declaration without a type */
static x;
