/* tinc2.h: included by tinc.h from the same directory */
#define TINC2 20
