/* fuzz_search.c — a search pattern as typed at / or given to `cascade
 * search`, over a laid-out page: smart case, compiling (or refusing) the
 * pattern, every match and its spans, moving between them.
 *
 * Input: the pattern up to the first newline, then the page's Markdown
 * body; the case mode and literal mode come from the input's length. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "lesson/course.h"
#include "search/search.h"
#include "view/layout.h"

static const char front[] = "---\nid: fuzz\ntitle: Fuzz\n---\n";

static void search_page(struct page *p, const char *pattern, const struct search_opts *so)
{
	struct layout_opts o = { .width = 60, .charset = CHARSET_BLOCKS };
	struct search_pattern *pat;
	struct search_error err;
	struct search_result r;
	struct layout lo;

	if (layout_page(&lo, p, &o, NULL) != 0) {
		layout_free(&lo);
		return;
	}
	if (search_compile(&pat, pattern, so, &err) == SEARCH_OK) {
		search_layout(pat, &lo, &r);
		for (size_t line = 0; line <= lo.grid.len; line += 7) {
			bool wrapped;

			search_next(&r, line, 3, line % 2 == 0, &wrapped);
			search_first_span(&r, line);
		}
		search_result_free(&r);
		search_pattern_free(pat);
	}
	layout_free(&lo);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_dir();
	const uint8_t *nl;
	struct search_opts so = { 0 };
	struct course c;
	struct diags d;
	char *pattern, *file;
	size_t plen, blen;

	so.case_mode = (enum search_case)(size % 3);
	so.literal = size % 7 == 0;
	nl = memchr(data, '\n', size);
	plen = nl ? (size_t)(nl - data) : size;
	blen = nl ? size - plen - 1 : 0;
	pattern = malloc(plen + 1);
	file = malloc(sizeof front - 1 + blen);
	if (!pattern || !file)
		abort();
	memcpy(pattern, data, plen);
	pattern[plen] = '\0';
	search_has_capital(pattern);
	memcpy(file, front, sizeof front - 1);
	if (blen)
		memcpy(file + sizeof front - 1, nl + 1, blen);
	fuzz_write(dir, "01-fuzz.md", file, sizeof front - 1 + blen);
	diags_init(&d);
	if (course_load(&c, dir, &d) == 0) {
		search_page(&c.pages[0], pattern, &so);
		course_free(&c);
	}
	diags_free(&d);
	free(file);
	free(pattern);
	return 0;
}
