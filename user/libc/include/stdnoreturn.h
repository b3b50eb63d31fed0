#ifndef _STDNORETURN_H
#define _STDNORETURN_H

/* C11's spelling of the _Noreturn keyword. Our headers write the
 * attribute __noreturn__, so that this macro cannot reach them. */
#define noreturn _Noreturn

#endif
