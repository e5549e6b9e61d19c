/* chart_ticks.c — "nice" ticks: steps of 1, 2, 2.5 and 5 times a power
 * of ten on linear axes, decades (or 1-2-5 within them) on log axes, and
 * the test that their labels fit: one label per two rows on a vertical
 * axis, two blank cells between labels on a horizontal one.  The densest
 * candidate that fits wins. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/numtext.h"
#include "view/chart_axis.h"
#include "view/glyph.h"

long axis_dot(const struct axis *a, double v)
{
	double f = scale_frac(&a->sc, v), d;
	size_t n = a->cells * a->sub;

	if (isnan(f) || n == 0)
		return -1;
	d = f * (double)(n - 1);
	if (d < -0.5 || d > (double)n - 0.5)
		return -1;
	d = floor(d + 0.5);
	if (d < 0)
		d = 0;
	if (d > (double)(n - 1))
		d = (double)(n - 1);
	return (long)d;
}

long axis_cell(const struct axis *a, double v)
{
	long d = axis_dot(a, v);

	return d < 0 ? -1 : d / (long)a->sub;
}

static size_t label_len(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		w += ((unsigned char)*s & 0xc0) != 0x80; /* labels are ASCII */
	return w;
}

size_t axis_label_width(const struct axis *a)
{
	size_t w = 0;

	for (size_t i = 0; i < a->n; i++)
		if (label_len(a->label[i]) > w)
			w = label_len(a->label[i]);
	return w;
}

long axis_label_start(const struct axis *a, size_t i)
{
	long w = (long)label_len(a->label[i]);
	long c = axis_cell(a, a->v[i]);
	long start = c - w / 2;

	if (start + w > (long)(a->cells + a->slack_hi))
		start = (long)(a->cells + a->slack_hi) - w;
	if (start < -(long)a->slack_lo)
		start = -(long)a->slack_lo;
	return start;
}

/* Do the labels fit without overlapping or crowding? */
static bool labels_fit(const struct axis *a)
{
	long prev_end = 0;
	long min_rows = a->cells >= 4 ? 2 : 1;

	for (size_t i = 0; i < a->n; i++) {
		long c = axis_cell(a, a->v[i]);

		if (c < 0)
			return false;
		if (a->dir == AXIS_VERTICAL) {
			if (i > 0 && c - axis_cell(a, a->v[i - 1]) < min_rows)
				return false;
			continue;
		}
		long start = axis_label_start(a, i);
		long w = (long)label_len(a->label[i]);

		if (start + w > (long)(a->cells + a->slack_hi) || start < -(long)a->slack_lo)
			return false;
		if (i > 0 && start < prev_end + 2)
			return false;
		prev_end = start + w;
	}
	return true;
}

/* About one tick per four rows or ten columns; at least three, so that a
 * range across zero (-50, 0, 50) or a flat one (400, 500, 600) can still
 * be labelled, while labels_fit() keeps short axes from crowding. */
static size_t target_count(const struct axis *a)
{
	size_t t = a->dir == AXIS_VERTICAL ? a->cells / 4 + 1 : a->cells / 10 + 1;

	if (t < 3)
		t = 3;
	return t > TICKS_MAX ? TICKS_MAX : t;
}

/* Each tick in its own people's format ("0, 500, 1k"), when that shows
 * every tick exactly; false when it would round some (100.5k). */
static bool label_people(struct axis *a, double step)
{
	for (size_t i = 0; i < a->n; i++) {
		char *end;

		numfmt_people(a->label[i], TICK_LABEL_MAX, a->v[i], NUMFMT_COMPACT);
		double back = strtod(a->label[i], &end);
		double scale = *end == 'k' ? 1e3 : *end == 'M' ? 1e6 : *end == 'G' ? 1e9
		             : *end == 'T' ? 1e12 : 1;

		if (*end && strchr("kMGT", *end) == NULL)
			return false; /* "1.2e-4": leave those to the axis-wide form */
		if (fabs(back * scale - a->v[i]) > step * 1e-6)
			return false;
	}
	return true;
}

/* Labels for ticks step apart: each in people's format where that is
 * exact, else one SI suffix for the whole axis, chosen from the largest
 * tick, with as many decimals as the step needs. */
static void label_linear(struct axis *a, double step)
{
	static const struct {
		double scale;
		const char *suffix;
	} pre[] = { { 1e12, "T" }, { 1e9, "G" }, { 1e6, "M" }, { 1e3, "k" } };
	double maxabs = 0, scale = 1;
	const char *suffix = "";
	int d = 0;

	if (label_people(a, step))
		return;
	for (size_t i = 0; i < a->n; i++)
		maxabs = fmax(maxabs, fabs(a->v[i]));
	if ((maxabs > 0 && maxabs < 1e-3) || maxabs >= 1e15) {
		for (size_t i = 0; i < a->n; i++)
			numfmt_people(a->label[i], TICK_LABEL_MAX, a->v[i], NUMFMT_COMPACT);
		return;
	}
	for (size_t i = 0; i < sizeof pre / sizeof *pre; i++) {
		if (maxabs >= pre[i].scale) {
			scale = pre[i].scale;
			suffix = pre[i].suffix;
			break;
		}
	}
	for (d = 0; d < 6; d++) {
		double x = step / scale * pow(10, d);

		if (fabs(x - floor(x + 0.5)) < 1e-6 * x)
			break;
	}
	for (size_t i = 0; i < a->n; i++) {
		/* Room for the number and its one-letter suffix. */
		char num[TICK_LABEL_MAX - 1];

		snprintf(num, sizeof num, "%.*f", d, a->v[i] / scale);
		numtext_trim_zeros(num);
		if (strcmp(num, "-0") == 0 || strcmp(num, "0") == 0)
			snprintf(a->label[i], TICK_LABEL_MAX, "0");
		else
			snprintf(a->label[i], TICK_LABEL_MAX, "%s%.1s", num, suffix);
	}
}

