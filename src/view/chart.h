/* chart.h — drawing simulation series onto the cell grid.
 *
 * Owns: line, bar, histogram and log-scale funnel charts, bands over several
 * runs, heat maps of two-parameter sweeps, a class's vote, sparklines, axis ticks, number
 * formatting for people, the degrade-on-small-sizes policy, and one-line
 * text summaries.  Puts roles and abstract marks on cells; never curses. */
#ifndef CASCADE_CHART_H
#define CASCADE_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "sim/sim.h"
#include "view/glyph.h"
#include "view/grid.h"

struct chart_opts {
	size_t width, height;        /* the chart's size in cells (20..300, 5..100) */
	enum charset charset;
	bool stamp;                  /* add a line: model, non-default params, seed */
	const struct sim_result *previous; /* a pinned run drawn faint, or NULL */
	const char *previous_label;  /* legend text for it ("pinned: platelets=0") */
	bool no_title;               /* the caller shows the model's title */
	/* LINE charts: draw only the first upto points of each series (0:
	 * all); the axes still span the whole run, a mark on the x axis
	 * shows the last point drawn and the x axis title says its time. */
	size_t upto;
};

/* Appends exactly o->height lines of o->width cells (or one "too small"
 * line when the size cannot hold a chart) to g.  0 on success, -1 when
 * memory runs out. */
int chart_draw_result(struct grid *g, const struct sim_result *r,
                      const struct chart_opts *o);

/* The least height, o->height or more, at which r's chart (o's width)
 * draws every bar of a bar chart or funnel; 0 when any height will do
 * (lines, histograms) or none is enough.  Callers that can grow give the
 * chart this much. */
size_t chart_rows_wanted(const struct sim_result *r, const struct chart_opts *o);

/* A histogram's samples binned as its chart bins them (about 2 n^(1/3)
 * bins on 1-2-2.5-5 edges, max_bins at most): bin k spans lo + k * width
 * to lo + (k + 1) * width, and counts[s * n + k] is series s's count in
 * it.  counts is malloc'd (free it); 0 on success, -1 when memory runs
 * out. */
struct chart_bins {
	double lo, width;
	size_t n;
	size_t *counts;
};
int chart_hist_bins(const struct sim_result *r, size_t max_bins, struct chart_bins *b);

/* Several runs of one model with different seeds: the median and the 10th
 * to 90th percentile band of each series. */
int chart_draw_band(struct grid *g, const struct sim_result *runs, size_t nruns,
                    const struct chart_opts *o);

/* A two-parameter sweep: z[iy * nx + ix] is the outcome at (xs[ix], ys[iy]). */
struct chart_heatmap {
	const char *title;
	const char *x_title, *x_unit;
	const char *y_title, *y_unit;
	const char *z_title;
	size_t nx, ny;
	const double *xs, *ys, *z;
	const char *stamp;           /* how to make the sweep again, or NULL */
};
int chart_draw_heatmap(struct grid *g, const struct chart_heatmap *h,
                       const struct chart_opts *o);

/* A one-line sparkline of y[0..n) in width cells, appended to line l. */
int chart_sparkline(struct line *l, const double *y, size_t n, size_t width,
                    enum charset cs);

/* The same sparkline as UTF-8 (or ASCII) text in buf, for a status line;
 * returns the bytes written (NUL-terminated; cut if size is too small). */
size_t chart_sparkline_text(char *buf, size_t size, const double *y, size_t n,
                            size_t width, enum charset cs);

/* Numbers for people: "12 k", "3.4 M", "0.02 %"; writes to buf (NUL-ended). */
void chart_format_number(char *buf, size_t size, double v);
/* A time for people in a fitting unit, as the axes use: "80 min", "4 h",
 * "3 d"; unit is the value's own ("min", "h"). */
void chart_format_duration(char *buf, size_t size, double v, const char *unit);

/* A class's vote, counts only: the question, each option with a bar of
 * its share of the answers, and how many of those following answered. */
struct chart_vote {
	const char *heading;         /* "Quiz 2 of In the blood, put to the vote" */
	const char *question;        /* plain text */
	size_t noptions;             /* 2..26, lettered A.. */
	const char *const *options;  /* plain text of each */
	const uint32_t *counts;      /* answers to each */
	uint32_t answered;           /* followers who answered */
	size_t following;            /* followers in the class */
	bool revealed;               /* the right answer is shown */
	int right;                   /* its option */
};
/* Appends exactly height lines of width cells to g; 0, or -1 on ENOMEM. */
int chart_draw_vote(struct grid *g, const struct chart_vote *v, size_t width, size_t height,
                    enum charset cs);

/* The smallest size that gets a chart; smaller ones get one note line. */
#define CHART_MIN_WIDTH 20
#define CHART_MIN_HEIGHT 5

/* How to make r again: "cascade sim circulation platelets=0.8 --seed 42",
 * naming only the parameters that differ from their defaults. */
void chart_stamp(char *buf, size_t size, const struct sim_result *r);

/* One line for people, for screen readers and plain output: what the
 * chart shows ("single cells: down from 10,000 to 120 in 4 h; half-life
 * 38 min"), with a word on values that could not be drawn.  Uses the
 * model's own r->summary when it has one. */
void chart_summary(char *buf, size_t size, const struct sim_result *r);
/* The same for the moment a playing run has reached, point i of a LINE
 * result: "At 1 h 20 min: in blood 540, arrested alive 120, ..." (other
 * kinds, or i past the end: chart_summary). */
void chart_summary_at(char *buf, size_t size, const struct sim_result *r, size_t i);
void chart_summary_band(char *buf, size_t size, const struct sim_result *runs,
                        size_t nruns);
void chart_summary_heatmap(char *buf, size_t size,
                           const struct chart_heatmap *h);

#endif
