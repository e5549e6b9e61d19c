/* search_helpers.h — what the search tests share: grids built cell by cell,
 * patterns that must compile, the text under a span, pages for a course. */
#ifndef CASCADE_SEARCH_HELPERS_H
#define CASCADE_SEARCH_HELPERS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "lesson/course.h"
#include "search/search.h"

/* A grid from lines of UTF-8: '#' stands for a mark (a frame bar), wide
 * characters take a CELL_CONT cell; joins[i] is line i's join (may be NULL). */
void make_grid(struct grid *g, const char *const *lines, size_t n,
               const unsigned char *joins);
/* Compiles pattern, asserting success. */
struct search_pattern *compile(const char *pattern, const struct search_opts *o);
/* Matches of pattern (default options) in grid g. */
size_t count_in_grid(const char *pattern, const struct grid *g);
/* The columns [col, end) of grid line `line` as UTF-8, in buf. */
const char *span_text(const struct grid *g, size_t line, size_t col,
                       size_t end, char *buf, size_t size);
/* n pages from Markdown, in one array as a course holds them; free them
 * with free_pages. */
struct page *make_pages(const char *const *markdown, size_t n);
void free_pages(struct page *arr, size_t n);
/* Whether hay has needle, ignoring ASCII case. */
bool has_caseless(const char *hay, const char *needle);
double seconds_since(const struct timespec *t0);

#endif
