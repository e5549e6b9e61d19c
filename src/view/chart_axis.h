/* chart_axis.h — private to the chart layer: numbers for people, value
 * ranges, scales (linear or log) and "nice" ticks with labels that fit.
 *
 * Nothing here knows about cells beyond an axis's length; the drawing of
 * axes onto cells is chart_frame.c's. */
#ifndef CASCADE_CHART_AXIS_H
#define CASCADE_CHART_AXIS_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>

/* Values a chart can place: finite and not absurdly large (beyond 1e300
 * differences overflow); everything else is counted and noted. */
static inline bool value_ok(double v)
{
	return isfinite(v) && fabs(v) <= 1e300;
}

/* ---- numbers (chart_numfmt.c) ---- */

enum numfmt_style {
	NUMFMT_SPACED,  /* prose and values: "12 k", "3.4 M" */
	NUMFMT_COMPACT, /* tick labels: "12k", "3.4M" */
};

/* Three significant digits with an SI suffix (k, M, G, T); "1.2e-4" below
 * 0.001; "n/a", "inf", "-inf" for the rest.  NUL-ended, truncated to size. */
void numfmt_people(char *buf, size_t size, double v, enum numfmt_style st);
/* Whole numbers below ten million with thousands separators ("10,000"),
 * anything else as numfmt_people (numtext_count). */
void numfmt_count(char *buf, size_t size, double v);
/* v with its unit for prose: "12 k cells", "5.5 µm", "0.02 %"; a unit of
 * "fraction" is shown as a percentage. */
void numfmt_value(char *buf, size_t size, double v, const char *unit);
/* The time_base for an axis in unit: 60 for "s" and "min", 24 for "h",
 * 0 for anything else. */
unsigned numfmt_time_base(const char *unit);
/* A duration in unit ("s", "min", "h", "d") re-expressed in the unit that
 * reads best: 0.63 h -> "38 min", 300 min -> "5 h". */
void numfmt_duration(char *buf, size_t size, double v, const char *unit);

/* ---- ranges and scales (chart_scale.c) ---- */

/* What a set of values holds; fed one value at a time. */
struct range {
	double min, max;       /* over finite values (NAN while there are none) */
	double minpos;         /* smallest value > 0 (NAN if none) */
	size_t finite;         /* finite values seen */
	size_t nonfinite;      /* NaN and infinities */
	size_t nonpos;         /* finite values <= 0 */
	bool integral;         /* every finite value is a whole number */
};

void range_init(struct range *r);
void range_add(struct range *r, double v);
void range_merge(struct range *into, const struct range *r);
/* True when the positive values span more than three decades. */
bool range_spans_decades(const struct range *r);

struct scale {
	double lo, hi;         /* lo < hi always; both > 0 when log */
	bool log;
};

/* A scale that holds r.  Empty ranges give 0..1 (1..10 on log); a single
 * value gets room around it; include_zero pulls a linear lo or hi to 0.
 * On log, only the positive values count (the caller notes the others). */
void scale_from_range(struct scale *s, const struct range *r, bool log,
                      bool include_zero);
/* Where v falls: 0 at lo, 1 at hi (may lie outside); NAN when v cannot
 * be placed (not finite, or <= 0 on log). */
double scale_frac(const struct scale *s, double v);

/* ---- axes and ticks (chart_ticks.c) ---- */

#define TICKS_MAX 24
#define TICK_LABEL_MAX 12

enum axis_dir {
	AXIS_VERTICAL,   /* labels one per row, to the left */
	AXIS_HORIZONTAL, /* labels side by side, below */
};

struct axis {
	struct scale sc;
	enum axis_dir dir;
	size_t cells;          /* length in cells */
	unsigned sub;          /* dots per cell along the axis (1, 2 or 4) */
	size_t slack_lo;       /* cells a label may reach past the low end */
	size_t slack_hi;       /* ... and past the high end */
	unsigned time_base;    /* 60 (s, min) or 24 (h): prefer steps that
	                        * divide the next unit (15, 30, 60; 6, 12, 24) */
	bool base_on_axis;     /* columns stand on the x axis line: a tick at
	                        * the low end labels that line, not the row */
	size_t n;              /* ticks chosen */
	double v[TICKS_MAX];   /* their values, ascending */
	char label[TICKS_MAX][TICK_LABEL_MAX];
};

/* The dot (0 at the low end, up to cells*sub - 1) where v falls, or -1
 * when it cannot be placed or lies outside the axis. */
long axis_dot(const struct axis *a, double v);
/* The cell holding axis_dot(v), or -1. */
long axis_cell(const struct axis *a, double v);

/* Chooses ticks for a (whose sc, dir, cells, sub and slack are set): the
 * densest "nice" set (1, 2, 2.5, 5 x 10^k; decades on log) whose labels
 * neither overlap nor crowd.  loose widens a->sc to the outer ticks (log
 * scales are always widened to whole decades); integer refuses steps
 * below 1.  May leave a->n at 0 when not even two labels fit. */
void axis_ticks(struct axis *a, bool loose, bool integer);
/* Where label i starts, in cells from the axis's low end (negative:
 * into the low slack); only for AXIS_HORIZONTAL. */
long axis_label_start(const struct axis *a, size_t i);
/* The widest tick label, in cells. */
size_t axis_label_width(const struct axis *a);

#endif
