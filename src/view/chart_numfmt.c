/* chart_numfmt.c — numbers for people: "12 k", "3.4 M", "0.02 %",
 * "10,000", "38 min".  Used by tick labels, bar values and summaries. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view/chart.h"
#include "view/chart_axis.h"

static const struct {
	double scale;
	const char *suffix;
} si_prefixes[] = {
	{ 1e12, "T" }, { 1e9, "G" }, { 1e6, "M" }, { 1e3, "k" },
};

/* v rounded to digits significant digits. */
static double round_sig(double v, int digits)
{
	char b[48];

	snprintf(b, sizeof b, "%.*e", digits - 1, v);
	return strtod(b, NULL);
}

/* "12.50" -> "12.5", "3.00" -> "3"; leaves integers alone. */
static void trim_zeros(char *s)
{
	char *dot = strchr(s, '.');
	char *end;

	if (!dot)
		return;
	end = s + strlen(s);
	while (end > dot + 1 && end[-1] == '0')
		end--;
	if (end == dot + 1)
		end = dot;
	*end = '\0';
}

/* "1.2e-4": two significant digits and a bare exponent. */
static void format_exponent(char *buf, size_t size, double v)
{
	int e = (int)floor(log10(fabs(v)));
	double m = round_sig(v / pow(10, e), 2);
	char mant[16];

	if (fabs(m) >= 10) {
		m /= 10;
		e++;
	}
	snprintf(mant, sizeof mant, "%.1f", m);
	trim_zeros(mant);
	snprintf(buf, size, "%se%d", mant, e);
}

static int decimals_for(double a)
{
	if (a >= 100)
		return 0;
	if (a >= 10)
		return 1;
	if (a >= 1)
		return 2;
	return 2 - (int)floor(log10(a));
}

void numfmt_people(char *buf, size_t size, double v, enum numfmt_style st)
{
	const char *sep = st == NUMFMT_SPACED ? " " : "";
	char num[32];
	double r, a;

	if (size == 0)
		return;
	if (isnan(v) || isinf(v)) {
		snprintf(buf, size, "%s", isnan(v) ? "n/a" : v > 0 ? "inf" : "-inf");
		return;
	}
	r = round_sig(v, 3);
	a = fabs(r);
	if (a == 0) {
		snprintf(buf, size, "0");
		return;
	}
	if (a < 1e-3 || a >= 1e15) {
		format_exponent(buf, size, r);
		return;
	}
	for (size_t i = 0; i < sizeof si_prefixes / sizeof *si_prefixes; i++) {
		double x = r / si_prefixes[i].scale;

		if (a < si_prefixes[i].scale)
			continue;
		snprintf(num, sizeof num, "%.*f", decimals_for(fabs(x)), x);
		trim_zeros(num);
		snprintf(buf, size, "%s%s%s", num, sep, si_prefixes[i].suffix);
		return;
	}
	snprintf(num, sizeof num, "%.*f", decimals_for(a), r);
	trim_zeros(num);
	snprintf(buf, size, "%s", num);
}

void chart_format_number(char *buf, size_t size, double v)
{
	numfmt_people(buf, size, v, NUMFMT_SPACED);
}

void numfmt_count(char *buf, size_t size, double v)
{
	char digits[32], out[48];
	size_t n, j = 0;

	if (!isfinite(v) || fabs(v) >= 1e7 || v != floor(v) || fabs(v) < 1000) {
		numfmt_people(buf, size, v, NUMFMT_SPACED);
		return;
	}
	snprintf(digits, sizeof digits, "%.0f", fabs(v));
	n = strlen(digits);
	if (v < 0)
		out[j++] = '-';
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			out[j++] = ',';
		out[j++] = digits[i];
	}
	out[j] = '\0';
	snprintf(buf, size, "%s", out);
}

void numfmt_value(char *buf, size_t size, double v, const char *unit)
{
	char num[32];

	if (unit && strcmp(unit, "fraction") == 0) {
		v *= 100;
		unit = "%";
	}
	numfmt_people(num, sizeof num, v, NUMFMT_SPACED);
	if (unit && *unit && isfinite(v))
		snprintf(buf, size, "%s %s", num, unit);
	else
		snprintf(buf, size, "%s", num);
}

static const struct {
	const char *name;
	double seconds;
	double up;          /* switch to the next larger unit from this many */
} time_units[] = {
	{ "s", 1, 120 },
	{ "min", 60, 120 },
	{ "h", 3600, 48 },
	{ "d", 86400, INFINITY },
};
#define NTIME_UNITS (sizeof time_units / sizeof *time_units)

static int time_unit_index(const char *unit)
{
	static const struct {
		const char *alias;
		int index;
	} aliases[] = { { "sec", 0 }, { "minutes", 1 }, { "hours", 2 }, { "days", 3 } };

	if (!unit)
		return -1;
	for (size_t i = 0; i < NTIME_UNITS; i++)
		if (strcmp(unit, time_units[i].name) == 0)
			return (int)i;
	for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
		if (strcmp(unit, aliases[i].alias) == 0)
			return aliases[i].index;
	return -1;
}

unsigned numfmt_time_base(const char *unit)
{
	int i = time_unit_index(unit);

	return i == 0 || i == 1 ? 60 : i == 2 ? 24 : 0;
}

void numfmt_duration(char *buf, size_t size, double v, const char *unit)
{
	int i = time_unit_index(unit);
	double secs;

	if (i < 0 || !isfinite(v)) {
		numfmt_value(buf, size, v, unit);
		return;
	}
	secs = fabs(v) * time_units[i].seconds;
	i = 0;
	while ((size_t)i + 1 < NTIME_UNITS && secs >= time_units[i].up * time_units[i].seconds)
		i++;
	numfmt_value(buf, size, (v < 0 ? -secs : secs) / time_units[i].seconds,
	             time_units[i].name);
}

void chart_format_duration(char *buf, size_t size, double v, const char *unit)
{
	numfmt_duration(buf, size, v, unit);
}
