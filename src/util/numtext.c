/* numtext.c — numbers for people, the one formatter that charts, tables
 * and the models' summaries share: three significant digits with an SI
 * suffix ("320 k", "1.28 G"), never "3.22e+05"; "1.2e-4" only below
 * 0.001 or from 10^15; "n/a", "inf", "-inf" for the rest.  Also counts
 * with thousands separators ("1,994") and shares in percent that never
 * round a part to none or all ("99.97"). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/numtext.h"

#define PERCENT_DECIMALS_MAX 4 /* "0.0001": below that a share reads "<0.0001" */

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

void numtext_trim_zeros(char *s)
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
	numtext_trim_zeros(mant);
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

void numtext_people(char *buf, size_t size, double v, int spaced)
{
	const char *sep = spaced ? " " : "";
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
		numtext_trim_zeros(num);
		snprintf(buf, size, "%s%s%s", num, sep, si_prefixes[i].suffix);
		return;
	}
	snprintf(num, sizeof num, "%.*f", decimals_for(a), r);
	numtext_trim_zeros(num);
	snprintf(buf, size, "%s", num);
}

void numtext_count(char *buf, size_t size, double v)
{
	char digits[32], out[48];
	size_t n, j = 0;

	if (!isfinite(v) || fabs(v) >= 1e7 || v != floor(v) || fabs(v) < 1000) {
		numtext_people(buf, size, v, 1);
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

void numtext_percent(char *buf, size_t size, double pct)
{
	for (int d = 1; d <= PERCENT_DECIMALS_MAX; d++) {
		double shown;

		snprintf(buf, size, "%.*f", d, pct);
		shown = strtod(buf, NULL);
		if (!(pct > 0 && pct < 100) || (shown != 0 && shown != 100))
			return;
	}
	snprintf(buf, size, pct < 50 ? "<0.0001" : ">99.9999");
}
