/* chart_spark.c — sparklines: a series in one line of cells, for the
 * pager's previews and the status line.  Eight heights of lower blocks
 * (or _ . - ^ in ASCII) from the mean of each cell's share of points, or
 * a Braille line with two points per cell.  Values spanning more than
 * three decades, all positive, go on a log scale; gaps stay blank. */
#include <math.h>
#include <string.h>

#include "view/chart_cells.h"

static void spark_scale(struct scale *sc, const struct range *r)
{
	bool log = range_spans_decades(r) && r->nonpos == 0;

	scale_from_range(sc, r, log, false);
	if (log) {
		sc->lo = r->minpos;
		sc->hi = r->max;
	}
}

static void spark_blocks(struct cells *b, const double *y, size_t n,
                         const struct scale *sc)
{
	for (size_t c = 0; c < b->w && n > 0; c++) {
		size_t from = c * n / b->w, to = (c + 1) * n / b->w;
		double sum = 0, f;
		size_t k = 0;

		if (to <= from)
			to = from + 1;
		for (size_t i = from; i < to && i < n; i++)
			if (value_ok(y[i]) && !isnan(scale_frac(sc, y[i]))) {
				sum += y[i];
				k++;
			}
		if (k == 0)
			continue;
		f = scale_frac(sc, sum / (double)k);
		if (isnan(f))
			continue;
		f = f < 0 ? 0 : f > 1 ? 1 : f;
		cells_mark(b, 0, c, MARK_SPARK + (uint32_t)lround(f * 7), ROLE_CHART_S1);
	}
}

static int spark_braille(struct cells *b, const double *y, size_t n,
                         const struct scale *sc)
{
	struct axis ax = { .dir = AXIS_HORIZONTAL, .cells = b->w, .sub = 2 };
	struct axis ay = { .sc = *sc, .dir = AXIS_VERTICAL, .cells = 1, .sub = 4 };
	struct dots d;

	ax.sc = (struct scale){ .lo = 0, .hi = n > 1 ? (double)(n - 1) : 1 };
	if (dots_init(&d, b->w, 1, CHARSET_BRAILLE))
		return -1;
	dots_series(&d, &ax, &ay, NULL, y, n, 0);
	dots_render(&d, b, 0, 0, false);
	dots_free(&d);
	return 0;
}

int chart_sparkline(struct line *l, const double *y, size_t n, size_t width,
                    enum charset cs)
{
	struct range r;
	struct scale sc;
	struct cells b;
	int rc = 0;

	range_init(&r);
	for (size_t i = 0; y && i < n; i++)
		range_add(&r, y[i]);
	if (!y)
		n = 0;
	spark_scale(&sc, &r);
	if (cells_init(&b, width, 1, cs))
		return -1;
	if (cs == CHARSET_BRAILLE)
		rc = spark_braille(&b, y, n, &sc);
	else
		spark_blocks(&b, y, n, &sc);
	for (size_t c = 0; rc == 0 && c < width; c++)
		rc = line_put(l, b.c[c]);
	cells_free(&b);
	return rc;
}

size_t chart_sparkline_text(char *buf, size_t size, const double *y, size_t n,
                            size_t width, enum charset cs)
{
	struct line l = { 0 };
	size_t used = 0;
	char enc[8];

	if (size == 0)
		return 0;
	buf[0] = '\0';
	if (chart_sparkline(&l, y, n, width, cs) == 0) {
		for (size_t i = 0; i < l.len; i++) {
			size_t k = glyph_encode(&l.cells[i], cs, enc);

			if (used + k + 1 > size)
				break;
			memcpy(buf + used, enc, k);
			used += k;
		}
		buf[used] = '\0';
	}
	line_free(&l);
	return used;
}
