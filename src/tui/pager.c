/* pager.c — the pager screen: a page's laid-out lines, scrolled as in
 * less; Tab between links, simulations and quizzes; Enter follows; the
 * page title and "Page N of M" on the status line. */
#include <stdio.h>
#include <string.h>

#include "lesson/doc.h"
#include "lesson/simblock.h"
#include "view/chart.h"
#include "view/fit.h"
#include "tui/app.h"
#include "tui/curses.h"

#define WHEEL_LINES 3
#define MAX_HIGHLIGHTS 64 /* per screen line */

static size_t max_top(struct app *app, const struct page_view *v)
{
	size_t rows = (size_t)app_text_rows(app);

	return v->layout.grid.len > rows ? v->layout.grid.len - rows : 0;
}

/* The selected target's cells on grid line i, as a highlight. */
static size_t target_highlight(const struct page_view *v, size_t i, struct highlight *hl)
{
	const struct target *t;

	if (v->selected < 0)
		return 0;
	t = &v->layout.targets[v->selected];
	if (i < t->line || i > t->end_line)
		return 0;
	hl->col = i == t->line ? t->col : 0;
	hl->end = i == t->end_line ? t->end_col : v->layout.grid.lines[i].len;
	hl->role = ROLE_LINK;
	return 1;
}

#define STATUS_SPARK_WIDTH 16 /* columns of a sim block's sparkline */

/* " Simulation: circulation platelets=0.8  ▇▆▅▄▃▂▂▁  (Enter explores)": the
 * block's first series as a sparkline, its preview in one line. */
static void sim_status_line(const struct app *app, const struct page *p,
                            const struct block *b, char *buf, size_t size)
{
	char spark[STATUS_SPARK_WIDTH * 4 + 1] = "";
	struct simblock sb;
	struct sim_result r;

	if (simblock_parse(&sb, b->info, p->path, b->line, NULL) == 0 &&
	    sim_run(sb.model, sb.values, SIMBLOCK_SEED, &r) == SIM_OK) {
		if (r.nseries && r.kind == SIM_CHART_LINE)
			chart_sparkline_text(spark, sizeof spark, r.series[0].y, r.series[0].len,
			                     STATUS_SPARK_WIDTH, app->opts->charset);
		sim_result_free(&r);
	}
	/* Parts, most important first: the fitter drops the hint, then the
	 * sparkline, before a word of the settings. */
	snprintf(buf, size, " Simulation: %s%s%s  (Enter explores)", b->info, spark[0] ? "  " : "",
	         spark);
}

static size_t quiz_options(const struct page_view *v, size_t block);

/* 1 for the page's first quiz, 2 for the next, as their frames number
 * them. */
static size_t quiz_ordinal(const struct page_view *v, size_t block)
{
	size_t n = 0;
	long last = -1;

	for (size_t i = 0; i < v->layout.ntargets; i++) {
		const struct target *t = &v->layout.targets[i];

		if (t->kind != TARGET_QUIZ || (long)t->index == last)
			continue;
		n++;
		last = (long)t->index;
		if (t->index == block)
			return n;
	}
	return n;
}

/* What the status line says of the selected target, as lynx shows a
 * link's address. */
static void describe_target(const struct app *app, const struct page *p,
                            const struct page_view *v, const struct target *t,
                            char *buf, size_t size)
{
	const struct block *b = t->kind == TARGET_SIM || t->kind == TARGET_QUIZ
	                        ? &p->doc->blocks[t->index] : NULL;

	switch (t->kind) {
	case TARGET_LINK:
		snprintf(buf, size, " Link: %s  (Enter follows)", p->doc->links[t->index].dest);
		break;
	case TARGET_SIM:
		sim_status_line(app, p, b, buf, size);
		break;
	case TARGET_QUIZ:
		/* A leader's answer is the class's to see: the vote comes first
		 * (short, beside the class's count at 80 columns). */
		if (classroom_leading(app))
			snprintf(buf, size, " Quiz %zu: Q to vote; A-%c answers",
			         quiz_ordinal(v, t->index),
			         (char)('A' + quiz_options(v, t->index) - 1));
		else
			snprintf(buf, size, " Quiz %zu: Enter answers %c; or type A-%c",
			         quiz_ordinal(v, t->index), (char)('A' + t->option),
			         (char)('A' + quiz_options(v, t->index) - 1));
		break;
	case TARGET_GLOSSARY:
		snprintf(buf, size, " Glossary: %s  (Enter shows the definition)",
		         gloss_term_name(app, t->index));
		break;
	}
}