static bool try_linear(struct axis *a, double step, bool loose, size_t target)
{
	struct axis t = *a;
	double first, last;
	long n;

	first = loose ? floor(a->sc.lo / step + 1e-9) * step
	              : ceil(a->sc.lo / step - 1e-9) * step;
	last = loose ? ceil(a->sc.hi / step - 1e-9) * step
	             : floor(a->sc.hi / step + 1e-9) * step;
	n = lround((last - first) / step) + 1;
	if (n < 1 || (size_t)n > target)
		return false;
	if (loose && last > first) {
		t.sc.lo = first;
		t.sc.hi = last;
	}
	t.n = (size_t)n;
	for (long i = 0; i < n; i++) {
		double v = first + (double)i * step;

		t.v[i] = fabs(v) < step * 1e-9 ? 0 : v;
	}
	label_linear(&t, step);
	if (!labels_fit(&t))
		return false;
	*a = t;
	return true;
}

/* Steps that read as times: minutes (or seconds) by quarter and half
 * hours, hours by quarter and half days. */
static bool ticks_time(struct axis *a, bool loose, size_t target)
{
	static const double by60[] = { 1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240,
	                               360, 480, 720, 1440, 2880, 4320, 10080 };
	static const double by24[] = { 1, 2, 3, 6, 12, 24, 48, 72, 96, 168, 336 };
	const double *steps = a->time_base == 60 ? by60 : by24;
	size_t n = a->time_base == 60 ? sizeof by60 / sizeof *by60
	                              : sizeof by24 / sizeof *by24;
	double span = a->sc.hi - a->sc.lo;

	for (size_t i = 0; i < n; i++)
		if (span / steps[i] <= TICKS_MAX && try_linear(a, steps[i], loose, target))
			return true;
	return false;
}

static void ticks_linear(struct axis *a, bool loose, bool integer)
{
	static const double mant[] = { 1, 2, 2.5, 5 };
	double span = a->sc.hi - a->sc.lo;
	size_t target = target_count(a);
	int e0 = (int)floor(log10(span / TICKS_MAX));

	if ((a->time_base == 60 || a->time_base == 24) && span >= 2 &&
	    ticks_time(a, loose, target))
		return;

	for (int e = e0; e <= e0 + 4; e++) {
		for (size_t m = 0; m < sizeof mant / sizeof *mant; m++) {
			double step = mant[m] * pow(10, e);

			if (integer && (step < 1 || step != floor(step)))
				continue;
			if (try_linear(a, step, loose, target))
				return;
		}
	}
	a->n = 0;
}

/* Decades in people's format, as every other number: "1", "10", "1k",
 * "1M", "1G" (never "1e9"). */
static void label_log(struct axis *a)
{
	for (size_t i = 0; i < a->n; i++)
		numfmt_people(a->label[i], TICK_LABEL_MAX, a->v[i], NUMFMT_COMPACT);
}

static bool try_log(struct axis *a, int every, const double *mants, size_t nm,
                    size_t target)
{
	struct axis t = *a;
	int d0 = (int)floor(log10(a->sc.lo) + 1e-9), d1 = (int)floor(log10(a->sc.hi) + 1e-9);

	t.n = 0;
	for (int e = d0; e <= d1; e++) {
		if (((e % every) + every) % every != 0)
			continue;
		for (size_t m = 0; m < nm; m++) {
			double v = mants[m] * pow(10, e);

			if (v > a->sc.hi * (1 + 1e-9))
				break;
			if (v < a->sc.lo * (1 - 1e-9))
				continue;
			if (t.n == TICKS_MAX || t.n >= target)
				return false;
			t.v[t.n++] = v;
		}
	}
	if (t.n < 2 && every > 1)
		return false;
	label_log(&t);
	if (!labels_fit(&t))
		return false;
	*a = t;
	return true;
}

/* v rounded down (or up) to 1, 2 or 5 times a power of ten. */
static double round125(double v, bool up)
{
	static const double m[] = { 1, 2, 5, 10 };
	double p = pow(10, floor(log10(v) + 1e-9));

	if (up) {
		for (size_t i = 0; i < 4; i++)
			if (m[i] * p >= v * (1 - 1e-9))
				return m[i] * p;
		return 10 * p;
	}
	for (size_t i = 4; i-- > 0;)
		if (m[i] * p <= v * (1 + 1e-9))
			return m[i] * p;
	return p;
}

static void ticks_log(struct axis *a)
{
	static const double m125[] = { 1, 2, 5 }, m13[] = { 1, 3 }, m1[] = { 1 };
	static const int every[] = { 1, 2, 3, 4, 5, 10, 20, 50, 100 };
	size_t target = target_count(a);

	/* widen to 1, 2 or 5 x 10^k, not to whole decades: a decade of
	 * empty rows above the data is a waste at 20 rows */
	a->sc.lo = round125(a->sc.lo, false);
	a->sc.hi = round125(a->sc.hi, true);
	if (a->sc.hi <= a->sc.lo)
		a->sc.hi = a->sc.lo * 10;
	if (try_log(a, 1, m125, 3, target) || try_log(a, 1, m13, 2, target))
		return;
	for (size_t i = 0; i < sizeof every / sizeof *every; i++)
		if (try_log(a, every[i], m1, 1, target))
			return;
	a->n = 0;
}

void axis_ticks(struct axis *a, bool loose, bool integer)
{
	a->n = 0;
	if (a->cells == 0 || a->sub == 0)
		return;
	if (a->sc.log)
		ticks_log(a);
	else
		ticks_linear(a, loose, integer);
}
