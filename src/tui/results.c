/* results.c — searching the whole course: a prompt ('&'), then a list of
 * every page with matches (the glossary too), their count and a line of
 * context; Enter opens the page at its first match, and n/N go on from
 * there. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "search/search.h"
#include "tui/app.h"
#include "tui/curses.h"
#include "view/fit.h"

struct course_search {
	struct search_index index;  /* the course laid out at `width` */
	bool have_index;
	size_t width;
	struct search_course_result result;
	bool have_result;
	char pattern[PROMPT_MAX];
	size_t sel;                 /* selected entry of result.pages */
};

void course_search_free(struct app *app)
{
	struct course_search *cs = app->course_search;

	if (!cs)
		return;
	if (cs->have_result)
		search_course_free(&cs->result);
	if (cs->have_index)
		search_index_free(&cs->index);
	free(cs);
	app->course_search = NULL;
}

/* The index at the current width, built on first use after a resize. */
static struct search_index *index_here(struct app *app, struct course_search *cs)
{
	struct layout_opts o = {
		.width = (size_t)app->cols,
		.charset = app->opts->charset,
		.sim_previews = true,
	};

	if (cs->have_index && cs->width == (size_t)app->cols)
		return &cs->index;
	if (cs->have_index)
		search_index_free(&cs->index);
	cs->have_index = search_index_build(&cs->index, &app->course, &o, NULL) == 0;
	cs->width = (size_t)app->cols;
	return cs->have_index ? &cs->index : NULL;
}

/* A class led with --no-ahead: pages the class has not reached are not
 * shown in the results either. */
static void drop_locked_pages(struct app *app, struct search_course_result *r)
{
	size_t kept = 0;

	for (size_t i = 0; i < r->npages; i++) {
		struct search_page_hits *h = &r->pages[i];

		if (classroom_may_visit(app, h->page)) {
			r->pages[kept++] = *h;
			continue;
		}
		r->total -= h->result.nmatches;
		search_result_free(&h->result);
		free(h->context);
	}
	r->npages = kept;
}

static enum next course_typed(struct app *app, const char *text)
{
	struct course_search *cs = app->course_search;
	struct search_pattern *p;
	struct search_index *ix;
	enum search_status st;

	if (!*text || !(p = find_compile(app, text)))
		return NEXT_REDRAW;
	ix = index_here(app, cs);
	if (cs->have_result)
		search_course_free(&cs->result);
	cs->have_result = false;
	st = ix ? search_course(p, ix, &cs->result) : SEARCH_NOMEM;
	search_pattern_free(p);
	if (st == SEARCH_NOMEM) {
		snprintf(app->message, sizeof app->message, "Out of memory searching.");
		return NEXT_REDRAW;
	}
	cs->have_result = true;
	drop_locked_pages(app, &cs->result);
	snprintf(cs->pattern, sizeof cs->pattern, "%s", text);
	cs->sel = 0;
	if (cs->result.npages == 0) {
		snprintf(app->message, sizeof app->message, "Not found in any page: %.100s", text);
		return NEXT_REDRAW;
	}
	app_push(app, &results_screen);
	return NEXT_REDRAW;
}

void course_search_prompt(struct app *app)
{
	if (!app->course_search) {
		app->course_search = calloc(1, sizeof *app->course_search);
		if (!app->course_search) {
			snprintf(app->message, sizeof app->message, "Out of memory.");
			return;
		}
	}
	app_prompt(app, "Search all pages: ", NULL, course_typed);
}

/* Fits line (size bytes) to the screen's width, cut at a word. */
static void fit_line(const struct app *app, char *line, size_t size)
{
	char fitted[512];

	text_fit(line, app->cols > 2 ? (size_t)app->cols - 2 : 1, fitted, sizeof fitted);
	snprintf(line, size, "%s", fitted);
}

static void results_draw(struct app *app)
{
	struct course_search *cs = app->course_search;
	int rows = app_text_rows(app);
	size_t n = cs->result.npages, first = 0;
	char line[512], status[320];

	/* Two lines an entry, below a heading of two lines. */
	if (rows > 4 && cs->sel >= (size_t)(rows - 2) / 2)
		first = cs->sel - (size_t)(rows - 2) / 2 + 1;
	erase();
	snprintf(line, sizeof line, "Matches for \"%s\" in %zu page%s  (%zu in all)%s", cs->pattern,
	         n, n == 1 ? "" : "s", cs->result.total,
	         cs->result.status == SEARCH_OK ? "" : "  search stopped early");
	fit_line(app, line, sizeof line);
	paint_text(app, 0, 1, line, ROLE_HEADING);
	for (size_t i = first; i < n; i++) {
		int row = 2 + (int)(i - first) * 2;
		const struct search_page_hits *h = &cs->result.pages[i];
		const struct page *p = cs->index.pages[h->page].page;

		if (row + 1 >= rows)
			break;
		if (h->page < app->course.npages)
			snprintf(line, sizeof line, "%2d. %s: %zu match%s", p->number, p->title,
			         h->result.nmatches, h->result.nmatches == 1 ? "" : "es");
		else
			snprintf(line, sizeof line, "    %s: %zu match%s", p->title,
			         h->result.nmatches, h->result.nmatches == 1 ? "" : "es");
		fit_line(app, line, sizeof line);
		paint_text(app, row, 1, line, i == cs->sel ? ROLE_MATCH : ROLE_STRONG);
		snprintf(line, sizeof line, "      %s", h->context ? h->context : "");
		fit_line(app, line, sizeof line);
		paint_text(app, row + 1, 1, line, ROLE_TEXT);
	}
	snprintf(status, sizeof status, " Result %zu of %zu", cs->sel + 1, n);
	paint_status(app, status, "Enter:open  q:close");
}

static enum next results_key(struct app *app, enum action action, int key)
{
	struct course_search *cs = app->course_search;
	enum next next;

	(void)key;
	if (action == ACT_FOLLOW) {
		size_t page = cs->result.pages[cs->sel].page;

		app_pop(app); /* find_start may open a prompt of its own */
		if (page >= app_npages(app))
			return NEXT_REDRAW;
		app_go(app, page, 0);
		return find_start(app, cs->pattern, true);
	}
	return list_key(&cs->sel, cs->result.npages, action, &next) ? next : NEXT_IGNORED;
}

const struct screen_ops results_screen = {
	.name = "results",
	.scope = SCOPE_PAGER,
	.draw = results_draw,
	.key = results_key,
	.resize = NULL,
};
