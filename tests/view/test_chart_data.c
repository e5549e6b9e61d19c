/* test_chart_data.c — the fixed data sets the chart tests and the chart
 * driver draw (see chart_data.h).  Every number is computed with
 * integer arithmetic or exact operations, so the golden files do not
 * depend on the platform's libm beyond correctly rounded pow and exp. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "chart_data.h"

/* ---- fake models, for titles and stamps ---- */

static const struct sim_param circ_params[] = {
	{ "cells", "cells", 1, 1e9, 1000, 10, 1, "cells at time 0", "", SIM_PARAM_INTEGER, NULL },
	{ "platelets", "fraction", 0, 1, 0, 0.05, 0, "coated fraction", "", SIM_PARAM_REAL, NULL },
	{ "minutes", "min", 10, 1440, 240, 10, 0, "time followed", "", SIM_PARAM_REAL, NULL },
};
static const struct sim_model circ_model = {
	.name = "circulation", .title = "Surviving the blood", .step = 6,
	.params = circ_params, .nparams = 3,
};
static const struct sim_model organs_model = {
	.name = "organs", .title = "Where melanoma spreads (autopsies)",
};
static const struct sim_model ilc_model = {
	.name = "organs", .title = "First distant site: lobular vs ductal",
};
static const struct sim_model arrest_model = {
	.name = "arrest", .title = "Cell size against the capillary",
};
static const struct sim_model cascade_model = {
	.name = "cascade", .title = "The metastatic funnel",
};
static const struct sim_model colon_model = {
	.name = "colonisation", .title = "Growth in a distant organ",
};
static double circ_values[3] = { 10000, 0.8, 240 };

/* ---- a deterministic generator (integers only) ---- */

static uint32_t lcg_state;

static uint32_t lcg(void)
{
	lcg_state = lcg_state * 1103515245u + 12345u;
	return (lcg_state >> 1) & 0x7fffffffu;
}

/* Roughly normal (Irwin-Hall of 12): exact in binary floating point. */
static double normal(void)
{
	double sum = 0;

	for (int i = 0; i < 12; i++)
		sum += (double)lcg();
	return (sum - 6.0 * 2147483648.0) / 2147483648.0;
}

static void set_series(struct sim_series *s, const char *name, const char *unit,
                       double *x, double *y, const char **labels, size_t n)
{
	memset(s, 0, sizeof *s);
	strncpy(s->name, name, sizeof s->name - 1);
	s->unit = unit;
	s->x = x;
	s->y = y;
	s->labels = labels;
	s->len = s->cap = n;
}

static struct sim_result result(const struct sim_model *m, enum sim_chart_kind k,
                                const char *xt, const char *xu, const char *yt,
                                struct sim_series *s, size_t n)
{
	return (struct sim_result){
		.model = m, .seed = 42, .kind = k, .x_title = xt, .x_unit = xu,
		.y_title = yt, .threshold = NAN, .nseries = n, .series = s,
	};
}

/* ---- the main sets ---- */

#define NT 49 /* 0..240 min every 5 */
static double t_min[NT], single[NT], coated[NT], pinned[NT];
static struct sim_series line_s[2], prev_s[1];
static struct sim_result line_r, prev_r;

static double decay(double n0, double t, double half)
{
	return floor(n0 * pow(2, -t / half) + 0.5);
}

static void build_line(void)
{
	for (int i = 0; i < NT; i++) {
		t_min[i] = 5.0 * i;
		single[i] = decay(10000, t_min[i], 25);
		coated[i] = decay(10000, t_min[i], 70);
		pinned[i] = decay(10000, t_min[i], 40);
	}
	set_series(&line_s[0], "single cells", "cells", t_min, single, NULL, NT);
	set_series(&line_s[1], "platelet-coated", "cells", t_min, coated, NULL, NT);
	line_r = result(&circ_model, SIM_CHART_LINE, "time in the blood", "min",
	                "cells in blood", line_s, 2);
	line_r.params = circ_values;
	set_series(&prev_s[0], "single cells", "cells", t_min, pinned, NULL, NT);
	prev_r = result(&circ_model, SIM_CHART_LINE, "time in the blood", "min",
	                "cells in blood", prev_s, 1);
}

