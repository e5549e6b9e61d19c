/* find.c — searching the page shown, as in less: '/' forward, '?'
 * backward, n and N to repeat, every match highlighted and the current
 * one distinctly, "match 3 of 11" on the status line.  The matching is
 * the search layer's, on the laid-out text; this file keeps the pager's
 * state of it. */
#include <stdio.h>
#include <string.h>

#include "search/search.h"
#include "tui/app.h"

void find_free(struct app *app)
{
	struct find *s = &app->find;

	if (s->have_result)
		search_result_free(&s->result);
	search_pattern_free(s->compiled);
	memset(s, 0, sizeof *s);
}

/* The result for the page shown at the current width, computed on demand. */
static const struct search_result *result_here(struct app *app)
{
	struct find *s = &app->find;
	struct page_view *v;

	if (!s->compiled)
		return NULL;
	v = app_view(app);
	if (s->have_result && s->page == app->current && s->layout == &v->layout &&
	    s->generation == v->generation)
		return &s->result;
	if (s->have_result)
		search_result_free(&s->result);
	s->have_result = false;
	s->current = -1;
	if (search_layout(s->compiled, &v->layout, &s->result) == SEARCH_NOMEM)
		return NULL;
	s->have_result = true;
	s->page = app->current;
	s->layout = &v->layout;
	s->generation = v->generation;
	return &s->result;
}

/* Moves to the next match from (line, col) in direction forward. */
static enum next go(struct app *app, size_t line, size_t col, bool forward)
{
	const struct search_result *r = result_here(app);
	struct page_view *v = app_view(app);
	bool wrapped = false;
	long m;

	if (!r) {
		snprintf(app->message, sizeof app->message, "Out of memory searching.");
		return NEXT_REDRAW;
	}
	if (r->status == SEARCH_TOO_COMPLEX) {
		snprintf(app->message, sizeof app->message, "%s", search_status_message(r->status));
		return NEXT_REDRAW;
	}
	m = search_next(r, line, col, forward, &wrapped);
	if (m < 0) {
		snprintf(app->message, sizeof app->message, "Pattern not found: %.100s",
		         app->find.pattern);
		return NEXT_REDRAW;
	}
	app->find.current = m;
	app_scroll_to_line(app, r->matches[m].line);
	v->selected = -1;
	snprintf(app->message, sizeof app->message, "match %ld of %zu%s", m + 1, r->nmatches,
	         wrapped ? (forward ? " (wrapped to the top)" : " (wrapped to the end)") : "");
	return NEXT_REDRAW;
}

struct search_pattern *find_compile(struct app *app, const char *text)
{
	struct search_opts opts = { .case_mode = SEARCH_CASE_SMART };
	struct search_pattern *p = NULL;
	struct search_error err;
	enum search_status st = search_compile(&p, text, &opts, &err);

	if (st == SEARCH_OK)
		return p;
	if (st == SEARCH_BAD_PATTERN)
		snprintf(app->message, sizeof app->message, "Bad pattern at character %zu: %.100s",
		         err.column + 1, err.message);
	else
		snprintf(app->message, sizeof app->message, "%s", search_status_message(st));
	return NULL;
}

enum next find_start(struct app *app, const char *text, bool forward)
{
	struct find *s = &app->find;
	struct search_pattern *p;
	struct page_view *v = app_view(app);

	if (!*text) {
		/* An empty pattern repeats the last one, as in less. */
		if (!s->compiled)
			return NEXT_REDRAW;
		s->forward = forward;
		return go(app, v->top, 0, forward);
	}
	if (!(p = find_compile(app, text)))
		return NEXT_REDRAW; /* the view, and any earlier search, stay as they were */
	find_free(app);
	s->compiled = p;
	s->forward = forward;
	snprintf(s->pattern, sizeof s->pattern, "%s", text);
	return go(app, v->top, 0, forward);
}

static enum next forward_typed(struct app *app, const char *text)
{
	return find_start(app, text, true);
}

static enum next backward_typed(struct app *app, const char *text)
{
	return find_start(app, text, false);
}

void find_prompt(struct app *app, bool forward)
{
	app_prompt(app, forward ? "/" : "?", NULL, forward ? forward_typed : backward_typed);
}

enum next find_repeat(struct app *app, bool reverse)
{
	struct find *s = &app->find;
	const struct search_result *r;
	bool forward = reverse ? !s->forward : s->forward;
	struct page_view *v;

	if (!s->compiled) {
		snprintf(app->message, sizeof app->message, "No previous search: type / to search.");
		return NEXT_REDRAW;
	}
	r = result_here(app);
	v = app_view(app);
	if (r && s->current >= 0 && (size_t)s->current < r->nmatches) {
		const struct search_match *m = &r->matches[s->current];

		return go(app, m->line, forward ? m->col + 1 : m->col, forward);
	}
	return go(app, v->top, 0, forward);
}

size_t find_highlights(struct app *app, size_t line, struct highlight *hl, size_t max)
{
	const struct search_result *r = app->find.compiled ? result_here(app) : NULL;
	size_t n = 0;

	if (!r)
		return 0;
	for (size_t i = search_first_span(r, line); i < r->nspans && n < max; i++) {
		const struct search_span *sp = &r->spans[i];

		if (sp->line != line)
			break;
		hl[n].col = sp->col;
		hl[n].end = sp->end_col;
		hl[n].role = (long)sp->match == app->find.current ? ROLE_NOTICE : ROLE_MATCH;
		n++;
	}
	return n;
}
