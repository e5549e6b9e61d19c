/* chart_frame.h — private to the chart layer: the parts around a plot
 * (title, legend, axis titles, tick labels, note, stamp), the policy that
 * decides which of them to drop when the size is small, and drawing them
 * and the axes.  Every chart kind plans its frame here, so they all drop
 * things in the same order. */
#ifndef CASCADE_CHART_FRAME_H
#define CASCADE_CHART_FRAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "view/chart_cells.h"

/* ---- legends (chart_legend.c) ---- */

enum key_kind {
	KEY_LINE,   /* a line sample: the series mark, or a Braille dash */
	KEY_FILL,   /* a bar of the series' fill */
	KEY_MARK,   /* the given mark in the series' role */
	KEY_NOTE,   /* the given mark in ROLE_CHART_MARK (thresholds) */
	KEY_TEXT,   /* no key, only the text (a heat map's scale title) */
	KEY_PINNED, /* the keys of a pinned run's series, in series order */
};

#define LEGEND_MAX 8
#define LEGEND_TEXT 64

struct legend_item {
	enum key_kind kind;
	unsigned slot;               /* style slot */
	uint32_t mark;               /* KEY_MARK, KEY_NOTE */
	unsigned count;              /* KEY_PINNED: how many series */
	char text[LEGEND_TEXT];
};

struct legend {
	size_t n;
	struct legend_item it[LEGEND_MAX];
};

void legend_add(struct legend *lg, enum key_kind k, unsigned slot,
                uint32_t mark, const char *text);
/* One item for a pinned run of nseries line series: each series' pinned
 * key, in the order the legend lists the series, then text. */
void legend_add_pinned(struct legend *lg, size_t nseries, const char *text);
/* Cells used on the legend's last row at width w (wrapped as drawn). */
size_t legend_last_width(const struct legend *lg, size_t w, enum charset cs);
/* Rows the legend takes at width w, items wrapped onto as many as needed. */
size_t legend_rows(const struct legend *lg, size_t w, enum charset cs);
/* Draws the legend from row, wrapped onto rows rows, or onto one line
 * with the names shortened so that every key still shows. */
void legend_draw(struct cells *b, const struct legend *lg, size_t row,
                 size_t rows, bool one_line);

/* ---- the frame around the plot (chart_frame.c) ---- */

#define FRAME_TEXT 160
#define FRAME_COMFORT_ROWS 12 /* below this, short lines share rows */

/* What a chart would like around its plot. */
struct frame_want {
	const char *title;           /* "" for none */
	const struct legend *legend; /* may be NULL */
	char ytitle[FRAME_TEXT];     /* "cells alive (cells, log scale)" or "" */
	bool log_scale;              /* the value axis is log: when its title
	                              * is dropped, the chart's title says so */
	char xtitle[FRAME_TEXT];     /* "time (h)" or "" */
	char note[FRAME_TEXT];       /* a warning about the data, or "" */
	char stamp[FRAME_TEXT];      /* how to reproduce the chart, or "" */
	bool xaxis;                  /* an axis line under the plot */
	bool xticks;                 /* tick labels under it */
	size_t label_w;              /* widest label left of the axis */
	bool labels_needed;          /* bars: shorten the labels, never drop them */
	bool legend_needed;          /* several series: squeeze the plot instead */
	size_t right_w;              /* cells right of the plot (bar values) */
	size_t min_rows, min_cols;   /* the smallest plot worth drawing */
	size_t max_rows;             /* rows the plot can use; 0: any */
};

/* Where everything went.  A part that was dropped has its flag false. */
struct frame {
	size_t w, h;
	bool title, legend, legend_one_line, ytitle, xaxis, xticks, xtitle,
	     note, stamp, labels;
	bool ytitle_joined, note_joined; /* on the legend's, x title's row */
	size_t legend_rows, stamp_rows;
	size_t row_title, row_legend, row_ytitle, plot_top, plot_rows,
	       row_xaxis, row_xticks, row_xtitle, row_note, row_stamp;
	size_t label_w;              /* cells for the left labels */
	size_t axis_col;             /* the vertical axis line */
	size_t plot_left, plot_cols; /* the plot area's columns */
};

/* Plans the frame for width x height, dropping parts in the stated order
 * (see chart_frame.c) until the plot gets min_rows x min_cols.  Returns 0,
 * or -1 when even a bare plot does not fit. */
int frame_plan(struct frame *f, const struct frame_want *w, size_t width,
               size_t height, enum charset cs);
/* The rows the planned frame and its plot take (at most f->h). */
size_t frame_rows_used(const struct frame *f);
/* frame_plan for a plot with a value axis on the left: also chooses ay's
 * ticks (loose, from sc, sub dots per row) and sizes the labels to them. */
int frame_plan_y(struct frame *f, struct frame_want *w, size_t width,
                 size_t height, enum charset cs, struct axis *ay,
                 const struct scale *sc, unsigned sub, bool integer);
/* Draws the title, legend, axis titles, note and stamp that were kept. */
void frame_draw(struct cells *b, const struct frame *f,
                const struct frame_want *w);
/* The vertical axis line with ticks and (if kept) labels from ay. */
void frame_axis_y(struct cells *b, const struct frame *f,
                  const struct axis *ay);
/* The horizontal axis under the plot with ticks and labels from ax. */
void frame_axis_x(struct cells *b, const struct frame *f,
                  const struct axis *ax);
/* A message centred in the plot area ("no data"). */
void frame_plot_message(struct cells *b, const struct frame *f,
                        const char *msg);
/* Fills an axis for the frame's plot: vertical over its rows, horizontal
 * over its columns, with sub dots per cell and the label slack set. */
void frame_axis_init(struct axis *a, const struct frame *f, enum axis_dir dir,
                     const struct scale *sc, unsigned sub);

/* ---- words on a chart (chart_text.c) ---- */

/* "cells alive (cells, log scale)"; "" when title is NULL or empty. */
void text_axis_title(char *buf, size_t size, const char *title,
                     const char *unit, bool log);
/* A note about values that were not drawn, or "" when there are none:
 * "2 zeros not drawn (log scale); 1 NaN or infinite value skipped" (values
 * below 0, which no model gives, count as zeros). */
void text_data_note(char *buf, size_t size, size_t nonpos_on_log,
                    size_t nonfinite, bool log_impossible);
/* The title, stamp and axis titles of a result's chart. */
void text_want_result(struct frame_want *w, const struct sim_result *r,
                      const struct chart_opts *o, bool log);
/* The unit of a result's values: its first series' (or ""). */
const char *result_unit(const struct sim_result *r);

#endif