/* "(TOP)  Page 3 of 11  h:help" ("42%" between the top and the end),
 * without "h:help" when terse, "3/11" on narrow screens; "restricted"
 * first in restricted mode; "Glossary" on the glossary. */
static void status_right(struct app *app, const struct page_view *v, int rows, int terse,
                         char *buf, size_t size)
{
	size_t len = v->layout.grid.len, n = 0;
	char where[8], stop[32], class[64];

	/* As less -M: the top, the end, or how far down the last line shown is. */
	if (v->top + (size_t)rows >= len)
		snprintf(where, sizeof where, "(END)");
	else if (v->top == 0)
		snprintf(where, sizeof where, "(TOP)");
	else
		snprintf(where, sizeof where, "%zu%%", (v->top + (size_t)rows) * 100 / len);

	if (app->opts->restricted)
		n = (size_t)snprintf(buf, size, "restricted  ");
	n += (size_t)snprintf(buf + n, size - n, "%s", classroom_status(app, class, sizeof class));
	n += (size_t)snprintf(buf + n, size - n, "%s", walk_status(app, stop, sizeof stop));
	if (app->current >= app->course.npages)
		snprintf(buf + n, size - n, "%s", app->cols >= 60 && !terse ? "Glossary  h:help" : "Glossary");
	else if (app->cols >= 60 && terse == 0)
		snprintf(buf + n, size - n, "%s  Page %zu of %zu  h:help", where, app->current + 1,
		         app->course.npages);
	else if (app->cols >= 60 && terse == 1)
		snprintf(buf + n, size - n, "%s  Page %zu of %zu", where, app->current + 1,
		         app->course.npages);
	else
		snprintf(buf + n, size - n, "%zu/%zu", app->current + 1, app->course.npages);
}

/* The right part, terser (no h:help) while the left
 * part would not fit beside it: what is selected matters more. */
static void status_right_for(struct app *app, const struct page_view *v, int rows,
                             const char *left, char *buf, size_t size)
{
	for (int terse = 0; terse <= 1; terse++) {
		status_right(app, v, rows, terse, buf, size);
		if (text_width(left) + text_width(buf) + 2 <= (size_t)app->cols)
			return;
	}
}

/* At the end of a page: how to go on, and to what. */
static void end_of_page_hint(const struct app *app, char *buf, size_t size)
{
	size_t next = app->current + 1;

	if (app->current >= app->course.npages)
		snprintf(buf, size, " End of the glossary.  [ or Left: back to the pages");
	else if (next >= app->course.npages)
		snprintf(buf, size, " End of the course.  c: contents");
	else if (app->opts->space_stays)
		snprintf(buf, size, " ]: next page \u2014 %s", app->course.pages[next].title);
	else
		snprintf(buf, size, " ] or Space: next page \u2014 %s", app->course.pages[next].title);
}

static void pager_draw(struct app *app)
{
	struct page_view *v = app_view(app);
	const struct page *p = app_page(app, app->current);
	int rows = app_text_rows(app);
	char left[300], right[160];
	size_t len = v->layout.grid.len;

	for (int r = 0; r < rows; r++) {
		size_t i = v->top + (size_t)r;
		struct highlight hl[MAX_HIGHLIGHTS];
		size_t nhl = 0;

		if (i < len) {
			nhl = find_highlights(app, i, hl, MAX_HIGHLIGHTS - 1);
			nhl += target_highlight(v, i, &hl[nhl]);
		}
		paint_page_line(app, r, i < len ? &v->layout.grid.lines[i] : NULL, hl, nhl);
	}
	/* Until someone follows, the instructor's status line says what
	 * students type, and as a message does it wins over the right part. */
	const char *join = classroom_join_hint(app);

	if (!app->message[0] && v->selected < 0 && join)
		snprintf(app->message, sizeof app->message, "%s", join);
	if (app->message[0])
		snprintf(left, sizeof left, " %s", app->message);
	else if (v->selected >= 0) {
		if (v->described != v->selected || v->described_gen != v->generation) {
			describe_target(app, p, v, &v->layout.targets[v->selected], v->description,
			                sizeof v->description);
			v->described = v->selected;
			v->described_gen = v->generation;
		}
		snprintf(left, sizeof left, "%s", v->description);
	}
	else if (len > (size_t)rows && v->top >= max_top(app, v))
		end_of_page_hint(app, left, sizeof left);
	else
		snprintf(left, sizeof left, " %s", p->title);
	status_right_for(app, v, rows, left, right, sizeof right);
	paint_status(app, left, right);
	app->message[0] = '\0';
}

