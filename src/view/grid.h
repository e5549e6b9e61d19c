/* grid.h — the one model of the screen: lines of styled cells.
 *
 * Owns: struct cell, struct line, struct grid, the roles (what a cell is,
 * not how it looks) and the abstract marks (bullets, rules, frames, chart
 * dots) that a glyph table turns into characters per charset.  The TUI
 * paints a grid with curses, the CLI prints it to stdout; neither lays
 * anything out.  No curses here. */
#ifndef CASCADE_GRID_H
#define CASCADE_GRID_H

#include <stddef.h>
#include <stdint.h>

/* What a cell means; a theme maps each role to colour and attributes. */
#define ROLE_LIST(_) \
	_(TEXT)          \
	_(HEADING)       \
	_(TITLE)         \
	_(EMPH)          \
	_(STRONG)        \
	_(CODE)          \
	_(LINK)          \
	_(QUOTE)         \
	_(RULE)          \
	_(BULLET)        \
	_(FRAME)         \
	_(SIM)           \
	_(QUIZ)          \
	_(GLOSSARY)      \
	_(MATCH)         \
	_(CHART_AXIS)    \
	_(CHART_LABEL)   \
	_(CHART_TITLE)   \
	_(CHART_S1)      \
	_(CHART_S2)      \
	_(CHART_S3)      \
	_(CHART_S4)      \
	_(CHART_FAINT)   \
	_(CHART_MARK)    \
	_(STATUS)        \
	_(NOTICE)        \
	_(CHART_P1)      \
	_(CHART_P2)      \
	_(CHART_P3)      \
	_(CHART_P4)

#define ROLE_ENUM(name) ROLE_##name,
enum role { ROLE_LIST(ROLE_ENUM) ROLE__COUNT };
#undef ROLE_ENUM

const char *role_name(enum role r);

/* Abstract marks: a cell with CELL_MARK set holds one of these in ch
 * instead of a code point.  glyph.h maps them to characters. */
enum mark {
	MARK_NONE = 0,
	MARK_BULLET,       /* list bullet: • or * */
	MARK_RULE,         /* thematic break / horizontal line: ─ or - */
	MARK_VLINE,        /* │ or | */
	MARK_CORNER_TL,    /* ┌ or + */
	MARK_CORNER_TR,
	MARK_CORNER_BL,
	MARK_CORNER_BR,
	MARK_TEE_LEFT,     /* ├ or + (axis tick on a vertical axis) */
	MARK_TEE_UP,       /* ┴ or + (axis tick on a horizontal axis) */
	MARK_ELLIPSIS,     /* … or ... (one cell: ~) */
	MARK_QUOTE_BAR,    /* ▌ or > beside block quotes */
	MARK_DOT,          /* a plotted point (ASCII: series mark) */
	MARK_SHADE_1,      /* heat-map shades, light to dark: ░ ▒ ▓ █ */
	MARK_SHADE_2,
	MARK_SHADE_3,
	MARK_SHADE_4,
	MARK_VDASH,        /* a marked value across a chart: ┊ or : */
	MARK_CURSOR,       /* the time a playing run has reached: ▲ or ^ */
	MARK_POINT,        /* +0..4: series marks on a line chart, series 1..4
	                    * then a faint "previous run": • ◦ ▪ × · / * o + x .
	                    * +5..8: series 1..4 of a pinned run, each a lighter
	                    * twin of its series' mark: · ° ▫ + / . ' : , */
	MARK_COLUMN_EIGHTHS = MARK_POINT + 9, /* +0..8: lower eighth blocks
	                    * ▁..█ for histogram columns; ASCII _ or # */
	MARK_SPARK = MARK_COLUMN_EIGHTHS + 9, /* +0..7: sparkline levels ▁..█;
	                    * ASCII by height: _ . - ^ */
	MARK_BAR_EIGHTHS = MARK_SPARK + 8,  /* +0..8: left eighth blocks ▏..█; ASCII: = */
	MARK_BRAILLE = MARK_BAR_EIGHTHS + 9, /* +0..255: dot pattern U+2800+n */
	MARK__END = MARK_BRAILLE + 256,
};

enum cell_flags {
	CELL_MARK = 1 << 0, /* ch is an enum mark, not a code point */
	CELL_CONT = 1 << 1, /* right half of a double-width character */
	CELL_BOLD = 1 << 2, /* extra emphasis on top of the role */
	CELL_UNDER = 1 << 3,
	CELL_REVERSE = 1 << 4,
};

struct cell {
	uint32_t ch;     /* Unicode code point, or enum mark with CELL_MARK */
	uint8_t role;    /* enum role */
	uint8_t flags;   /* enum cell_flags */
	uint16_t link;   /* 0 none, else 1 + index into the layout's targets */
};

/* How a line follows the one before it, so that a search can read a
 * paragraph across its wraps (search/ joins them with a space or nothing). */
enum line_join {
	LINE_HARD = 0,          /* a new block, a hard break, or not text */
	LINE_WRAPPED,           /* wrapped at a space between words */
	LINE_WRAPPED_IN_WORD,   /* a word too wide for the line was broken */
};

struct line {
	struct cell *cells; /* owned; len cells are in use */
	size_t len, cap;    /* in cells (columns), not bytes */
	uint8_t join;       /* enum line_join; grid_add_line() sets LINE_HARD */
};

struct grid {
	struct line *lines; /* owned */
	size_t len, cap;    /* in lines */
	size_t width;       /* the width laid out for, in columns */
};

/* All return 0 on success, -1 when memory runs out (the grid stays valid). */
void grid_init(struct grid *g, size_t width);
void grid_free(struct grid *g);
struct line *grid_add_line(struct grid *g);     /* NULL on ENOMEM */
int line_put(struct line *l, struct cell c);    /* appends one cell */
int line_append(struct line *l, const struct cell *c, size_t n); /* n cells */
/* Makes room for n cells in all, at once: a line of text, reserved at its
 * width, is one allocation of its size, not a doubling past it. */
int line_reserve(struct line *l, size_t n);
/* Sets column col (padding with blanks), for charts drawn at positions. */
int line_set(struct line *l, size_t col, struct cell c);
void line_free(struct line *l);

/* Initial capacities (in lines, in cells); the tests build with 1 so that
 * the growth code runs. */
#ifndef GRID_INITIAL_CAP
#define GRID_INITIAL_CAP 32
#endif

#endif
