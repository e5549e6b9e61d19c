/* chart_cells.c — the block of cells a chart is drawn into, text that
 * never runs past its room, and the one table of series styles (role,
 * mark, Braille dash pattern, bar fill) that every chart kind uses. */
#include <stdlib.h>
#include <string.h>

#include "view/chart_cells.h"

static const struct cell blank = { .ch = ' ', .role = ROLE_TEXT };

int cells_init(struct cells *b, size_t w, size_t h, enum charset cs)
{
	b->w = w;
	b->h = h;
	b->cs = cs;
	b->c = NULL;
	if (w && h) {
		b->c = malloc(w * h * sizeof *b->c);
		if (!b->c)
			return -1;
	}
	for (size_t i = 0; i < w * h; i++)
		b->c[i] = blank;
	return 0;
}

void cells_free(struct cells *b)
{
	free(b->c);
	b->c = NULL;
}

struct cell *cells_at(struct cells *b, size_t row, size_t col)
{
	if (row >= b->h || col >= b->w)
		return NULL;
	return &b->c[row * b->w + col];
}

void cells_mark(struct cells *b, size_t row, size_t col, uint32_t mark,
                enum role role)
{
	struct cell *c = cells_at(b, row, col);

	if (c)
		*c = (struct cell){ .ch = mark, .role = (uint8_t)role, .flags = CELL_MARK };
}

size_t cells_text(struct cells *b, size_t row, size_t col, size_t maxw,
                  const char *s, enum role role)
{
	size_t len = strlen(s), used = 0;
	bool cut = text_width(s) > maxw;
	size_t room = cut ? (maxw ? maxw - 1 : 0) : maxw;

	if (col >= b->w || row >= b->h)
		return 0;
	if (room > b->w - col)
		room = b->w - col;
	while (len > 0) {
		uint32_t cp;
		size_t n = utf8_decode(s, len, &cp);
		size_t cw = (size_t)cell_width(cp);

		s += n;
		len -= n;
		if (cw == 0)
			continue;
		if (used + cw > room)
			break;
		*cells_at(b, row, col + used) = (struct cell){ .ch = cp, .role = (uint8_t)role };
		if (cw == 2)
			*cells_at(b, row, col + used + 1) =
				(struct cell){ .ch = 0, .role = (uint8_t)role, .flags = CELL_CONT };
		used += cw;
	}
	if (cut && maxw > 0 && col + used < b->w) {
		cells_mark(b, row, col + used, MARK_ELLIPSIS, role);
		used++;
	}
	return used;
}

size_t cells_text_right(struct cells *b, size_t row, size_t end, size_t maxw,
                        const char *s, enum role role)
{
	size_t w = text_width(s);

	if (w > maxw)
		w = maxw;
	if (w > end)
		w = end;
	return cells_text(b, row, end - w, w, s, role);
}

/* Breaks s into lines of at most w cells at spaces; calls line(from,
 * bytes) for each and returns the count. */
static size_t wrap(const char *s, size_t w,
                   void (*line)(void *ctx, const char *from, size_t n), void *ctx)
{
	size_t rows = 0;

	while (*s) {
		const char *end = s, *brk = NULL;
		size_t used = 0;

		while (*end) {
			uint32_t cp;
			size_t n = utf8_decode(end, strlen(end), &cp);
			size_t cw = (size_t)cell_width(cp);

			if (used + cw > w)
				break;
			if (cp == ' ')
				brk = end;
			used += cw;
			end += n;
		}
		if (*end && brk && brk > s)
			end = brk;
		if (end == s)
			end = s + strlen(s); /* one word wider than w: cut by the caller */
		if (line)
			line(ctx, s, (size_t)(end - s));
		rows++;
		s = end;
		while (*s == ' ')
			s++;
	}
	return rows;
}

size_t text_wrap_rows(const char *s, size_t w)
{
	return w ? wrap(s, w, NULL, NULL) : 0;
}

struct wrap_ctx {
	struct cells *b;
	size_t row, left;
	enum role role;
};

static void wrap_line(void *ctx, const char *from, size_t n)
{
	struct wrap_ctx *c = ctx;
	char buf[512];

	if (c->left == 0)
		return;
	if (n >= sizeof buf)
		n = sizeof buf - 1;
	memcpy(buf, from, n);
	buf[n] = '\0';
	cells_text(c->b, c->row++, 0, c->b->w, buf, c->role);
	c->left--;
}

void cells_text_wrapped(struct cells *b, size_t row, size_t rows, const char *s,
                        enum role role)
{
	struct wrap_ctx c = { b, row, rows, role };

	if (b->w)
		wrap(s, b->w, wrap_line, &c);
}

int cells_emit(const struct cells *b, struct grid *g)
{
	for (size_t r = 0; r < b->h; r++) {
		struct line *l = grid_add_line(g);

		if (!l)
			return -1;
		for (size_t c = 0; c < b->w; c++)
			if (line_put(l, b->c[r * b->w + c]))
				return -1;
	}
	return 0;
}

int chart_note_line(struct grid *g, size_t width, const char *msg)
{
	struct cells b;
	int rc;

	if (cells_init(&b, width, 1, CHARSET_ASCII))
		return -1;
	cells_text(&b, 0, 0, width, msg, ROLE_NOTICE);
	if (width == 0) {
		rc = grid_add_line(g) ? 0 : -1;
	} else {
		rc = cells_emit(&b, g);
	}
	cells_free(&b);
	return rc;
}

/* Series 1 to 4, the faint previous run, and series 1 to 4 of a pinned
 * run: a colour role, a mark that tells them apart without colour, a
 * dash pattern for Braille lines and a fill for bars (the first series
 * gets eighth blocks).  A pinned series keeps its series' colour, dimmed,
 * with a lighter twin of its mark and every other dot of its dash. */
static const struct series_style styles[STYLE_COUNT] = {
	{ ROLE_CHART_S1, MARK_POINT + 0, 0xff, MARK_BAR_EIGHTHS + 8 },
	{ ROLE_CHART_S2, MARK_POINT + 1, 0x3f, MARK_SHADE_3 },
	{ ROLE_CHART_S3, MARK_POINT + 2, 0x33, MARK_SHADE_2 },
	{ ROLE_CHART_S4, MARK_POINT + 3, 0x5f, MARK_SHADE_1 },
	{ ROLE_CHART_FAINT, MARK_POINT + 4, 0x55, MARK_SHADE_1 },
	{ ROLE_CHART_P1, MARK_POINT + 5, 0xff & 0x55, MARK_SHADE_1 },
	{ ROLE_CHART_P2, MARK_POINT + 6, 0x3f & 0x55, MARK_SHADE_1 },
	{ ROLE_CHART_P3, MARK_POINT + 7, 0x33 & 0x55, MARK_SHADE_1 },
	{ ROLE_CHART_P4, MARK_POINT + 8, 0x5f & 0x55, MARK_SHADE_1 },
};

const struct series_style *series_style(unsigned slot)
{
	return &styles[slot < STYLE_COUNT ? slot : slot % 4];
}
