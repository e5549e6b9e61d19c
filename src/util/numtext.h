/* numtext.h — numbers for people, shared by every layer (numtext.c). */
#ifndef CASCADE_NUMTEXT_H
#define CASCADE_NUMTEXT_H

#include <stddef.h>

/* v in three significant digits with an SI suffix: "320 k", "1.28 G",
 * "38.8", "0.0264" (spaced: a space before the suffix; else "320k").
 * Ties round as printf does; -0 prints "0"; NaN "n/a", infinities "inf"
 * and "-inf".  NUL-ended, cut to size. */
void numtext_people(char *buf, size_t size, double v, int spaced);

/* "12.50" -> "12.5", "3.00" -> "3": trailing zeros of a decimal fraction
 * dropped in place; an integer is left alone. */
void numtext_trim_zeros(char *s);

#endif
