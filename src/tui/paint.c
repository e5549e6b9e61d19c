/* paint.c — the curses device: cells of the grid onto the screen, roles
 * turned into attributes (always) and colours (when the terminal has them
 * and NO_COLOR is unset), from the theme table. */
#include <string.h>

#include "tui/app.h"
#include "tui/curses.h"
#include "util/utf8.h"
#include "view/fit.h"
#include "view/glyph.h"
#include "view/theme.h"

void paint_init_colors(struct app *app)
{
	app->color = app->opts->color && has_colors();
	if (!app->color)
		return;
	start_color();
	use_default_colors();
	for (short c = 0; c < 8; c++)
		init_pair((short)(c + 1), c, -1);
}

static attr_t role_attrs(const struct app *app, enum role role, unsigned flags)
{
	const struct role_style *st = theme_style(app->opts->theme, role);
	unsigned a = st->attrs | theme_cell_attrs(flags);
	attr_t out = A_NORMAL;

	if (a & ATTR_BOLD)
		out |= A_BOLD;
	if (a & ATTR_UNDERLINE)
		out |= A_UNDERLINE;
	if (a & ATTR_REVERSE)
		out |= A_REVERSE;
	if (a & ATTR_DIM)
		out |= A_DIM;
	if (a & ATTR_ITALIC)
		out |= A_ITALIC;
	if (app->color && st->fg >= 0)
		out |= COLOR_PAIR(st->fg + 1);
	return out;
}

/* The role that highlights column col, or -1. */
static int highlight_at(const struct highlight *hl, size_t nhl, size_t col)
{
	for (size_t i = nhl; i-- > 0;)
		if (col >= hl[i].col && col < hl[i].end)
			return (int)hl[i].role;
	return -1;
}

#define PAINT_RUN_MAX 256 /* characters handed to curses at once */
#define PAINT_BRIDGE_MAX 4 /* blanks a run of one style may take in */

/* The attributes cell i of l is painted with. */
static attr_t cell_attrs(const struct app *app, const struct line *l, size_t i,
                         const struct highlight *hl, size_t nhl)
{
	int h = highlight_at(hl, nhl, i);

	return h >= 0 ? role_attrs(app, (enum role)h, 0) | A_REVERSE
	              : role_attrs(app, l->cells[i].role, l->cells[i].flags);
}

/* Whether attributes a change how a blank looks. */
static bool shows_on_blank(attr_t a)
{
	return (a & (A_UNDERLINE | A_REVERSE | A_STANDOUT)) != 0;
}

static bool is_blank_cell(const struct cell *c)
{
	return !(c->flags & (CELL_MARK | CELL_CONT)) && (c->ch == ' ' || c->ch == 0xa0);
}

/* Whether the blanks from cell i on may be painted in the style `run`
 * of the cells before them: a few blanks, none of them underlined or
 * reversed, with a cell of that same style after them.  Then a chart's
 * dots, or coloured words, with blanks between them go out as one run,
 * not as a change of style at every blank (which ncurses sends as a whole
 * SGR sequence each time). */
static bool bridges(const struct app *app, const struct line *l, size_t i,
                    const struct highlight *hl, size_t nhl, attr_t run)
{
	if (shows_on_blank(run))
		return false;
	for (size_t k = i; k < l->len && k < i + PAINT_BRIDGE_MAX + 1; k++) {
		attr_t a = cell_attrs(app, l, k, hl, nhl);

		if (!is_blank_cell(&l->cells[k]))
			return a == run;
		if (shows_on_blank(a))
			return false;
	}
	return false;
}

/* A run of characters of one style, from screen column col. */
struct run {
	cchar_t cc[PAINT_RUN_MAX];
	size_t n;
	int col;
	attr_t attrs;
};

/* Adds character cp to the run, in the run's style. */
static void run_add(struct run *r, uint32_t cp)
{
	wchar_t wc[2] = { (wchar_t)cp, L'\0' };

	setcchar(&r->cc[r->n++], wc, r->attrs & ~A_COLOR, (short)PAIR_NUMBER(r->attrs), NULL);
}

/* Puts the run in the window as whole cells (wadd_wchnstr): curses then
 * copies them, where adding a string made it decode, measure, wrap and
 * style each character again, a fifth of a page-down's time at 200x60. */
static void run_flush(struct run *r, int row)
{
	if (!r->n)
		return;
	mvadd_wchnstr(row, r->col, r->cc, (int)r->n);
	r->n = 0;
}

