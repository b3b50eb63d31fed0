// a character constant of two characters
long c = 'ab';
