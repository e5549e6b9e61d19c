/* chart_text.c — the words on a chart: axis titles with their units, the
 * note about values that could not be drawn, and the stamp that lets a
 * chart copied into a report be made again. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "view/chart_frame.h"

void text_axis_title(char *buf, size_t size, const char *title,
                     const char *unit, bool log)
{
	bool has_unit = unit && *unit && !(title && strcmp(title, unit) == 0);

	if (!title || !*title) {
		snprintf(buf, size, "%s", "");
		return;
	}
	if (has_unit || log)
		snprintf(buf, size, "%s (%s%s%s)", title, has_unit ? unit : "",
		         has_unit && log ? ", " : "", log ? "log scale" : "");
	else
		snprintf(buf, size, "%s", title);
}

static void append(char *buf, size_t size, const char *s)
{
	size_t n = strlen(buf);

	if (n < size)
		snprintf(buf + n, size - n, "%s%s", n ? "; " : "", s);
}

void text_data_note(char *buf, size_t size, size_t nonpos_on_log,
                    size_t nonfinite, bool log_impossible)
{
	char part[96];

	if (size)
		buf[0] = '\0';
	if (log_impossible)
		append(buf, size, "no values > 0, so a linear axis");
	if (nonpos_on_log) {
		/* the models' values are never below 0: these are zeros */
		snprintf(part, sizeof part, "%zu zero%s not drawn (log scale)",
		         nonpos_on_log, nonpos_on_log == 1 ? "" : "s");
		append(buf, size, part);
	}
	if (nonfinite) {
		/* a model's NaN is a figure its source does not give */
		snprintf(part, sizeof part, "%zu value%s missing (n/a)",
		         nonfinite, nonfinite == 1 ? "" : "s");
		append(buf, size, part);
	}
}

void chart_stamp(char *buf, size_t size, const struct sim_result *r)
{
	const struct sim_model *m = r ? r->model : NULL;
	size_t n;

	if (size == 0)
		return;
	if (!r) {
		buf[0] = '\0';
		return;
	}
	snprintf(buf, size, "cascade sim %s", m && m->name ? m->name : "?");
	for (size_t i = 0; m && r->params && i < m->nparams; i++) {
		const struct sim_param *p = &m->params[i];
		double v = r->params[i];
		char text[64];

		if (fabs(v - p->def) <= 1e-12 * fmax(1, fabs(p->def)))
			continue;
		sim_param_text(text, sizeof text, p, v);
		n = strlen(buf);
		if (n < size)
			snprintf(buf + n, size - n, " %s=%s", p->name, text);
	}
	n = strlen(buf);
	if (n < size)
		snprintf(buf + n, size - n, " --seed %" PRIu64, r->seed);
}

const char *result_unit(const struct sim_result *r)
{
	if (!r || r->nseries == 0 || !r->series[0].unit)
		return "";
	return r->series[0].unit;
}

void text_want_result(struct frame_want *w, const struct sim_result *r,
                      const struct chart_opts *o, bool log)
{
	w->title = o->no_title ? ""
	         : r->model && r->model->title ? r->model->title
	         : r->y_title ? r->y_title : "";
	text_axis_title(w->ytitle, sizeof w->ytitle, r->y_title, result_unit(r), log);
	text_axis_title(w->xtitle, sizeof w->xtitle, r->x_title, r->x_unit, false);
	w->log_scale = log;
	w->stamp[0] = '\0';
	if (o->stamp)
		chart_stamp(w->stamp, sizeof w->stamp, r);
}