int paint_line_at(struct app *app, int row, int col0, const struct line *l,
                  const struct highlight *hl, size_t nhl, int width)
{
	char buf[8];
	int col = 0;
	struct run r = { .n = 0 };
	/* The style of the cell before, and its attributes: worked out again
	 * only where the style changes. */
	int last_h = -2;
	unsigned last_role = 0, last_flags = 0;
	attr_t a = A_NORMAL;

	for (size_t i = 0; l && i < l->len && col < width; i++) {
		const struct cell *c = &l->cells[i];
		int h = highlight_at(hl, nhl, i);
		int w = 1;
		uint32_t cp = ' ';
		size_t n;

		if (c->flags & CELL_CONT)
			continue;
		if (!(c->flags & CELL_MARK) && c->ch >= 0x20 && c->ch < 0x7f) {
			cp = c->ch; /* printable ASCII, most cells: itself in any charset */
		} else if (!(c->flags & CELL_MARK) && c->ch == 0xa0) {
			cp = ' '; /* a no-break space is a blank on screen */
		} else {
			if ((n = glyph_encode(c, app->opts->charset, buf)))
				utf8_decode(buf, n, &cp);
			/* Curses places a cell by its width: one it cannot
			 * measure would move it backwards. */
			if ((w = wcwidth((wchar_t)cp)) < 1 || w > 2) {
				cp = '?';
				w = 1;
			}
			/* A wide character that would not fit at the right edge is left out. */
			if (col + w > width)
				break;
		}
		if (h != last_h || (h < 0 && (c->role != last_role || c->flags != last_flags))) {
			a = cell_attrs(app, l, i, hl, nhl);
			last_h = h;
			last_role = c->role;
			last_flags = c->flags;
		}
		if (r.n && a != r.attrs && is_blank_cell(c) && bridges(app, l, i, hl, nhl, r.attrs)) {
			a = r.attrs; /* this blank joins the run before it */
			last_h = -2; /* and the next cell's style is worked out again */
		}
		if (r.n && (a != r.attrs || r.n == PAINT_RUN_MAX))
			run_flush(&r, row);
		if (!r.n)
			r.col = col0 + col;
		r.attrs = a;
		run_add(&r, cp);
		col += w;
	}
	run_flush(&r, row);
	move(row, col0 + col < app->cols ? col0 + col : app->cols - 1);
	return col0 + col;
}

void paint_line(struct app *app, int row, const struct line *l,
                const struct highlight *hl, size_t nhl)
{
	if (paint_line_at(app, row, 0, l, hl, nhl, app->cols) < app->cols)
		clrtoeol();
}

void paint_page_line(struct app *app, int row, const struct line *l,
                     const struct highlight *hl, size_t nhl)
{
	int left = app_text_left(app);

	move(row, 0);
	clrtoeol();
	paint_line_at(app, row, left, l, hl, nhl, app->cols - left);
}

void paint_box(struct app *app, int row, int col, int height, int width)
{
	char buf[8];
	struct cell c = { .role = ROLE_FRAME, .flags = CELL_MARK };

	attrset(role_attrs(app, ROLE_FRAME, 0));
	for (int r = 0; r < height; r++) {
		move(row + r, col);
		for (int k = 0; k < width; k++) {
			bool top = r == 0, bottom = r == height - 1, left = k == 0, right = k == width - 1;

			if (!top && !bottom && !left && !right) {
				addch(' ');
				continue;
			}
			c.ch = top && left ? MARK_CORNER_TL : top && right ? MARK_CORNER_TR
			     : bottom && left ? MARK_CORNER_BL : bottom && right ? MARK_CORNER_BR
			     : top || bottom ? MARK_RULE : MARK_VLINE;
			glyph_encode(&c, app->opts->charset, buf);
			addstr(buf);
		}
	}
	attrset(A_NORMAL);
}

/* utf8 at (row, col) in role's style, at most width columns. */
static void paint_text_width(struct app *app, int row, int col, const char *utf8,
                             enum role role, int width)
{
	size_t len = strlen(utf8);
	int end = col + width < app->cols ? col + width : app->cols;
	char buf[8];

	attrset(role_attrs(app, role, 0));
	move(row, col);
	for (size_t i = 0; i < len && col < end;) {
		uint32_t cp;
		struct cell c;

		i += utf8_decode(utf8 + i, len - i, &cp);
		c = (struct cell){ .ch = cp, .role = (uint8_t)role };
		if (cell_width(cp) == 2 && col + 2 > end)
			break;
		glyph_encode(&c, app->opts->charset, buf);
		addstr(buf);
		col += cell_width(cp) == 2 ? 2 : 1;
	}
	attrset(A_NORMAL);
}

void paint_text(struct app *app, int row, int col, const char *utf8, enum role role)
{
	paint_text_width(app, row, col, utf8, role, app->cols - col);
}

void paint_status(struct app *app, const char *left, const char *right)
{
	int row = app->lines - 1;
	int rlen = (int)strlen(right);
	/* A message (the app's, shown as the left part) wins over the right
	 * part when both do not fit; otherwise the right part (the page
	 * number) stays and the left is cut. */
	bool message = app->message[0] && strstr(left, app->message) != NULL;
	bool show_right = rlen + 2 <= app->cols &&
	                  (!message || (int)strlen(left) + rlen + 2 <= app->cols);
	int room = show_right ? app->cols - rlen - 2 : app->cols;
	char fitted[512];

	attrset(role_attrs(app, ROLE_STATUS, 0));
	move(row, 0);
	for (int i = 0; i < app->cols; i++)
		addch(' ');
	/* Hints go first, then whole words: never "(Enter shows the definitio". */
	text_fit(left, room > 0 ? (size_t)room : 0, fitted, sizeof fitted);
	paint_text_width(app, row, 0, fitted, ROLE_STATUS, room);
	if (show_right)
		paint_text(app, row, app->cols - rlen - 1, right, ROLE_STATUS);
	attrset(A_NORMAL);
}
