/* helpers.h — building pages from strings and reading grids back as text,
 * for the unit tests. */
#ifndef CASCADE_TEST_HELPERS_H
#define CASCADE_TEST_HELPERS_H

#include <stddef.h>

#include "lesson/course.h"
#include "view/grid.h"
#include "view/layout.h"

/* A page (id "t", title "T") whose body is markdown; free with test_page_free. */
struct page *test_page(const char *markdown);
void test_page_free(struct page *p);
/* Line i of g as UTF-8 (blocks charset), trailing blanks removed; static buffer. */
const char *test_line(const struct grid *g, size_t i);
/* Every line joined with '\n'; caller frees. */
char *test_text(const struct grid *g);
/* Lays p out at width (blocks charset); asserts success. */
void test_layout(struct layout *lo, struct page *p, size_t width);
/* The widest line, in columns (CELL_CONT cells count: they are columns). */
size_t test_widest(const struct grid *g);

#endif
