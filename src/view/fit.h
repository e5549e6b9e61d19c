/* fit.h — fitting one line of text for people into a width, for the
 * status line, the contents and the help screen: parts of lesser weight
 * are dropped first, then whole words, and an ellipsis marks the cut; a
 * word is cut in two only when it alone is wider than the width, or when
 * it is a long token (a path) of which a fair start still shows.
 *
 * A line's parts are separated by two spaces, most important first:
 * " Glossary: Carcinoma  (Enter shows the definition)" keeps its name and
 * drops the hint before any word of the name goes.  Widths are in
 * columns (cell_width), the text UTF-8. */
#ifndef CASCADE_FIT_H
#define CASCADE_FIT_H

#include <stddef.h>

/* Columns text takes; and its first len bytes (whole characters). */
size_t text_width(const char *utf8);
size_t text_width_n(const char *utf8, size_t len);

/* Copies as much of utf8 as fits in width columns into out (size bytes),
 * as described above; returns the columns used. */
size_t text_fit(const char *utf8, size_t width, char *out, size_t size);

#endif