#define ND 61 /* days 0..60 */
static double days[ND], growing[ND], dormant[ND];
static struct sim_series growth_s[2];
static struct sim_result growth_r;

static void build_growth(void)
{
	for (int i = 0; i < ND; i++) {
		days[i] = i;
		growing[i] = i < 10 ? 1 : floor(pow(2, (i - 10) / 1.7) + 0.5);
		if (growing[i] > 2e9)
			growing[i] = 2e9;
		dormant[i] = i < 5 ? 1 : i < 40 ? 3 : 2;
	}
	set_series(&growth_s[0], "growing", "cells", days, growing, NULL, ND);
	set_series(&growth_s[1], "dormant", "cells", days, dormant, NULL, ND);
	growth_r = result(&colon_model, SIM_CHART_LINE, "time", "d", "cells",
	                  growth_s, 2);
	growth_r.y_log = 1;
}

static const char *organs[] = {
	"lymph nodes", "lungs", "liver", "brain", "bone", "heart", "adrenals", "GI tract",
};
static double organ_pct[] = { 73.6, 71.3, 58.3, 49.1, 48.6, 47.2, 46.8, 43.5 };
static struct sim_series bar_s[1];
static struct sim_result bar_r;

static const char *sites[] = { "bone", "GI tract", "lung", "liver" };
static double ilc_pct[] = { 56.8, 5.7, 5.7, 4.6 }, idc_pct[] = { 37.7, 0.3, 24.2, 11.4 };
static struct sim_series grouped_s[2];
static struct sim_result grouped_r;

static void build_bars(void)
{
	set_series(&bar_s[0], "melanoma", "%", NULL, organ_pct, organs, 8);
	bar_r = result(&organs_model, SIM_CHART_BAR, "organ", "", "patients",
	               bar_s, 1);
	set_series(&grouped_s[0], "lobular (ILC)", "%", NULL, ilc_pct, sites, 4);
	set_series(&grouped_s[1], "ductal (IDC)", "%", NULL, idc_pct, sites, 4);
	grouped_r = result(&ilc_model, SIM_CHART_BAR, "site", "", "patients",
	                   grouped_s, 2);
}

#define NSAMPLES 400
static double diam[NSAMPLES];
static struct sim_series hist_s[1];
static struct sim_result hist_r;

static void build_histogram(void)
{
	lcg_state = 2024;
	for (int i = 0; i < NSAMPLES; i++) {
		double d = 9.0 + 2.5 * normal();

		diam[i] = floor(d * 10 + 0.5) / 10;
	}
	set_series(&hist_s[0], "tumour cells", "cells", NULL, diam, NULL, NSAMPLES);
	hist_r = result(&arrest_model, SIM_CHART_HISTOGRAM, "cell diameter", "µm",
	                "cells", hist_s, 1);
	hist_r.threshold = 5.5;
}

static const char *stages[] = {
	"shed into blood", "alive after 1 day", "arrested in organ",
	"micrometastases", "macrometastases",
};
static double stage_n[] = { 3.2e6, 32000, 26600, 800, 6 };
static struct sim_series funnel_s[1];
static struct sim_result funnel_r;

static void build_funnel(void)
{
	set_series(&funnel_s[0], "cells", "cells", NULL, stage_n, stages, 5);
	funnel_r = result(&cascade_model, SIM_CHART_FUNNEL, "stage", "", "cells",
	                  funnel_s, 1);
	funnel_r.y_log = 1;
}

#define NRUNS 20
static double band_y[NRUNS][2][NT];
static struct sim_series band_s[NRUNS][2];
static struct sim_result band_r[NRUNS];