static void scroll_to(struct app *app, struct page_view *v, long top)
{
	long max = (long)max_top(app, v);

	v->top = (size_t)(top < 0 ? 0 : top > max ? max : top);
	v->top_fraction = v->layout.grid.len ? (double)v->top / (double)v->layout.grid.len : 0;
}

static void scroll_by(struct app *app, struct page_view *v, long delta)
{
	scroll_to(app, v, (long)v->top + delta);
	/* A selection scrolled off screen is dropped. */
	if (v->selected >= 0) {
		const struct target *t = &v->layout.targets[v->selected];

		if (target_last_line(t) < v->top || t->line >= v->top + (size_t)app_text_rows(app))
			v->selected = -1;
	}
}

static enum next go_to_page(struct app *app, long delta)
{
	long to = (long)app->current + delta;

	if (app->current >= app->course.npages) /* from the glossary, back to the pages */
		to = delta < 0 ? (long)app->course.npages - 1 : (long)app->course.npages;
	if (to < 0 || to >= (long)app->course.npages) {
		snprintf(app->message, sizeof app->message, "%s",
		         to < 0 ? "This is the first page." : "This is the last page.");
		return NEXT_REDRAW;
	}
	if (!classroom_may_visit(app, (size_t)to)) {
		snprintf(app->message, sizeof app->message, "The class has not reached that page yet.");
		return NEXT_REDRAW;
	}
	app->current = (size_t)to;
	app_view(app)->selected = -1;
	return NEXT_REDRAW;
}

/* Whether target t is of kind (any kind when kind < 0). */
static bool kind_is(const struct target *t, int kind)
{
	return kind < 0 || t->kind == (enum target_kind)kind;
}

/* The target after the quiz last answered on this page, when that quiz
 * is still on screen, or -1.  An answer lets go of the quiz's letters
 * (nothing stays selected), and z then goes on from it, not back to it. */
static long after_answered(struct app *app, const struct page_view *v)
{
	size_t rows = (size_t)app_text_rows(app);
	long last = -1;

	for (size_t i = 0; v->focus_quiz && i < v->layout.ntargets; i++) {
		const struct target *t = &v->layout.targets[i];

		if (t->kind == TARGET_QUIZ && t->index == v->focus_quiz - 1 &&
		    target_last_line(t) >= v->top && t->line < v->top + rows)
			last = (long)i;
	}
	return last < 0 ? -1 : last + 1;
}

/* Moves the selection to the next (dir 1) or previous (-1) target of kind
 * (any when kind < 0), from the selection or else from the screen's edge;
 * scrolls to it when needed.  what names the kind in messages. */
static void select_kind(struct app *app, struct page_view *v, int dir, int kind,
                        const char *what)
{
	size_t n = v->layout.ntargets, rows = (size_t)app_text_rows(app);
	long i;

	if (v->selected >= 0) {
		i = v->selected + dir;
	} else if (kind == TARGET_QUIZ && dir > 0 && (i = after_answered(app, v)) >= 0) {
		/* z just after an answer goes on from the quiz answered */
	} else {
		/* The first target on screen (or after it), going forward; the last
		 * one on screen (or before it), going back. */
		for (i = dir > 0 ? 0 : (long)n - 1; i >= 0 && i < (long)n; i += dir) {
			const struct target *t = &v->layout.targets[i];

			if (dir > 0 ? target_last_line(t) >= v->top : t->line < v->top + rows)
				break;
		}
	}
	/* a quiz's options are a target each: the next quiz is the next block */
	long from = v->selected >= 0 && kind == TARGET_QUIZ &&
	            v->layout.targets[v->selected].kind == TARGET_QUIZ
	          ? (long)v->layout.targets[v->selected].index : -1;

	while (i >= 0 && i < (long)n && (!kind_is(&v->layout.targets[i], kind) ||
	                                 (long)v->layout.targets[i].index == from))
		i += dir;
	while (kind == TARGET_QUIZ && dir < 0 && i > 0 &&
	       v->layout.targets[i - 1].kind == TARGET_QUIZ &&
	       v->layout.targets[i - 1].index == v->layout.targets[i].index)
		i--; /* its first option */
	if (i < 0 || i >= (long)n) {
		bool none = true;

		for (size_t k = 0; k < n && none; k++)
			none = !kind_is(&v->layout.targets[k], kind);
		if (none)
			snprintf(app->message, sizeof app->message, "No %s on this page.", what);
		else
			snprintf(app->message, sizeof app->message, "No more %s %s.", what,
			         dir > 0 ? "below" : "above");
		return;
	}
	v->selected = i;
	app_show_lines(app, v->layout.targets[i].line, v->layout.targets[i].end_line);
}

