/* chart_cells.h — private to the chart layer: a width x height block of
 * cells that a chart is drawn into before it is appended to a grid, with
 * the helpers every chart kind shares (text that never overruns, marks,
 * the series styles, axes, legends), and the dot raster for lines. */
#ifndef CASCADE_CHART_CELLS_H
#define CASCADE_CHART_CELLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "view/chart.h"
#include "view/chart_axis.h"
#include "view/fit.h" /* text_width */
#include "view/glyph.h"
#include "view/grid.h"

/* ---- the block of cells (chart_cells.c) ---- */

struct cells {
	size_t w, h;           /* in cells */
	enum charset cs;
	struct cell *c;        /* owned, w * h, row-major */
};

int cells_init(struct cells *b, size_t w, size_t h, enum charset cs);
void cells_free(struct cells *b);
/* The cell at (row, col), or NULL outside the block. */
struct cell *cells_at(struct cells *b, size_t row, size_t col);
void cells_mark(struct cells *b, size_t row, size_t col, uint32_t mark,
                enum role role);
/* Writes UTF-8 text s at (row, col) in at most maxw cells; text that is
 * too long ends with an ellipsis.  Returns the cells written. */
size_t cells_text(struct cells *b, size_t row, size_t col, size_t maxw,
                  const char *s, enum role role);
/* As cells_text, but right-aligned so that the text ends before col end. */
size_t cells_text_right(struct cells *b, size_t row, size_t end, size_t maxw,
                        const char *s, enum role role);
/* Rows text s takes when wrapped at spaces into width w. */
size_t text_wrap_rows(const char *s, size_t w);
/* Draws s wrapped at spaces into rows rows of b from row. */
void cells_text_wrapped(struct cells *b, size_t row, size_t rows, const char *s,
                        enum role role);
/* Appends the block to g, one line per row, each exactly w cells. */
int cells_emit(const struct cells *b, struct grid *g);
/* One line saying why nothing was drawn ("chart too small: ..."). */
int chart_note_line(struct grid *g, size_t width, const char *msg);

/* ---- series styles (chart_cells.c): the one list ---- */

#define STYLE_FAINT 4          /* a previous run drawn as one (bars, bins) */
#define STYLE_COUNT 9

struct series_style {
	enum role role;
	uint32_t point;        /* MARK_POINT + n: the cell mark (ASCII/blocks) */
	uint8_t dash;          /* Braille: bit i of the pattern, dot i mod 8 */
	uint32_t fill;         /* bars of this series */
};

/* A style slot: series i draws in slot i % 4, series i of a pinned run
 * in STYLE_PINNED(i) (its own mark and colour, dimmed, a thinner dash),
 * a previous run drawn as one in STYLE_FAINT.  Slots are also the bits
 * of struct dots. */
#define SERIES_SLOT(i) ((unsigned)((i) % 4))
#define STYLE_PINNED(i) (5u + (unsigned)((i) % 4))
const struct series_style *series_style(unsigned slot);

/* ---- dots for lines (chart_dots.c) ---- */

struct dots {
	size_t cols, rows;     /* the plot area, in cells */
	unsigned sx, sy;       /* dots per cell: 2x4 Braille, 1x1 otherwise */
	uint16_t *d;           /* (cols*sx) x (rows*sy); bit s set: style s */
	unsigned phase;        /* position in the dash pattern */
};

int dots_init(struct dots *d, size_t cols, size_t rows, enum charset cs);
void dots_free(struct dots *d);
/* Sets dot (x, y), y counted from the bottom, for style s. */
void dots_set(struct dots *d, long x, long y, unsigned s);
/* A line from (x0, y0) to (x1, y1) in dots, dashed by the style. */
void dots_line(struct dots *d, long x0, long y0, long x1, long y1, unsigned s);
/* Draws the set dots into b with top-left cell (top, left): Braille
 * patterns, or the style's point mark; the lowest style on top.  When
 * only_blank, cells already drawn are kept. */
void dots_render(const struct dots *d, struct cells *b, size_t top,
                 size_t left, bool only_blank);

/* Plots series (x[i], y[i]) as a line in style s: segments between
 * consecutive placeable points, a lone dot where a point has no placeable
 * neighbour.  Returns how many points could not be placed. */
size_t dots_series(struct dots *d, const struct axis *ax, const struct axis *ay,
                   const double *x, const double *y, size_t n, unsigned s);

#endif