static void build_band(void)
{
	lcg_state = 7;
	for (int k = 0; k < NRUNS; k++) {
		double h1 = 25 + 1.5 * (k % 7 - 3), h2 = 70 + 4.0 * (k % 5 - 2);

		for (int i = 0; i < NT; i++) {
			double u1 = (double)lcg() / 2147483648.0 - 0.5;
			double u2 = (double)lcg() / 2147483648.0 - 0.5;

			band_y[k][0][i] = floor(decay(10000, t_min[i], h1) * (1 + 0.2 * u1));
			band_y[k][1][i] = floor(decay(10000, t_min[i], h2) * (1 + 0.2 * u2));
		}
		set_series(&band_s[k][0], "single cells", "cells", t_min, band_y[k][0], NULL, NT);
		set_series(&band_s[k][1], "platelet-coated", "cells", t_min, band_y[k][1], NULL, NT);
		band_r[k] = result(&circ_model, SIM_CHART_LINE, "time in the blood", "min",
		                   "cells in blood", band_s[k], 2);
		band_r[k].seed = (uint64_t)k + 1;
		band_r[k].params = circ_values;
	}
}

#define HX 11
#define HY 9
static double hx[HX], hy[HY], hz[HX * HY];
static struct chart_heatmap heat;

static void build_heatmap(void)
{
	for (int i = 0; i < HX; i++)
		hx[i] = i / 10.0;
	for (int j = 0; j < HY; j++)
		hy[j] = j / 4.0;
	for (int j = 0; j < HY; j++)
		for (int i = 0; i < HX; i++) {
			double haz = log(2) / 400 + hy[j] * (1 - 0.9 * hx[i]) * log(2) / 200;

			hz[j * HX + i] = floor(1000 * exp(-240 * haz) + 0.5) / 10;
		}
	heat = (struct chart_heatmap){
		.title = "Alive after 4 h in the blood", .x_title = "platelet coat",
		.x_unit = "fraction", .y_title = "NK activity", .y_unit = "relative",
		.z_title = "% alive", .nx = HX, .ny = HY, .xs = hx, .ys = hy, .z = hz,
		.stamp = "cascade sim circulation --sweep platelets=0:1:11 --sweep nk=0:2:9",
	};
}

/* ---- degenerate sets ---- */

