/* stepper.c — the steps of a parameter in an explorer: values a person
 * can read (50, 60, 70 min; 1, 2, 5 k cells), never 62.9463.
 *
 * Owns: sim_param_step().  Linear parameters move by their own step (a
 * 1-2-5 number in every model) to the next multiple of it; log-scale ones
 * by a 1-2-5 step sized to the value (about a tenth to a fifth of it), or
 * coarsely from one 1-2-5 value to the next; whole-number parameters stay
 * whole; choices cycle.  Results stop at the range's ends. */
#include <math.h>

#include "sim/sim.h"

/* The largest 1, 2 or 5 x 10^k that is <= x (strictly < when strict). */
static double ladder_below(double x, int strict)
{
	static const double mant[] = { 5, 2, 1 };
	double d = pow(10, floor(log10(x)));

	for (int k = 0; k < 2; k++, d /= 10)
		for (size_t i = 0; i < 3; i++) {
			double v = mant[i] * d;

			/* relative slack: x = 5 from 0.1 * 50 is not quite 5 */
			if (strict ? v < x * (1 - 1e-9) : v <= x * (1 + 1e-9))
				return v;
		}
	return d;
}

/* The next 1, 2 or 5 x 10^k above (dir > 0) or below v. */
static double ladder_next(double v, int dir)
{
	if (dir < 0)
		return ladder_below(v, 1);
	double below = ladder_below(v, 0);
	double d = pow(10, floor(log10(below)));
	double m = below / d;

	return (m < 1.5 ? 2 : m < 3.5 ? 5 : 10) * d;
}

/* v moved by one step to the next multiple of step in direction dir. */
static double move_by(double v, double step, int dir)
{
	double k = v / step, r = round(k);

	if (fabs(k - r) < 1e-6)
		k = r;
	k = dir > 0 ? floor(k) + 1 : ceil(k) - 1;
	return k == 0 ? 0 : k * step; /* never -0 */
}

/* v rounded to 12 significant digits: drops the dust of binary
 * fractions (0.30000000000000004). */
static double clean(double v)
{
	if (v == 0 || !isfinite(v))
		return v;
	double e = pow(10, floor(log10(fabs(v))) - 11);

	return round(v / e) * e;
}

double sim_param_step(const struct sim_param *p, double v, int dir, int coarse)
{
	double next;

	dir = dir < 0 ? -1 : 1;
	if (p->kind == SIM_PARAM_CHOICE) {
		double n = p->max - p->min + 1;

		next = v + dir;
		if (next > p->max)
			next -= n;
		if (next < p->min)
			next += n;
		return next;
	}
	if (p->log_scale && v > 0) {
		if (coarse)
			next = ladder_next(v, dir);
		else
			next = move_by(v, ladder_below(v / 5, dir < 0), dir);
	} else {
		next = move_by(v, p->step * (coarse ? 10 : 1), dir);
	}
	next = clean(next);
	if (p->kind == SIM_PARAM_INTEGER) {
		next = dir > 0 ? ceil(next) : floor(next);
		if (next == v)
			next += dir;
	}
	if (next > p->max)
		next = p->max;
	if (next < p->min)
		next = p->min;
	return next;
}
