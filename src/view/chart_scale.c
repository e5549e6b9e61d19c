/* chart_scale.c — what a set of values spans (struct range) and how it
 * maps onto an axis (struct scale, linear or log), including the
 * degenerate sets: none, one value, all equal, nothing positive on log. */
#include <math.h>

#include "view/chart_axis.h"

void range_init(struct range *r)
{
	r->min = r->max = r->minpos = NAN;
	r->finite = r->nonfinite = r->nonpos = 0;
	r->integral = true;
}

void range_add(struct range *r, double v)
{
	if (!value_ok(v)) {
		r->nonfinite++;
		return;
	}
	if (r->finite == 0 || v < r->min)
		r->min = v;
	if (r->finite == 0 || v > r->max)
		r->max = v;
	r->finite++;
	if (v != floor(v))
		r->integral = false;
	if (v <= 0)
		r->nonpos++;
	else if (isnan(r->minpos) || v < r->minpos)
		r->minpos = v;
}

void range_merge(struct range *into, const struct range *r)
{
	size_t nonfinite = into->nonfinite + r->nonfinite;
	size_t nonpos = into->nonpos + r->nonpos;
	size_t finite = into->finite + r->finite;
	bool integral = into->integral && r->integral;

	if (r->finite) {
		range_add(into, r->min);
		range_add(into, r->max);
	}
	if (!isnan(r->minpos) && (isnan(into->minpos) || r->minpos < into->minpos))
		into->minpos = r->minpos;
	into->finite = finite;
	into->nonfinite = nonfinite;
	into->nonpos = nonpos;
	into->integral = integral;
}

bool range_spans_decades(const struct range *r)
{
	return r->finite > 0 && !isnan(r->minpos) && r->max > 0 &&
	       r->max / r->minpos > 1000;
}

/* The positive values' span; the ticks round it out to 1-2-5 steps. */
static void scale_log(struct scale *s, const struct range *r)
{
	double lo = r->minpos, hi = r->max;

	if (isnan(lo) || !(hi > 0)) {
		s->lo = 1;
		s->hi = 10;
		return;
	}
	if (hi <= lo) {
		lo /= 2;
		hi *= 2;
	}
	s->lo = lo;
	s->hi = hi;
}

void scale_from_range(struct scale *s, const struct range *r, bool log,
                      bool include_zero)
{
	double lo = r->min, hi = r->max;

	s->log = log;
	if (log) {
		scale_log(s, r);
		return;
	}
	if (r->finite == 0) {
		s->lo = 0;
		s->hi = 1;
		return;
	}
	if (include_zero) {
		if (lo > 0)
			lo = 0;
		if (hi < 0)
			hi = 0;
	}
	if (hi - lo <= fabs(hi) * 1e-12 || hi - lo < 1e-300) {
		/* all equal: one unit (or a tenth of the value) either side */
		double pad = lo == 0 ? 1 : fabs(lo) * 0.1;

		lo -= pad;
		hi += pad;
		if (include_zero && r->min >= 0 && lo < 0)
			lo = 0;
	}
	s->lo = lo;
	s->hi = hi;
}

double scale_frac(const struct scale *s, double v)
{
	if (!value_ok(v))
		return NAN;
	if (s->log) {
		if (v <= 0)
			return NAN;
		return (log10(v) - log10(s->lo)) / (log10(s->hi) - log10(s->lo));
	}
	return (v - s->lo) / (s->hi - s->lo);
}
