/* params.c — parameters and presets of a model.
 *
 * Owns: finding parameters and presets by name (with suggestions),
 * defaults, parsing and range-checking typed values (nothing is ever
 * clamped: a value out of range is refused), applying presets, and the
 * messages of enum sim_status. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sim/sim_impl.h"

const struct sim_param *sim_param_find(const struct sim_model *m,
                                       const char *name, size_t *index)
{
	for (size_t i = 0; i < m->nparams; i++) {
		if (strcmp(m->params[i].name, name) == 0) {
			if (index)
				*index = i;
			return &m->params[i];
		}
	}
	return NULL;
}

const char *sim_param_suggest(const struct sim_model *m, const char *name)
{
	const char *names[32];
	size_t n = m->nparams < 32 ? m->nparams : 32;
	for (size_t i = 0; i < n; i++)
		names[i] = m->params[i].name;
	return sim_nearest(name, names, n);
}

void sim_defaults(const struct sim_model *m, double *values)
{
	for (size_t i = 0; i < m->nparams; i++)
		values[i] = m->params[i].def;
}

/* Parses the whole of text as a finite number; 0 on success. */
static int parse_number(const char *text, double *out)
{
	if (!text || !*text)
		return -1;
	char *end;
	errno = 0;
	double v = strtod(text, &end);
	if (end == text || *end != '\0' || errno == ERANGE || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

enum sim_status sim_set_param(const struct sim_model *m, double *values,
                              const char *name, const char *text)
{
	size_t i;
	const struct sim_param *p = sim_param_find(m, name, &i);
	if (!p)
		return SIM_EUNKNOWN_PARAM;
	double v;
	if (parse_number(text, &v))
		return SIM_ENOT_NUMBER;
	if (v < p->min || v > p->max)
		return SIM_ERANGE;
	values[i] = v;
	return SIM_OK;
}

const struct sim_preset *sim_preset_find(const struct sim_model *m,
                                         const char *name)
{
	if (!m->presets)
		return NULL;
	for (const struct sim_preset *p = m->presets; p->name; p++)
		if (strcmp(p->name, name) == 0)
			return p;
	return NULL;
}

const char *sim_preset_suggest(const struct sim_model *m, const char *name)
{
	const char *names[32];
	size_t n = 0;
	for (const struct sim_preset *p = m->presets; p && p->name && n < 32; p++)
		names[n++] = p->name;
	return sim_nearest(name, names, n);
}

enum sim_status sim_apply_preset(const struct sim_model *m, double *values,
                                 const char *preset)
{
	const struct sim_preset *p = sim_preset_find(m, preset);
	if (!p)
		return SIM_EUNKNOWN_PRESET;
	for (const struct sim_preset_value *v = p->values; v->name; v++) {
		size_t i;
		const struct sim_param *par = sim_param_find(m, v->name, &i);
		/* Presets are checked by the tests; a bad one is a bug, and is
		 * refused rather than clamped. */
		if (!par)
			return SIM_EUNKNOWN_PARAM;
		if (v->value < par->min || v->value > par->max)
			return SIM_ERANGE;
		values[i] = v->value;
	}
	return SIM_OK;
}

const char *sim_status_message(enum sim_status s)
{
	switch (s) {
	case SIM_OK: return "success";
	case SIM_ENOMEM: return "out of memory";
	case SIM_EUNKNOWN_PARAM: return "unknown parameter";
	case SIM_ERANGE: return "value out of range";
	case SIM_ENOT_NUMBER: return "not a number";
	case SIM_EUNKNOWN_PRESET: return "unknown preset";
	case SIM_EUNKNOWN_MODEL: return "unknown model";
	}
	return "unknown error";
}
