#ifndef GUARDED_H
#define GUARDED_H
guarded __FILE__
#endif
