/* search_helpers.c — see search_helpers.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "../unit/helpers.h"
#include "lesson/doc.h"
#include "search_helpers.h"
#include "util/utf8.h"
#include "view/glyph.h"

/* A grid from lines of UTF-8: '#' stands for a mark (a frame bar), wide
 * characters take a CELL_CONT cell; joins[i] is line i's join (may be NULL). */
void make_grid(struct grid *g, const char *const *lines, size_t n,
                      const unsigned char *joins)
{
	grid_init(g, 80);
	for (size_t i = 0; i < n; i++) {
		struct line *l = grid_add_line(g);
		const char *s = lines[i];
		size_t len = strlen(s);

		assert_non_null(l);
		l->join = joins ? joins[i] : LINE_HARD;
		for (size_t k = 0; k < len;) {
			uint32_t cp;
			struct cell c = { .role = ROLE_TEXT };

			k += utf8_decode(s + k, len - k, &cp);
			if (cp == '#') {
				c.ch = MARK_VLINE;
				c.flags = CELL_MARK;
			} else {
				c.ch = cp;
			}
			assert_int_equal(line_put(l, c), 0);
			if (cell_width(cp) == 2) {
				c.flags |= CELL_CONT;
				assert_int_equal(line_put(l, c), 0);
			}
		}
	}
}

struct search_pattern *compile(const char *pattern, const struct search_opts *o)
{
	struct search_pattern *p;
	struct search_error err;

	assert_int_equal(search_compile(&p, pattern, o, &err), SEARCH_OK);
	assert_non_null(p);
	return p;
}

/* Matches of pattern (default options) in grid g. */
size_t count_in_grid(const char *pattern, const struct grid *g)
{
	struct search_pattern *p = compile(pattern, NULL);
	struct search_text t;
	struct search_result r;
	size_t n;

	assert_int_equal(search_text_build(&t, g), 0);
	assert_int_equal(search_text_run(p, &t, &r), SEARCH_OK);
	n = r.nmatches;
	search_result_free(&r);
	search_text_free(&t);
	search_pattern_free(p);
	return n;
}

/* The columns [col, end) of grid line `line` as UTF-8, in buf. */
const char *span_text(const struct grid *g, size_t line, size_t col,
                              size_t end, char *buf, size_t size)
{
	size_t n = 0;

	for (size_t k = col; k < end && k < g->lines[line].len; k++) {
		const struct cell *c = &g->lines[line].cells[k];
		char enc[8];
		size_t len;

		if (c->flags & CELL_CONT)
			continue;
		len = glyph_encode(c, CHARSET_BLOCKS, enc);
		assert_true(n + len < size);
		memcpy(buf + n, enc, len);
		n += len;
	}
	buf[n] = '\0';
	return buf;
}

/* n pages from Markdown, in one array as a course holds them; free them
 * with free_pages. */
struct page *make_pages(const char *const *markdown, size_t n)
{
	struct page *arr = calloc(n, sizeof *arr);

	assert_non_null(arr);
	for (size_t i = 0; i < n; i++) {
		struct page *p = test_page(markdown[i]);

		arr[i] = *p;
		free(p);
	}
	return arr;
}

void free_pages(struct page *arr, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(arr[i].id);
		free(arr[i].title);
		free(arr[i].path);
		free(arr[i].own_text);
		doc_free(arr[i].doc);
	}
	free(arr);
}

/* Whether hay has needle, ignoring ASCII case. */
bool has_caseless(const char *hay, const char *needle)
{
	for (size_t n = strlen(needle); *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return true;
	return false;
}

double seconds_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}