static double one_x[] = { 30 }, one_y[] = { 1234 };
static double flat_y[NT], zero_y[NT], neg_y[NT];
static double logz_y[] = { 1000, 300, 0, 40, -5, 8, 0, 1 };
static double logz_x[] = { 0, 1, 2, 3, 4, 5, 6, 7 };
static double nonpos_y[] = { 0, -1, -10, -3, 0 };
static double nan_x[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
static double nan_y[] = { 10, 12, NAN, 15, INFINITY, 13, 9, -INFINITY, 7, 6 };
static double dec_y[13], dec_x[13];
static const char *one_label[] = { "lungs" };
static double one_bar[] = { 71.3 };
static const char *delta_labels[] = { "lungs", "liver", "bone", "brain" };
static double delta_y[] = { 12, -30, 4.5, -2 };
static double bar_nan_y[] = { 40, NAN, 25, INFINITY };
#define NMANY 30
static const char *many_labels[NMANY];
static double many_y[NMANY];
static char many_names[NMANY][24];
static double funnel0_y[] = { 3.2e6, 32000, 0, 800, 6 };
static double single_sample[] = { 12.5 };
static double equal_samples[] = { 8, 8, 8, 8, 8, 8 };
static double nan_samples[] = { NAN, INFINITY };
static double heat1_x[] = { 0.5 }, heat1_y[] = { 1 }, heat1_z[] = { 42 };
static double heatnan_z[HX * HY];
static double spark_nan[] = { 5, 6, 8, NAN, NAN, 9, 12, 15, NAN, 20, 18, 16 };
static double long_y[5][NT];

static struct sim_series empty_s[1], one_s[1], flat_s[1], zero_s[1], neg_s[1],
	logz_s[1], nonpos_s[1], nan_s[1], dec_s[1], bar1_s[1], delta_s[1],
	barnan_s[1], many_s[1], funnel0_s[1], hist1_s[1], histeq_s[1],
	histnan_s[1], histempty_s[1], sparknan_s[1], long_s[5];
static struct sim_result none_r, empty_r, one_r, flat_r, zero_r, neg_r, logz_r,
	nonpos_r, nan_r, dec_r, bar1_r, delta_r, barnan_r, many_r, funnel0_r,
	hist1_r, histeq_r, histnan_r, histempty_r, sparknan_r, long_r;
static struct chart_heatmap heat1, heatnan;

static const char *long_names[] = {
	"single cells without a platelet coat",
	"single cells with a platelet coat",
	"clusters of five cells",
	"clusters in an NK-depleted host",
	"everything at twice the shear",
};

static void build_degenerate_lines(void)
{
	for (int i = 0; i < NT; i++) {
		flat_y[i] = 500;
		zero_y[i] = 0;
		neg_y[i] = floor(50 * sin(t_min[i] / 40) + 0.5);
		for (int k = 0; k < 5; k++)
			long_y[k][i] = decay(10000, t_min[i], 20 + 15 * k);
	}
	for (int i = 0; i < 13; i++) {
		dec_x[i] = i;
		dec_y[i] = pow(10, i - 3);
	}
	none_r = result(&circ_model, SIM_CHART_LINE, "time", "min", "cells", NULL, 0);
	set_series(&empty_s[0], "single cells", "cells", t_min, t_min, NULL, 0);
	empty_r = result(&circ_model, SIM_CHART_LINE, "time", "min", "cells", empty_s, 1);
	set_series(&one_s[0], "single cells", "cells", one_x, one_y, NULL, 1);
	one_r = result(&circ_model, SIM_CHART_LINE, "time", "min", "cells", one_s, 1);
	set_series(&flat_s[0], "single cells", "cells", t_min, flat_y, NULL, NT);
	flat_r = result(&circ_model, SIM_CHART_LINE, "time", "min", "cells", flat_s, 1);
	set_series(&zero_s[0], "single cells", "cells", t_min, zero_y, NULL, NT);
	zero_r = result(&circ_model, SIM_CHART_LINE, "time", "min", "cells", zero_s, 1);
	set_series(&neg_s[0], "net change", "cells", t_min, neg_y, NULL, NT);
	neg_r = result(&circ_model, SIM_CHART_LINE, "time", "min", "change", neg_s, 1);
	set_series(&logz_s[0], "survivors", "cells", logz_x, logz_y, NULL, 8);
	logz_r = result(&colon_model, SIM_CHART_LINE, "time", "d", "cells", logz_s, 1);
	logz_r.y_log = 1;
	set_series(&nonpos_s[0], "survivors", "cells", logz_x, nonpos_y, NULL, 5);
	nonpos_r = result(&colon_model, SIM_CHART_LINE, "time", "d", "cells", nonpos_s, 1);
	nonpos_r.y_log = 1;
	set_series(&nan_s[0], "readings", "cells", nan_x, nan_y, NULL, 10);
	nan_r = result(&circ_model, SIM_CHART_LINE, "time", "min", "cells", nan_s, 1);
	set_series(&dec_s[0], "cells", "cells", dec_x, dec_y, NULL, 13);
	dec_r = result(&colon_model, SIM_CHART_LINE, "time", "d", "cells", dec_s, 1);
	for (int k = 0; k < 5; k++)
		set_series(&long_s[k], long_names[k], "cells", t_min, long_y[k], NULL, NT);
	long_r = result(&circ_model, SIM_CHART_LINE, "time in the blood", "min",
	                "cells in blood", long_s, 5);
	set_series(&sparknan_s[0], "cells", "cells", NULL, spark_nan, NULL, 12);
	sparknan_r = result(&circ_model, SIM_CHART_LINE, "time", "min", "cells", sparknan_s, 1);
}

static void build_degenerate_others(void)
{
	set_series(&bar1_s[0], "melanoma", "%", NULL, one_bar, one_label, 1);
	bar1_r = result(&organs_model, SIM_CHART_BAR, "organ", "", "patients", bar1_s, 1);
	set_series(&delta_s[0], "change", "%", NULL, delta_y, delta_labels, 4);
	delta_r = result(&organs_model, SIM_CHART_BAR, "organ", "", "change", delta_s, 1);
	set_series(&barnan_s[0], "melanoma", "%", NULL, bar_nan_y, delta_labels, 4);
	barnan_r = result(&organs_model, SIM_CHART_BAR, "organ", "", "patients", barnan_s, 1);
	for (int i = 0; i < NMANY; i++) {
		snprintf(many_names[i], sizeof many_names[i], "site %d", i + 1);
		many_labels[i] = many_names[i];
		many_y[i] = 100 - 3 * i;
	}
	set_series(&many_s[0], "sites", "%", NULL, many_y, many_labels, NMANY);
	many_r = result(&organs_model, SIM_CHART_BAR, "site", "", "patients", many_s, 1);
	set_series(&funnel0_s[0], "cells", "cells", NULL, funnel0_y, stages, 5);
	funnel0_r = result(&cascade_model, SIM_CHART_FUNNEL, "stage", "", "cells", funnel0_s, 1);
	funnel0_r.y_log = 1;
	set_series(&hist1_s[0], "tumour cells", "cells", NULL, single_sample, NULL, 1);
	hist1_r = result(&arrest_model, SIM_CHART_HISTOGRAM, "cell diameter", "µm", "cells", hist1_s, 1);
	hist1_r.threshold = 5.5;
	set_series(&histeq_s[0], "tumour cells", "cells", NULL, equal_samples, NULL, 6);
	histeq_r = result(&arrest_model, SIM_CHART_HISTOGRAM, "cell diameter", "µm", "cells", histeq_s, 1);
	set_series(&histnan_s[0], "tumour cells", "cells", NULL, nan_samples, NULL, 2);
	histnan_r = result(&arrest_model, SIM_CHART_HISTOGRAM, "cell diameter", "µm", "cells", histnan_s, 1);
	histnan_r.threshold = 5.5;
	set_series(&histempty_s[0], "tumour cells", "cells", NULL, single_sample, NULL, 0);
	histempty_r = result(&arrest_model, SIM_CHART_HISTOGRAM, "cell diameter", "µm", "cells", histempty_s, 1);
	heat1 = (struct chart_heatmap){ .title = "One run", .x_title = "platelet coat",
		.y_title = "NK activity", .z_title = "% alive", .nx = 1, .ny = 1,
		.xs = heat1_x, .ys = heat1_y, .z = heat1_z };
	memcpy(heatnan_z, hz, sizeof hz);
	for (int i = 0; i < HX * HY; i += 7)
		heatnan_z[i] = NAN;
	heatnan = heat;
	heatnan.z = heatnan_z;
	heatnan.title = "A sweep with failed runs";
}

#define RESULT(n, a, d, r) { n, a, d, SET_RESULT, r, NULL, NULL, NULL, 0, NULL }

static struct chart_set sets[] = {
	{ "line", "two decays and a pinned previous run", false, SET_RESULT,
	  &line_r, &prev_r, "pinned: platelets=0", NULL, 0, NULL },
	RESULT("line-log", "growth over 9 decades on a log axis", false, &growth_r),
	RESULT("bar", "metastases per organ", false, &bar_r),
	RESULT("bar-grouped", "two series per category", false, &grouped_r),
	RESULT("histogram", "diameters against the capillary", false, &hist_r),
	RESULT("funnel", "the cascade on a log axis", false, &funnel_r),
	{ "band", "median and 10-90 % of 20 seeds", false, SET_BAND, NULL, NULL,
	  NULL, band_r, NRUNS, NULL },
	{ "heatmap", "a two-parameter sweep", false, SET_HEATMAP, NULL, NULL, NULL,
	  NULL, 0, &heat },
	{ "spark", "a one-line preview", false, SET_SPARK, &line_r, NULL, NULL,
	  NULL, 0, NULL },
	RESULT("no-series", "a result without series", true, &none_r),
	RESULT("empty", "a series without points", true, &empty_r),
	RESULT("one-point", "a single point", true, &one_r),
	RESULT("flat", "all values equal", true, &flat_r),
	RESULT("zeros", "all values zero", true, &zero_r),
	RESULT("negative", "values either side of zero", true, &neg_r),
	RESULT("log-zeros", "zeros and negatives on a log axis", true, &logz_r),
	RESULT("log-nonpos", "nothing positive on a log axis", true, &nonpos_r),
	RESULT("nan-inf", "NaN and infinities", true, &nan_r),
	RESULT("decades", "twelve decades, no log asked for", true, &dec_r),
	RESULT("long-names", "five series with long names", true, &long_r),
	RESULT("bar-one", "a single bar", true, &bar1_r),
	RESULT("bar-negative", "bars either side of zero", true, &delta_r),
	RESULT("bar-nan", "bars with NaN and infinity", true, &barnan_r),
	RESULT("bar-many", "thirty bars", true, &many_r),
	RESULT("funnel-zero", "a stage with no cells", true, &funnel0_r),
	RESULT("hist-one", "one sample", true, &hist1_r),
	RESULT("hist-equal", "all samples equal", true, &histeq_r),
	RESULT("hist-nan", "only NaN and infinity", true, &histnan_r),
	RESULT("hist-empty", "no samples", true, &histempty_r),
	{ "band-one", "a band of one run", true, SET_BAND, NULL, NULL, NULL,
	  band_r, 1, NULL },
	{ "heat-one", "a 1x1 sweep", true, SET_HEATMAP, NULL, NULL, NULL, NULL, 0,
	  &heat1 },
	{ "heat-nan", "a sweep with NaN cells", true, SET_HEATMAP, NULL, NULL, NULL,
	  NULL, 0, &heatnan },
	{ "spark-nan", "a sparkline with gaps", true, SET_SPARK, &sparknan_r, NULL,
	  NULL, NULL, 0, NULL },
};
#define NSETS (sizeof sets / sizeof *sets)

static void build(void)
{
	static bool built;

	if (built)
		return;
	built = true;
	build_line();
	build_growth();
	build_bars();
	build_histogram();
	build_funnel();
	build_band();
	build_heatmap();
	build_degenerate_lines();
	build_degenerate_others();
}

size_t chart_set_count(void)
{
	return NSETS;
}

const struct chart_set *chart_set_at(size_t i)
{
	build();
	return i < NSETS ? &sets[i] : NULL;
}

const struct chart_set *chart_set_find(const char *name)
{
	build();
	for (size_t i = 0; i < NSETS; i++)
		if (strcmp(sets[i].name, name) == 0)
			return &sets[i];
	return NULL;
}

int chart_set_draw(struct grid *g, const struct chart_set *s,
                   const struct chart_opts *o)
{
	struct chart_opts oo = *o;
	struct line *l;

	switch (s->kind) {
	case SET_RESULT:
		oo.previous = s->previous;
		oo.previous_label = s->previous_label;
		return chart_draw_result(g, s->result, &oo);
	case SET_BAND:
		return chart_draw_band(g, s->runs, s->nruns, o);
	case SET_HEATMAP:
		return chart_draw_heatmap(g, s->heatmap, o);
	case SET_SPARK:
		l = grid_add_line(g);
		if (!l)
			return -1;
		return chart_sparkline(l, s->result->series[0].y, s->result->series[0].len,
		                       o->width, o->charset);
	}
	return -1;
}

void chart_set_summary(char *buf, size_t size, const struct chart_set *s)
{
	switch (s->kind) {
	case SET_RESULT:
	case SET_SPARK:
		chart_summary(buf, size, s->result);
		return;
	case SET_BAND:
		chart_summary_band(buf, size, s->runs, s->nruns);
		return;
	case SET_HEATMAP:
		chart_summary_heatmap(buf, size, s->heatmap);
		return;
	}
}
