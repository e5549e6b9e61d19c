/* course.c — searching the whole course: every page laid out once at a
 * width with its searchable text (the index), then a pattern run over all
 * of them, page by page (see search.h). */
#include <stdlib.h>
#include <string.h>

#include "lesson/course.h"
#include "search/search_impl.h"

static int index_page(struct search_index_page *ip, struct page *p,
                      const struct layout_opts *o, struct diags *d)
{
	ip->page = p;
	if (layout_page(&ip->layout, p, o, d) != 0)
		return -1;
	return search_text_build(&ip->text, &ip->layout.grid);
}

int search_index_build(struct search_index *ix, struct course *c,
                       const struct layout_opts *o, struct diags *d)
{
	size_t n = c->npages + (c->glossary ? 1 : 0);

	memset(ix, 0, sizeof *ix);
	ix->width = o->width;
	ix->pages = calloc(n ? n : 1, sizeof *ix->pages);
	if (!ix->pages)
		return -1;
	for (size_t i = 0; i < n; i++) {
		struct page *p = i < c->npages ? &c->pages[i] : c->glossary;

		ix->npages = i + 1;
		if (index_page(&ix->pages[i], p, o, d) != 0)
			return -1;
	}
	return 0;
}

void search_index_free(struct search_index *ix)
{
	for (size_t i = 0; i < ix->npages; i++) {
		layout_free(&ix->pages[i].layout);
		search_text_free(&ix->pages[i].text);
	}
	free(ix->pages);
	memset(ix, 0, sizeof *ix);
}

/* How bad a status is, for keeping the worst. */
static int severity(enum search_status s)
{
	switch (s) {
	case SEARCH_OK: return 0;
	case SEARCH_TOO_MANY: return 1;
	case SEARCH_TOO_COMPLEX: return 2;
	default: return 3;
	}
}

/* Keeps page i's matches in r (taking res), with its context line. */
static int keep_page(struct search_course_result *r, const struct search_index *ix,
                     size_t i, struct search_result *res)
{
	struct search_page_hits *h;
	char *context = search_line_text(&ix->pages[i].text, res->matches[0].line);

	if (!context)
		return -1;
	h = realloc(r->pages, (r->npages + 1) * sizeof *r->pages);
	if (!h) {
		free(context);
		return -1;
	}
	r->pages = h;
	h = &r->pages[r->npages++];
	h->page = i;
	h->result = *res;
	h->context = context;
	r->total += res->nmatches;
	return 0;
}

enum search_status search_course(const struct search_pattern *p,
                                  const struct search_index *ix,
                                  struct search_course_result *r)
{
	struct search_deadline dl;

	memset(r, 0, sizeof *r);
	search_deadline_start(&dl, p);
	for (size_t i = 0; i < ix->npages; i++) {
		struct search_result res;
		enum search_status st = search_text_run_by(p, &ix->pages[i].text, &dl, &res);

		if (severity(st) > severity(r->status))
			r->status = st;
		if (st == SEARCH_NOMEM || res.nmatches == 0) {
			search_result_free(&res);
		} else if (keep_page(r, ix, i, &res) != 0) {
			search_result_free(&res);
			r->status = SEARCH_NOMEM;
		}
		/* A pattern too complex for one page is too complex for the
		 * course: stop rather than spend the limit on every page. */
		if (r->status == SEARCH_NOMEM || r->status == SEARCH_TOO_COMPLEX)
			break;
	}
	return r->status;
}

void search_course_free(struct search_course_result *r)
{
	for (size_t i = 0; i < r->npages; i++) {
		search_result_free(&r->pages[i].result);
		free(r->pages[i].context);
	}
	free(r->pages);
	memset(r, 0, sizeof *r);
}
