/* gloss.c — glossary look-ups in the pager: the glossary and its matcher,
 * loaded once; Enter on a term's look-up opens its definition in a pop-up
 * that Esc or q closes, leaving the page where it was.  Finding and
 * marking the terms in a page is the search layer's (gloss_mark_layout). */
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

	if (!app->course.glossary || !(g = calloc(1, sizeof *g)))
		return;
	if (glossary_load(&g->glossary, app->course.glossary, NULL) != 0 ||
	    gloss_matcher_from_glossary(&g->matcher, &g->glossary) != SEARCH_OK) {
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

void gloss_mark(struct app *app, struct layout *lo)
{
	if (app->gloss)
		gloss_mark_layout(&app->gloss->matcher, app->gloss->glossary.nterms, lo);
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

/* The screen row of the glossary term the pop-up was opened from (the
 * page's selected target), or -1 when it is not on the screen. */
static int term_row(struct app *app)
{
	struct page_view *v = app_view(app);
	const struct target *t;

	if (!v || v->selected < 0 || (size_t)v->selected >= v->layout.ntargets)
		return -1;
	t = &v->layout.targets[v->selected];
	if (t->kind != TARGET_GLOSSARY || t->line < v->top ||
	    t->line >= v->top + (size_t)app_text_rows(app))
		return -1;
	return (int)(t->line - v->top);
}

/* A box of the definition over the page, beside its term (see term_row),
 * as wide as fits (72 at most). */
static void popup_draw(struct app *app)
{
	struct gloss_state *g = app->gloss;
	const struct gloss_term *t = &g->glossary.terms[g->open_term];
	int width = app->cols - 4 < POPUP_MAX_WIDTH ? app->cols - 4 : POPUP_MAX_WIDTH;
	int rows = app_text_rows(app) - 2, col0, row0, height, tr;
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
	/* below the term, or else above it, so that its line stays in view;
	 * centred where neither has room */
	tr = term_row(app);
	if (tr >= 0 && tr + 1 + height <= rows + 2)
		row0 = tr + 1;
	else if (tr >= 0 && tr - height >= 0)
		row0 = tr - height;
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
