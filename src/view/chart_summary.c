/* chart_summary.c — one line of words per chart, for screen readers and
 * plain output: "single cells: down from 10,000 to 13 in 4 h; half-life
 * 25 min".  Each kind says what a reader would look for first: trends
 * and half-lives for lines, extremes for bars, throughput for funnels,
 * the share beyond the threshold for histograms, the spread for bands. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view/chart_frame.h"
#include "view/chart_kinds.h"

#define PART 200

/* Appends "; " and the formatted text to buf. */
static void add(char *buf, size_t size, const char *text)
{
	size_t n = strlen(buf);

	if (n + 1 < size)
		snprintf(buf + n, size - n, "%s%s", n ? "; " : "", text);
}

static const char *name_of(const struct sim_series *s, const char *fallback)
{
	return s->name[0] ? s->name : fallback && *fallback ? fallback : "values";
}

/* The x at which y first crosses level going from index 0 onwards. */
static double crossing(const double *x, const double *y, size_t n, double level,
                       bool down)
{
	for (size_t i = 1; i < n; i++) {
		double a = y[i - 1], b = y[i];

		if (!value_ok(a) || !value_ok(b))
			continue;
		if (down ? (a > level && b <= level) : (a < level && b >= level)) {
			double f = (a - level) / (a - b);
			double x0 = x ? x[i - 1] : (double)(i - 1), x1 = x ? x[i] : (double)i;

			return x0 + f * (x1 - x0);
		}
	}
	return NAN;
}

static double peak(const double *y, size_t n, size_t *at)
{
	double m = NAN;

	for (size_t i = 0; i < n; i++)
		if (value_ok(y[i]) && (isnan(m) || y[i] > m)) {
			m = y[i];
			*at = i;
		}
	return m;
}

/* "single cells: down from 10,000 to 13 in 4 h; half-life 25 min". */
static void trend(char *out, size_t size, const char *name, const double *x,
                  const double *y, size_t n, const char *x_unit)
{
	size_t first = n, last = n, at = 0;
	char a[32], b[32], t[32], h[32];
	double y0, y1, top;

	for (size_t i = 0; i < n; i++)
		if (value_ok(y[i]) && (!x || value_ok(x[i]))) {
			first = first == n ? i : first;
			last = i;
		}
	if (first == n) {
		snprintf(out, size, "%s: no data", name);
		return;
	}
	y0 = y[first];
	y1 = y[last];
	numfmt_count(a, sizeof a, y0);
	numfmt_count(b, sizeof b, y1);
	numfmt_duration(t, sizeof t, (x ? x[last] - x[first] : (double)(last - first)), x_unit);
	if (first == last) {
		numfmt_duration(t, sizeof t, x ? x[first] : (double)first, x_unit);
		snprintf(out, size, "%s: one value, %s at %s", name, a, t);
		return;
	}
	if (y1 < y0 - fabs(y0) * 0.05)
		snprintf(out, size, "%s: down from %s to %s in %s", name, a, b, t);
	else if (y1 > y0 + fabs(y0) * 0.05)
		snprintf(out, size, "%s: up from %s to %s in %s", name, a, b, t);
	else
		snprintf(out, size, "%s: steady near %s over %s", name, a, t);
	if (y0 > 0 && y1 <= y0 / 2) {
		double th = crossing(x, y, n, y0 / 2, true) - (x ? x[first] : (double)first);

		numfmt_duration(h, sizeof h, th, x_unit);
		snprintf(out + strlen(out), size - strlen(out), "; half-life %s", h);
	} else if (y0 > 0 && y1 >= 2 * y0) {
		double td = crossing(x, y, n, 2 * y0, false) - (x ? x[first] : (double)first);

		numfmt_duration(h, sizeof h, td, x_unit);
		snprintf(out + strlen(out), size - strlen(out), "; doubles in %s", h);
	}
	top = peak(y, n, &at);
	if (top > 1.2 * fmax(y0, y1) && at != first && at != last) {
		numfmt_count(a, sizeof a, top);
		numfmt_duration(t, sizeof t, x ? x[at] : (double)at, x_unit);
		snprintf(out + strlen(out), size - strlen(out), "; peak %s at %s", a, t);
	}
}

static void summary_line(char *buf, size_t size, const struct sim_result *r)
{
	char part[PART];

	for (size_t s = 0; s < r->nseries; s++) {
		const struct sim_series *se = &r->series[s];

		trend(part, sizeof part, name_of(se, r->y_title), se->x, se->y, se->len,
		      r->x_unit);
		add(buf, size, part);
	}
}

