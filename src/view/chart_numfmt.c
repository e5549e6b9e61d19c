/* chart_numfmt.c — numbers for people on charts: "12 k", "3.4 M" (from
 * util/numtext.c, which the sim layer's summaries share), "0.02 %",
 * "10,000", "38 min".  Used by tick labels, bar values and summaries. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/numtext.h"
#include "view/chart.h"
#include "view/chart_axis.h"

void numfmt_people(char *buf, size_t size, double v, enum numfmt_style st)
{
	numtext_people(buf, size, v, st == NUMFMT_SPACED);
}

void chart_format_number(char *buf, size_t size, double v)
{
	numfmt_people(buf, size, v, NUMFMT_SPACED);
}

void numfmt_count(char *buf, size_t size, double v)
{
	numtext_count(buf, size, v);
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
