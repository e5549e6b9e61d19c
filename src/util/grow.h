/* grow.h — room for one more element in a growing array: the one way
 * every layer grows its arrays.  The capacity starts at a first size and
 * doubles; a size that would overflow counts as memory running out. */
#ifndef CASCADE_GROW_H
#define CASCADE_GROW_H

#include <stddef.h>

/* Makes *items (with room for *cap elements of elem bytes, n of them in
 * use) hold n + 1, allocating first elements the first time.  Returns 0,
 * or -1 when memory runs out (*items and *cap are then unchanged). */
int grow_for_one(void **items, size_t *cap, size_t n, size_t elem, size_t first);

#endif
