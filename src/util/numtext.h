/* numtext.h — numbers for people, shared by every layer (numtext.c). */
#ifndef CASCADE_NUMTEXT_H
#define CASCADE_NUMTEXT_H

#include <stddef.h>

/* v in three significant digits with an SI suffix: "320 k", "1.28 G",
 * "38.8", "0.0264" (spaced: a space before the suffix; else "320k").
 * Ties round as printf does; -0 prints "0"; NaN "n/a", infinities "inf"
 * and "-inf".  NUL-ended, cut to size. */
void numtext_people(char *buf, size_t size, double v, int spaced);

/* Whole numbers below ten million with thousands separators ("10,000",
 * "1,994", so that a count does not read as a year); anything else as
 * numtext_people, spaced. */
void numtext_count(char *buf, size_t size, double v);

/* A share in percent, without the sign: one decimal ("39.1"), more only
 * where one would show a share that is neither none nor all as "0.0" or
 * "100.0" ("99.97", "0.02"); "<0.0001" below four decimals. */
void numtext_percent(char *buf, size_t size, double pct);

/* "12.50" -> "12.5", "3.00" -> "3": trailing zeros of a decimal fraction
 * dropped in place; an integer is left alone. */
void numtext_trim_zeros(char *s);

#endif