static void summary_bars(char *buf, size_t size, const struct sim_result *r)
{
	char part[PART], a[32], b[32];

	for (size_t s = 0; s < r->nseries; s++) {
		const struct sim_series *se = &r->series[s];
		size_t hi = se->len, lo = se->len;

		for (size_t i = 0; i < se->len; i++) {
			if (!value_ok(se->y[i]))
				continue;
			hi = hi == se->len || se->y[i] > se->y[hi] ? i : hi;
			lo = lo == se->len || se->y[i] < se->y[lo] ? i : lo;
		}
		if (hi == se->len) {
			snprintf(part, sizeof part, "%s: no data", name_of(se, r->y_title));
		} else if (se->y[hi] == se->y[lo]) {
			numfmt_value(a, sizeof a, se->y[hi], se->unit);
			snprintf(part, sizeof part, "%s%s%zu bar%s, all %s",
			         r->nseries > 1 ? se->name : "", r->nseries > 1 ? ": " : "",
			         se->len, se->len == 1 ? "" : "s", a);
		} else {
			numfmt_value(a, sizeof a, se->y[hi], se->unit);
			numfmt_value(b, sizeof b, se->y[lo], se->unit);
			snprintf(part, sizeof part, "%s%s%s highest (%s), %s lowest (%s) of %zu",
			         r->nseries > 1 ? se->name : "", r->nseries > 1 ? ": " : "",
			         se->labels && se->labels[hi] ? se->labels[hi] : "?", a,
			         se->labels && se->labels[lo] ? se->labels[lo] : "?", b, se->len);
		}
		add(buf, size, part);
	}
}