static void select_target(struct app *app, struct page_view *v, int dir)
{
	select_kind(app, v, dir, -1, "links");
}

static enum next follow(struct app *app, struct page_view *v)
{
	const struct target *t;
	const struct page *p = app_page(app, app->current);

	if (v->selected < 0) {
		scroll_by(app, v, 1); /* as in less: Enter moves a line */
		return NEXT_REDRAW;
	}
	t = &v->layout.targets[v->selected];
	switch (t->kind) {
	case TARGET_LINK:
		return app_follow_link(app, p->doc->links[t->index].dest);
	case TARGET_SIM: {
		const struct block *b = &p->doc->blocks[t->index];
		struct simblock sb;

		if (simblock_parse(&sb, b->info, p->path, b->line, NULL) != 0) {
			snprintf(app->message, sizeof app->message, "This simulation cannot run (see cascade lint).");
			return NEXT_REDRAW;
		}
		if (explorer_open(app, &sb, SIMBLOCK_SEED) != 0)
			snprintf(app->message, sizeof app->message, "Out of memory.");
		return NEXT_REDRAW;
	}
	case TARGET_QUIZ:
		return quizplay_answer(app, t->index, (unsigned)t->option);
	case TARGET_GLOSSARY:
		return gloss_popup(app, t->index);
	}
	return NEXT_NONE;
}

/* Whether the quiz at block has an option of that index (a target each). */
static bool quiz_has_option(const struct page_view *v, size_t block, size_t option)
{
	for (size_t i = 0; i < v->layout.ntargets; i++)
		if (v->layout.targets[i].kind == TARGET_QUIZ && v->layout.targets[i].index == block &&
		    v->layout.targets[i].option == option)
			return true;
	return false;
}

/* The option a letter names (a or A: 0), or -1. */
static int option_letter(int key)
{
	return key >= 'a' && key <= 'z' ? key - 'a' : key >= 'A' && key <= 'Z' ? key - 'A' : -1;
}

/* The actions that move the page. */
static bool is_motion(enum action a)
{
	switch (a) {
	case ACT_LINE_DOWN: case ACT_LINE_UP: case ACT_PAGE_DOWN: case ACT_PAGE_UP:
	case ACT_HALF_DOWN: case ACT_HALF_UP: case ACT_TOP: case ACT_BOTTOM:
		return true;
	default:
		return false;
	}
}

/* Whether key answers the selected quiz: only while a quiz option is
 * selected and on screen, with one of its letters; a capital always, a
 * small letter unless it moves the page (b pages up, never answers B). */
static bool quiz_takes_key(struct app *app, const struct page_view *v, enum action action,
                           int key)
{
	const struct target *t;
	int letter = option_letter(key);

	if (v->selected < 0 || letter < 0)
		return false;
	t = &v->layout.targets[v->selected];
	if (t->kind != TARGET_QUIZ || t->end_line < v->top ||
	    t->line >= v->top + (size_t)app_text_rows(app))
		return false;
	if (key >= 'a' && key <= 'z' && is_motion(action))
		return false;
	return quiz_has_option(v, t->index, (size_t)letter);
}

/* How many options the quiz at block has (its targets). */
static size_t quiz_options(const struct page_view *v, size_t block)
{
	size_t n = 0;

	for (size_t i = 0; i < v->layout.ntargets; i++)
		n += v->layout.targets[i].kind == TARGET_QUIZ && v->layout.targets[i].index == block;
	return n;
}

static enum next goto_done(struct app *app, const char *text)
{
	while (*text == ' ')
		text++;
	if (!*text)
		return NEXT_REDRAW;
	return app_goto_page(app, text);
}

/* The target under screen cell (row, col), or -1. */
static long target_at(struct page_view *v, size_t line, size_t col)
{
	for (size_t i = 0; i < v->layout.ntargets; i++) {
		const struct target *t = &v->layout.targets[i];

		if (line < t->line || line > t->end_line)
			continue;
		if ((line > t->line || col >= t->col) && (line < t->end_line || col < t->end_col))
			return (long)i;
	}
	return -1;
}

static enum next pager_mouse(struct app *app, struct page_view *v)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return NEXT_NONE;
	if (ev.bstate & BUTTON4_PRESSED) {
		scroll_by(app, v, -WHEEL_LINES);
	} else if (ev.bstate & BUTTON5_PRESSED) {
		scroll_by(app, v, WHEEL_LINES);
	} else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED)) {
		long t;

		if (ev.y >= app_text_rows(app) || ev.x < app_text_left(app))
			return NEXT_NONE;
		t = target_at(v, v->top + (size_t)ev.y, (size_t)(ev.x - app_text_left(app)));
		if (t < 0)
			return NEXT_NONE;
		v->selected = t;
		return follow(app, v);
	}
	return NEXT_REDRAW;
}

