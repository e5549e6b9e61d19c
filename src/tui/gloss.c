/* gloss.c — glossary look-ups in the pager: the first occurrence of each
 * glossary term (or alias, or plural) in a page's running text becomes a
 * target; Enter opens its definition in a pop-up that Esc or q closes,
 * leaving the page where it was.  Finding terms is the search layer's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/glossary.h"
#include "search/glossary_match.h"
#include "tui/app.h"
#include "tui/curses.h"

#define POPUP_MAX_WIDTH 72

struct gloss_state {
	struct glossary glossary;
	struct gloss_matcher matcher;
	size_t open_term;       /* the term shown in the pop-up */
	size_t top;             /* the pop-up's scroll */
};

void gloss_open(struct app *app)
{
	struct gloss_state *g;
	struct search_error err;

	if (!app->course.glossary || !(g = calloc(1, sizeof *g)))
		return;
	if (glossary_load(&g->glossary, app->course.glossary, NULL) != 0 ||
	    gloss_matcher_from_glossary(&g->matcher, &g->glossary, &err) != SEARCH_OK) {
		glossary_free(&g->glossary);
		gloss_matcher_free(&g->matcher);
		free(g);
		return;
	}
	app->gloss = g;
}

void gloss_close(struct app *app)
{
	if (!app->gloss)
		return;
	gloss_matcher_free(&app->gloss->matcher);
	glossary_free(&app->gloss->glossary);
	free(app->gloss);
	app->gloss = NULL;
}

/* Only running text becomes a look-up: not headings, code, links or frames. */
static bool plain_text(const struct layout *lo, const struct search_span *sp)
{
	const struct line *l = &lo->grid.lines[sp->line];

	for (size_t c = sp->col; c < sp->end_col && c < l->len; c++) {
		enum role r = (enum role)l->cells[c].role;

		if (r != ROLE_TEXT && r != ROLE_EMPH && r != ROLE_STRONG)
			return false;
	}
	return true;
}

static int by_position(const void *a, const void *b)
{
	const struct target *s = a, *t = b;

	if (s->line != t->line)
		return s->line < t->line ? -1 : 1;
	return (s->col > t->col) - (s->col < t->col);
}

static void add_target(struct layout *lo, const struct search_result *r, size_t m, size_t term)
{
	const struct search_match *mt = &r->matches[m];
	const struct search_span *first = &r->spans[mt->span];
	const struct search_span *last = &r->spans[mt->span + mt->nspans - 1];

	if (!layout_add_target(lo, (struct target){
		.kind = TARGET_GLOSSARY, .line = first->line, .col = first->col,
		.end_line = last->line, .end_col = last->end_col, .index = term,
	}))
		return;
	for (size_t k = 0; k < mt->nspans; k++) {
		const struct search_span *sp = &r->spans[mt->span + k];

		for (size_t c = sp->col; c < sp->end_col; c++)
			lo->grid.lines[sp->line].cells[c].role = ROLE_GLOSSARY;
	}
}

void gloss_mark(struct app *app, struct layout *lo)
{
	struct gloss_state *g = app->gloss;
	struct gloss_hits hits;
	bool *seen;

	if (!g || gloss_find_layout(&g->matcher, lo, &hits) != SEARCH_OK)
		return;
	seen = calloc(g->glossary.nterms + 1, sizeof *seen);
	for (size_t m = 0; seen && m < hits.result.nmatches; m++) {
		const struct search_match *mt = &hits.result.matches[m];
		size_t term = hits.terms[m];
		bool ok = term < g->glossary.nterms && !seen[term];

		for (size_t k = 0; ok && k < mt->nspans; k++)
			ok = plain_text(lo, &hits.result.spans[mt->span + k]);
		if (!ok)
			continue;
		seen[term] = true;
		add_target(lo, &hits.result, m, term);
	}
	free(seen);
	gloss_hits_free(&hits);
	qsort(lo->targets, lo->ntargets, sizeof *lo->targets, by_position);
}

const char *gloss_term_name(const struct app *app, size_t term)
{
	return app->gloss && term < app->gloss->glossary.nterms
	       ? app->gloss->glossary.terms[term].name : "?";
}

enum next gloss_popup(struct app *app, size_t term)
{
	if (!app->gloss || term >= app->gloss->glossary.nterms)
		return NEXT_NONE;
	app->gloss->open_term = term;
	app->gloss->top = 0;
	app_push(app, &popup_screen);
	return NEXT_REDRAW;
}

/* A box of the definition over the page, as wide as fits (72 at most). */
static void popup_draw(struct app *app)
{
	struct gloss_state *g = app->gloss;
	const struct gloss_term *t = &g->glossary.terms[g->open_term];
	int width = app->cols - 4 < POPUP_MAX_WIDTH ? app->cols - 4 : POPUP_MAX_WIDTH;
	int rows = app_text_rows(app) - 2, col0, row0, height;
	struct layout_opts o = { .width = (size_t)(width > 12 ? width - 4 : 8),
	                         .charset = app->opts->charset };
	struct layout lo;
	char title[160];

	if (layout_excerpt(&lo, app->course.glossary, t->def_first, t->def_end, &o) != 0 ||
	    width < 12 || rows < 3) {
		layout_free(&lo);
		paint_status(app, " Too small for the definition", "Esc:close");
		return;
	}
	height = (int)lo.grid.len + 2 > rows ? rows : (int)lo.grid.len + 2;
	col0 = (app->cols - width) / 2;
	row0 = (rows + 2 - height) / 2;
	if (g->top + (size_t)(height - 2) > lo.grid.len)
		g->top = lo.grid.len > (size_t)(height - 2) ? lo.grid.len - (size_t)(height - 2) : 0;
	paint_box(app, row0, col0, height, width);
	snprintf(title, sizeof title, " %s ", t->name);
	paint_text(app, row0, col0 + 2, title, ROLE_HEADING);
	for (int r = 1; r < height - 1; r++) {
		size_t i = g->top + (size_t)(r - 1);

		if (i < lo.grid.len)
			paint_line_at(app, row0 + r, col0 + 2, &lo.grid.lines[i], NULL, 0,
			              width - 4);
	}
	layout_free(&lo);
	paint_status(app, " Glossary", "Esc/q:close");
}

static enum next popup_key(struct app *app, enum action action, int key)
{
	(void)key;
	switch (action) {
	case ACT_LINE_DOWN:
	case ACT_PAGE_DOWN:
		app->gloss->top++;
		return NEXT_REDRAW;
	case ACT_LINE_UP:
	case ACT_PAGE_UP:
		if (app->gloss->top)
			app->gloss->top--;
		return NEXT_REDRAW;
	case ACT_FOLLOW:
		return NEXT_CLOSE;
	default:
		return NEXT_IGNORED; /* Esc and q close it: the global keys */
	}
}

const struct screen_ops popup_screen = {
	.name = "glossary pop-up",
	.scope = SCOPE_PAGER,
	.overlay = true,
	.draw = popup_draw,
	.key = popup_key,
	.resize = NULL,
};