static void summary_funnel(char *buf, size_t size, const struct sim_result *r)
{
	char part[PART], a[32], b[32], c[32];

	for (size_t s = 0; s < r->nseries; s++) {
		const struct sim_series *se = &r->series[s];
		double y0, y1;

		if (se->len == 0) {
			add(buf, size, "no stages");
			continue;
		}
		y0 = se->y[0];
		y1 = se->y[se->len - 1];
		numfmt_people(a, sizeof a, y0, NUMFMT_SPACED);
		numfmt_people(b, sizeof b, y1, NUMFMT_SPACED);
		snprintf(part, sizeof part, "%s%s%s %s (%s) to %s (%s)",
		         r->nseries > 1 ? se->name : "", r->nseries > 1 ? ": " : "",
		         r->nseries > 1 ? "from" : "From", a,
		         se->labels && se->labels[0] ? se->labels[0] : "first stage", b,
		         se->labels && se->labels[se->len - 1] ? se->labels[se->len - 1]
		                                               : "last stage");
		if (value_ok(y0) && value_ok(y1) && y1 > 0 && y0 > y1) {
			numfmt_people(c, sizeof c, y0 / y1, NUMFMT_SPACED);
			snprintf(part + strlen(part), sizeof part - strlen(part),
			         ": 1 in %s gets through %zu stages", c, se->len);
		} else if (value_ok(y1) && y1 <= 0) {
			snprintf(part + strlen(part), sizeof part - strlen(part),
			         ": none get through");
		}
		add(buf, size, part);
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void summary_hist(char *buf, size_t size, const struct sim_result *r)
{
	const struct sim_series *se = r->nseries ? &r->series[0] : NULL;
	char part[PART], a[32], b[32], m[32], t[32];
	size_t k = 0, above = 0;
	double *v = se && se->len ? malloc(se->len * sizeof *v) : NULL;

	for (size_t i = 0; v && i < se->len; i++)
		if (value_ok(se->y[i])) {
			v[k++] = se->y[i];
			above += value_ok(r->threshold) && se->y[i] > r->threshold;
		}
	if (k == 0) {
		add(buf, size, "no samples");
		free(v);
		return;
	}
	qsort(v, k, sizeof *v, cmp_double);
	numfmt_value(a, sizeof a, v[0], "");
	numfmt_value(b, sizeof b, v[k - 1], r->x_unit);
	numfmt_value(m, sizeof m, k % 2 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2, r->x_unit);
	if (v[0] == v[k - 1])
		snprintf(part, sizeof part, "%zu %s, all %s", k, name_of(se, "samples"), b);
	else
		snprintf(part, sizeof part, "%zu %s from %s to %s, median %s", k,
		         name_of(se, "samples"), a, b, m);
	add(buf, size, part);
	if (value_ok(r->threshold)) {
		numfmt_value(t, sizeof t, r->threshold, r->x_unit);
		numfmt_people(a, sizeof a, 100.0 * (double)above / (double)k, NUMFMT_SPACED);
		snprintf(part, sizeof part, "%s %% above the threshold %s", a, t);
		add(buf, size, part);
	}
	free(v);
}

/* Values a chart of r could not draw, in words. */
static void summary_note(char *buf, size_t size, const struct sim_result *r)
{
	struct range ry;
	char note[FRAME_TEXT];
	bool log;

	range_init(&ry);
	for (size_t s = 0; s < r->nseries; s++)
		for (size_t i = 0; i < r->series[s].len; i++)
			range_add(&ry, r->series[s].y[i]);
	log = r->kind != SIM_CHART_HISTOGRAM &&
	      (r->y_log || r->kind == SIM_CHART_FUNNEL || range_spans_decades(&ry));
	text_data_note(note, sizeof note, log && !isnan(ry.minpos) ? ry.nonpos : 0,
	               ry.nonfinite, log && isnan(ry.minpos) && ry.finite > 0);
	if (!note[0])
		return;
	size_t n = strlen(buf);

	if (n > 0 && buf[n - 1] == '.') /* after the model's own sentence, another */
		snprintf(buf + n, size - n, " %s.", note);
	else
		add(buf, size, note);
}

void chart_summary(char *buf, size_t size, const struct sim_result *r)
{
	if (size == 0)
		return;
	buf[0] = '\0';
	if (!r || r->nseries == 0) {
		snprintf(buf, size, "no data");
		return;
	}
	if (r->summary[0]) {
		snprintf(buf, size, "%s", r->summary);
		summary_note(buf, size, r);
		return;
	}
	switch (r->kind) {
	case SIM_CHART_BAR:
		summary_bars(buf, size, r);
		break;
	case SIM_CHART_FUNNEL:
		summary_funnel(buf, size, r);
		break;
	case SIM_CHART_HISTOGRAM:
		summary_hist(buf, size, r);
		break;
	case SIM_CHART_LINE:
	default:
		summary_line(buf, size, r);
		break;
	}
	summary_note(buf, size, r);
}

void chart_summary_band(char *buf, size_t size, const struct sim_result *runs,
                        size_t nruns)
{
	char part[PART], name[64], a[32], b[32];
	struct band_stats st;

	if (size == 0)
		return;
	buf[0] = '\0';
	for (size_t s = 0; runs && nruns && s < runs[0].nseries; s++) {
		if (band_stats_compute(&st, runs, nruns, s))
			break;
		snprintf(name, sizeof name, "median %s", name_of(&runs[0].series[s], "values"));
		trend(part, sizeof part, name, st.x, st.p50, st.n, runs[0].x_unit);
		add(buf, size, part);
		if (nruns > 1 && st.n > 0 && value_ok(st.p10[st.n - 1])) {
			numfmt_count(a, sizeof a, st.p10[st.n - 1]);
			numfmt_count(b, sizeof b, st.p90[st.n - 1]);
			snprintf(part, sizeof part, "10-90 %% at the end %s to %s", a, b);
			add(buf, size, part);
		}
		band_stats_free(&st);
	}
	snprintf(part, sizeof part, nruns == 1 ? "1 run, so no spread" : "%zu runs", nruns);
	add(buf, size, nruns ? part : "no runs");
}

void chart_summary_heatmap(char *buf, size_t size, const struct chart_heatmap *h)
{
	size_t lo = 0, hi = 0, k = 0;
	char a[32], b[32], xl[32], yl[32], xh[32], yh[32];

	if (size == 0)
		return;
	for (size_t i = 0; h && h->z && i < h->nx * h->ny; i++) {
		if (!value_ok(h->z[i]))
			continue;
		lo = k == 0 || h->z[i] < h->z[lo] ? i : lo;
		hi = k == 0 || h->z[i] > h->z[hi] ? i : hi;
		k++;
	}
	if (k == 0 || !h->xs || !h->ys) {
		snprintf(buf, size, "no data");
		return;
	}
	numfmt_people(a, sizeof a, h->z[lo], NUMFMT_SPACED);
	numfmt_people(b, sizeof b, h->z[hi], NUMFMT_SPACED);
	numfmt_people(xl, sizeof xl, h->xs[lo % h->nx], NUMFMT_SPACED);
	numfmt_people(yl, sizeof yl, h->ys[lo / h->nx], NUMFMT_SPACED);
	numfmt_people(xh, sizeof xh, h->xs[hi % h->nx], NUMFMT_SPACED);
	numfmt_people(yh, sizeof yh, h->ys[hi / h->nx], NUMFMT_SPACED);
	snprintf(buf, size, "%s from %s (%s %s, %s %s) to %s (%s %s, %s %s) over %zu of %zu runs",
	         h->z_title ? h->z_title : "outcome", a,
	         h->x_title ? h->x_title : "x", xl, h->y_title ? h->y_title : "y", yl, b,
	         h->x_title ? h->x_title : "x", xh, h->y_title ? h->y_title : "y", yh,
	         k, h->nx * h->ny);
}

void chart_summary_at(char *buf, size_t size, const struct sim_result *r, size_t i)
{
	char when[48], num[48], part[PART];
	const struct sim_series *s0;

	if (size == 0)
		return;
	buf[0] = '\0';
	if (!r || r->kind != SIM_CHART_LINE || r->nseries == 0 || i >= r->series[0].len) {
		chart_summary(buf, size, r);
		return;
	}
	s0 = &r->series[0];
	/* in the x axis's unit, to read against its ticks */
	numfmt_value(when, sizeof when, s0->x ? s0->x[i] : (double)i, r->x_unit);
	snprintf(buf, size, "At %s:", when);
	for (size_t k = 0; k < r->nseries; k++) {
		const struct sim_series *s = &r->series[k];
		size_t n = strlen(buf);

		if (i >= s->len || n + 1 >= size)
			continue;
		numfmt_count(num, sizeof num, s->y[i]);
		snprintf(part, sizeof part, "%s %s %s", k ? "," : "", name_of(s, NULL), num);
		snprintf(buf + n, size - n, "%s", part);
	}
}
