/* chart_dots.c — lines at sub-cell resolution: a raster of dots (2x4 per
 * cell in Braille, one per cell otherwise), Bresenham segments dashed by
 * the series style, and rendering into cells as Braille patterns or as
 * each series' own mark. */
#include <stdlib.h>

#include "view/chart_cells.h"

/* Braille dot bits by (x, y-from-top) within a cell. */
static const uint8_t braille_bit[2][4] = {
	{ 0x01, 0x02, 0x04, 0x40 },
	{ 0x08, 0x10, 0x20, 0x80 },
};

int dots_init(struct dots *d, size_t cols, size_t rows, enum charset cs)
{
	bool braille = cs == CHARSET_BRAILLE;

	d->cols = cols;
	d->rows = rows;
	d->sx = braille ? 2 : 1;
	d->sy = braille ? 4 : 1;
	d->phase = 0;
	d->d = NULL;
	if (cols == 0 || rows == 0)
		return 0;
	d->d = calloc(cols * d->sx * rows * d->sy, sizeof *d->d);
	return d->d ? 0 : -1;
}

void dots_free(struct dots *d)
{
	free(d->d);
	d->d = NULL;
}

void dots_set(struct dots *d, long x, long y, unsigned s)
{
	long w = (long)(d->cols * d->sx), h = (long)(d->rows * d->sy);

	if (!d->d || x < 0 || y < 0 || x >= w || y >= h)
		return;
	d->d[(size_t)(h - 1 - y) * (size_t)w + (size_t)x] |= (uint16_t)(1u << s);
}

/* One dot of a dashed line: on or off by the pattern's bit at phase. */
static void dash_dot(struct dots *d, long x, long y, unsigned s)
{
	uint8_t pattern = d->sx > 1 ? series_style(s)->dash : 0xff;

	if (pattern & (1u << (d->phase % 8)))
		dots_set(d, x, y, s);
	d->phase++;
}

static void line_from(struct dots *d, long x0, long y0, long x1, long y1,
                      unsigned s, bool skip_first)
{
	long dx = labs(x1 - x0), dy = -labs(y1 - y0);
	long stepx = x0 < x1 ? 1 : -1, stepy = y0 < y1 ? 1 : -1;
	long err = dx + dy;

	for (bool first = true;; first = false) {
		long e2;

		if (!(first && skip_first))
			dash_dot(d, x0, y0, s);
		if (x0 == x1 && y0 == y1)
			break;
		e2 = 2 * err;
		if (e2 >= dy) {
			err += dy;
			x0 += stepx;
		}
		if (e2 <= dx) {
			err += dx;
			y0 += stepy;
		}
	}
}

void dots_line(struct dots *d, long x0, long y0, long x1, long y1, unsigned s)
{
	line_from(d, x0, y0, x1, y1, s, false);
}

size_t dots_series(struct dots *d, const struct axis *ax, const struct axis *ay,
                   const double *x, const double *y, size_t n, unsigned s)
{
	size_t missed = 0, run = 0;
	long px = 0, py = 0;

	d->phase = 0;
	for (size_t i = 0; i < n; i++) {
		long cx = axis_dot(ax, x ? x[i] : (double)i);
		long cy = axis_dot(ay, y[i]);

		if (cx < 0 || cy < 0) {
			missed++;
			if (run == 1)
				dots_set(d, px, py, s);
			run = 0;
			continue;
		}
		if (run > 0)
			line_from(d, px, py, cx, cy, s, run > 1);
		px = cx;
		py = cy;
		run++;
	}
	if (run == 1)
		dots_set(d, px, py, s);
	return missed;
}

/* The style on top among bits: the lowest slot wins. */
static unsigned top_style(unsigned bits)
{
	for (unsigned s = 0; s < STYLE_COUNT; s++)
		if (bits & (1u << s))
			return s;
	return 0;
}

static bool is_blank(const struct cell *c)
{
	return !(c->flags & CELL_MARK) ? c->ch == ' ' : c->ch == MARK_NONE;
}

void dots_render(const struct dots *d, struct cells *b, size_t top,
                 size_t left, bool only_blank)
{
	size_t w = d->cols * d->sx;

	if (!d->d)
		return;
	for (size_t r = 0; r < d->rows; r++) {
		for (size_t c = 0; c < d->cols; c++) {
			unsigned bits = 0, pattern = 0;
			struct cell *cell = cells_at(b, top + r, left + c);

			for (unsigned yy = 0; yy < d->sy; yy++) {
				for (unsigned xx = 0; xx < d->sx; xx++) {
					uint16_t v = d->d[(r * d->sy + yy) * w + c * d->sx + xx];

					bits |= v;
					if (v && d->sx > 1)
						pattern |= braille_bit[xx][yy];
				}
			}
			if (!bits || !cell || (only_blank && !is_blank(cell)))
				continue;
			const struct series_style *st = series_style(top_style(bits));
			uint32_t mark = d->sx > 1 ? MARK_BRAILLE + pattern : st->point;

			*cell = (struct cell){ .ch = mark, .role = (uint8_t)st->role,
			                       .flags = CELL_MARK };
		}
	}
}