static enum next pager_key(struct app *app, enum action action, int key)
{
	struct page_view *v = app_view(app);
	long rows = app_text_rows(app);
	char digit[2] = { (char)key, '\0' };

	if (key == (KEY_MOUSE | KEY_FUNCTION))
		return pager_mouse(app, v);
	if (quiz_takes_key(app, v, action, key))
		return quizplay_answer(app, v->layout.targets[v->selected].index,
		                       (unsigned)option_letter(key));
	/* Moving the page lets go of a quiz, so its letters are keys again. */
	if (is_motion(action) && v->selected >= 0 &&
	    v->layout.targets[v->selected].kind == TARGET_QUIZ)
		v->selected = -1;
	/* Space at the end goes on to the next page (a second press, as in
	 * info), unless the reader wants less's way. */
	if (action == ACT_PAGE_DOWN && key == ' ' && v->top >= max_top(app, v) &&
	    !app->opts->space_stays && app->current + 1 < app->course.npages)
		return go_to_page(app, 1);
	switch (action) {
	case ACT_LINE_DOWN: scroll_by(app, v, 1); break;
	case ACT_LINE_UP: scroll_by(app, v, -1); break;
	case ACT_PAGE_DOWN: scroll_by(app, v, rows); break;
	case ACT_PAGE_UP: scroll_by(app, v, -rows); break;
	case ACT_HALF_DOWN: scroll_by(app, v, rows / 2 ? rows / 2 : 1); break;
	case ACT_HALF_UP: scroll_by(app, v, -(rows / 2 ? rows / 2 : 1)); break;
	case ACT_TOP: scroll_by(app, v, -(long)v->layout.grid.len); break;
	case ACT_BOTTOM: scroll_by(app, v, (long)v->layout.grid.len); break;
	case ACT_NEXT_PAGE: return go_to_page(app, 1);
	case ACT_PREV_PAGE: return go_to_page(app, -1);
	case ACT_CONTENTS:
		app->contents_sel = app->current;
		app->contents_open = 0;
		app_push(app, &contents_screen);
		break;
	case ACT_GOTO:
		app_prompt(app, "Go to page: ", key == ':' ? NULL : digit, goto_done);
		break;
	case ACT_NEXT_TARGET: select_target(app, v, 1); break;
	case ACT_PREV_TARGET: select_target(app, v, -1); break;
	case ACT_NEXT_SIM: select_kind(app, v, 1, TARGET_SIM, "simulations"); break;
	case ACT_PREV_SIM: select_kind(app, v, -1, TARGET_SIM, "simulations"); break;
	case ACT_NEXT_QUIZ: select_kind(app, v, 1, TARGET_QUIZ, "quizzes"); break;
	case ACT_PREV_QUIZ: select_kind(app, v, -1, TARGET_QUIZ, "quizzes"); break;
	case ACT_FOLLOW: return follow(app, v);
	case ACT_BACK: return app_back(app);
	case ACT_FORWARD: return app_forward(app);
	case ACT_SEARCH_FORWARD: find_prompt(app, true); break;
	case ACT_SEARCH_BACKWARD: find_prompt(app, false); break;
	case ACT_SEARCH_NEXT: return find_repeat(app, false);
	case ACT_SEARCH_PREV: return find_repeat(app, true);
	case ACT_SEARCH_COURSE: course_search_prompt(app); break;
	case ACT_CANCEL: v->selected = -1; break;
	default: return NEXT_IGNORED; /* help, redraw, quit: the global keys */
	}
	return NEXT_REDRAW;
}

/* After a change of width the page is laid out again; keep the reader at
 * the same proportion of it.  Called from the resize path for every screen
 * on the stack, before the page is laid out again (then it has nothing to
 * keep yet), and by the layout once it is done. */
static void pager_resize(struct app *app)
{
	struct page_view *v = &app->views[app->current];

	if (!v->laid_out)
		return; /* the new layout calls again, and places the reader */
	v->selected = -1;
	/* Rounded: at the same width, top / len * len is top again, not one
	 * line less when the division rounded down. */
	scroll_to(app, v, (long)(v->top_fraction * (double)v->layout.grid.len + 0.5));
}

const struct screen_ops pager_screen = {
	.name = "pager",
	.scope = SCOPE_PAGER,
	.draw = pager_draw,
	.key = pager_key,
	.resize = pager_resize,
};
