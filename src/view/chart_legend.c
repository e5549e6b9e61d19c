/* chart_legend.c — legends: a key per item (the series' mark, a Braille
 * dash sample, a bar fill or a threshold mark) and its name, wrapped onto
 * several rows, or squeezed onto one with the names shortened. */
#include <stdio.h>
#include <string.h>

#include "view/chart_frame.h"

#define ITEM_GAP 2 /* cells between items */

void legend_add(struct legend *lg, enum key_kind k, unsigned slot,
                uint32_t mark, const char *text)
{
	struct legend_item *it;

	if (lg->n == LEGEND_MAX)
		return;
	it = &lg->it[lg->n++];
	it->kind = k;
	it->slot = slot;
	it->mark = mark;
	snprintf(it->text, sizeof it->text, "%s", text ? text : "");
}

void legend_add_pinned(struct legend *lg, size_t nseries, const char *text)
{
	legend_add(lg, KEY_PINNED, STYLE_PINNED(0), 0, text);
	if (lg->n && lg->it[lg->n - 1].kind == KEY_PINNED)
		lg->it[lg->n - 1].count = (unsigned)(nseries < 1 ? 1 : nseries > 4 ? 4 : nseries);
}

/* A line key is four Braille cells (one period of the dash pattern) or
 * the series' single mark; a pinned run's keys are two Braille cells or
 * one mark each, a space between them. */
static size_t key_width(const struct legend_item *it, enum charset cs)
{
	if (it->kind == KEY_TEXT)
		return 0;
	if (it->kind == KEY_PINNED)
		return it->count * (cs == CHARSET_BRAILLE ? 3 : 2) - 1;
	return it->kind == KEY_LINE && cs == CHARSET_BRAILLE ? 4 : 1;
}

static size_t item_width(const struct legend_item *it, enum charset cs)
{
	size_t kw = key_width(it, cs);

	return kw + (kw ? 1 : 0) + text_width(it->text);
}

/* Lays the items out in rows of w cells: how many rows, and the cells
 * the last row takes. */
static void legend_flow(const struct legend *lg, size_t w, enum charset cs, size_t *rows,
                        size_t *last)
{
	size_t col = 0;

	*rows = 0;
	for (size_t i = 0; lg && i < lg->n; i++) {
		size_t iw = item_width(&lg->it[i], cs);

		if (*rows == 0 || col + ITEM_GAP + iw > w) {
			(*rows)++;
			col = iw;
		} else {
			col += ITEM_GAP + iw;
		}
	}
	*last = col;
}

size_t legend_last_width(const struct legend *lg, size_t w, enum charset cs)
{
	size_t rows, last;

	legend_flow(lg, w, cs, &rows, &last);
	return last;
}

size_t legend_rows(const struct legend *lg, size_t w, enum charset cs)
{
	size_t rows, last;

	legend_flow(lg, w, cs, &rows, &last);
	return rows;
}

/* A line sample of style st in cells Braille cells (or its mark). */
static void line_key(struct cells *b, const struct series_style *st, size_t row,
                     size_t col, unsigned cells)
{
	if (b->cs != CHARSET_BRAILLE) {
		cells_mark(b, row, col, st->point, st->role);
		return;
	}
	for (unsigned k = 0; k < cells; k++) {
		unsigned pat = 0;

		pat |= (st->dash >> (2 * k)) & 1 ? 0x02 : 0; /* left, 2nd row */
		pat |= (st->dash >> (2 * k + 1)) & 1 ? 0x10 : 0;
		cells_mark(b, row, col + k, MARK_BRAILLE + pat, st->role);
	}
}

static void draw_key(struct cells *b, const struct legend_item *it, size_t row,
                     size_t col)
{
	const struct series_style *st = series_style(it->slot);
	unsigned step = b->cs == CHARSET_BRAILLE ? 3 : 2;

	switch (it->kind) {
	case KEY_LINE:
		line_key(b, st, row, col, 4);
		break;
	case KEY_PINNED:
		for (unsigned i = 0; i < it->count; i++)
			line_key(b, series_style(STYLE_PINNED(i)), row, col + i * step, step - 1);
		break;
	case KEY_FILL:
		cells_mark(b, row, col, st->fill, st->role);
		break;
	case KEY_MARK:
		cells_mark(b, row, col, it->mark, st->role);
		break;
	case KEY_NOTE:
		cells_mark(b, row, col, it->mark, ROLE_CHART_MARK);
		break;
	case KEY_TEXT:
		break;
	}
}

/* Draws item it at (row, col) with its name in at most textw cells. */
static size_t draw_item(struct cells *b, const struct legend_item *it,
                        size_t row, size_t col, size_t textw)
{
	size_t kw = key_width(it, b->cs), gap = kw ? 1 : 0;

	draw_key(b, it, row, col);
	if (textw == 0)
		return kw;
	return kw + gap + cells_text(b, row, col + kw + gap, textw, it->text, ROLE_CHART_LABEL);
}

/* Text room for each item on one line: equal shares, with what short
 * names leave over handed to the long ones. */
static void share_one_line(const struct legend *lg, size_t w, enum charset cs,
                           size_t *room)
{
	size_t fixed = 0, avail, share, left = lg->n, spare;

	for (size_t i = 0; i < lg->n; i++) {
		size_t kw = key_width(&lg->it[i], cs);

		fixed += kw + (kw ? 1 : 0) + (i ? ITEM_GAP : 0);
	}
	avail = w > fixed ? w - fixed : 0;
	for (size_t i = 0; i < lg->n; i++)
		room[i] = SIZE_MAX;
	for (int pass = 0; pass < 3 && left > 0; pass++) {
		share = avail / left;
		spare = 0;
		for (size_t i = 0; i < lg->n; i++) {
			size_t tw = text_width(lg->it[i].text);

			if (room[i] != SIZE_MAX || tw > share)
				continue;
			room[i] = tw;
			spare += tw;
			left--;
		}
		avail -= spare;
		if (spare == 0)
			break;
	}
	for (size_t i = 0; i < lg->n; i++)
		if (room[i] == SIZE_MAX)
			room[i] = left ? avail / left : 0;
}

void legend_draw(struct cells *b, const struct legend *lg, size_t row,
                 size_t rows, bool one_line)
{
	size_t room[LEGEND_MAX], col = 0, r = 0;

	if (!lg || lg->n == 0 || rows == 0)
		return;
	if (one_line) {
		share_one_line(lg, b->w, b->cs, room);
		for (size_t i = 0; i < lg->n && col < b->w; i++) {
			col += draw_item(b, &lg->it[i], row, col, room[i]);
			col += ITEM_GAP;
		}
		return;
	}
	for (size_t i = 0; i < lg->n; i++) {
		size_t iw = item_width(&lg->it[i], b->cs);

		if (i > 0 && col + ITEM_GAP + iw > b->w) {
			if (++r == rows)
				return;
			col = 0;
		} else if (i > 0) {
			col += ITEM_GAP;
		}
		size_t kw = key_width(&lg->it[i], b->cs) + 1;
		size_t textw = b->w > col + kw ? b->w - col - kw : 0;

		col += draw_item(b, &lg->it[i], row + r, col, textw);
	}
}
