/* params.c — parameters and presets of a model.
 *
 * Owns: finding parameters and presets by name (with suggestions),
 * defaults, parsing and range-checking typed values (nothing is ever
 * clamped: a value out of range is refused), the kinds of values
 * (numbers, whole numbers, named choices) and how each is written back,
 * applying presets, and the messages of enum sim_status. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/sim_impl.h"
#include "util/numtext.h"

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
	const char *names[SIM_MAX_PARAMS];
	size_t n = m->nparams < SIM_MAX_PARAMS ? m->nparams : SIM_MAX_PARAMS;
	for (size_t i = 0; i < n; i++)
		names[i] = m->params[i].name;
	return sim_nearest(name, names, n);
}

void sim_defaults(const struct sim_model *m, double *values)
{
	for (size_t i = 0; i < m->nparams; i++)
		values[i] = m->params[i].def;
}

/* Plain decimal syntax: [+-] digits [. digits] [e [+-] digits], with at
 * least one digit before the exponent.  strtod alone would also take
 * "0x10", "inf", "nan" and leading spaces. */
static int is_decimal(const char *t)
{
	size_t digits = 0;

	if (*t == '+' || *t == '-')
		t++;
	for (; *t >= '0' && *t <= '9'; t++)
		digits++;
	if (*t == '.')
		for (t++; *t >= '0' && *t <= '9'; t++)
			digits++;
	if (digits == 0)
		return 0;
	if (*t == 'e' || *t == 'E') {
		t++;
		if (*t == '+' || *t == '-')
			t++;
		if (!(*t >= '0' && *t <= '9'))
			return 0;
		while (*t >= '0' && *t <= '9')
			t++;
	}
	return *t == '\0';
}

/* Parses the whole of text as a finite decimal number; 0 on success. */
static int parse_number(const char *text, double *out)
{
	if (!text || !is_decimal(text))
		return -1;
	char *end;
	errno = 0;
	double v = strtod(text, &end);
	if (end == text || *end != '\0' || errno == ERANGE || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

size_t sim_param_nchoices(const struct sim_param *p)
{
	size_t n = 0;

	if (p->kind != SIM_PARAM_CHOICE || !p->choices)
		return 0;
	while (p->choices[n])
		n++;
	return n;
}

void sim_param_choice_list(char *buf, size_t size, const struct sim_param *p)
{
	size_t n = 0, k = sim_param_nchoices(p);

	if (size)
		buf[0] = '\0';
	for (size_t i = 0; i < k && n < size; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? ", " : "",
		                      p->choices[i]);
}

enum sim_status sim_param_parse(const struct sim_param *p, const char *text,
                                double *out)
{
	double v;
	size_t k = sim_param_nchoices(p);

	for (size_t i = 0; text && i < k; i++)
		if (strcmp(text, p->choices[i]) == 0) {
			*out = (double)i;
			return SIM_OK;
		}
	if (parse_number(text, &v))
		return k ? SIM_ENOT_CHOICE : SIM_ENOT_NUMBER;
	if (p->kind != SIM_PARAM_REAL && v != floor(v))
		return k ? SIM_ENOT_CHOICE : SIM_ENOT_INTEGER;
	if (v < p->min || v > p->max)
		return SIM_ERANGE;
	*out = v;
	return SIM_OK;
}

enum sim_status sim_set_param(const struct sim_model *m, double *values,
                              const char *name, const char *text)
{
	size_t i;
	const struct sim_param *p = sim_param_find(m, name, &i);
	if (!p)
		return SIM_EUNKNOWN_PARAM;
	double v;
	enum sim_status st = sim_param_parse(p, text, &v);
	if (st != SIM_OK)
		return st;
	values[i] = v;
	return SIM_OK;
}

/* v as typed, short and exact: "1e9" rather than "1e+09" or
 * "1000000000"; "0.8"; 15 digits where fewer would not read back as v. */
static void short_number(char *buf, size_t size, double v)
{
	char tmp[40], *e;

	snprintf(tmp, sizeof tmp, "%g", v);
	if (strtod(tmp, NULL) != v)
		snprintf(tmp, sizeof tmp, "%.15g", v);
	e = strchr(tmp, 'e');
	if (e) {
		char *d = e + 1, *s = e + 1;

		if (*s == '+')
			s++;
		else if (*s == '-')
			*d++ = *s++;
		while (*s == '0' && s[1])
			s++;
		memmove(d, s, strlen(s) + 1);
	}
	snprintf(buf, size, "%s", tmp);
}

void sim_param_range(char *buf, size_t size, const struct sim_param *p)
{
	char lo[40], hi[40], names[200];

	if (sim_param_nchoices(p)) {
		sim_param_choice_list(names, sizeof names, p);
		snprintf(buf, size, "one of %s", names);
		return;
	}
	short_number(lo, sizeof lo, p->min);
	short_number(hi, sizeof hi, p->max);
	snprintf(buf, size, "a %s from %s to %s%s%s%s",
	         p->kind == SIM_PARAM_INTEGER ? "whole number" : "number", lo, hi,
	         *p->unit ? " (" : "", p->unit, *p->unit ? ")" : "");
}

void sim_value_problem(char *buf, size_t size, const struct sim_param *p, const char *text,
                       enum sim_status st)
{
	static const char *const problems[] = {
		[SIM_ERANGE] = "is out of range",
		[SIM_ENOT_INTEGER] = "is not a whole number",
		[SIM_ENOT_CHOICE] = "is not one of its choices",
		[SIM_ENOT_NUMBER] = "is not a number",
	};
	const char *problem = (size_t)st < sizeof problems / sizeof *problems && problems[st]
	                      ? problems[st] : problems[SIM_ENOT_NUMBER];
	char range[256];

	sim_param_range(range, sizeof range, p);
	snprintf(buf, size, "%s=%.40s %s: %s takes %s", p->name, text, problem, p->name, range);
}

void sim_param_text(char *buf, size_t size, const struct sim_param *p, double v)
{
	size_t k = sim_param_nchoices(p);

	if (k && v >= 0 && v < (double)k && v == floor(v))
		snprintf(buf, size, "%s", p->choices[(size_t)v]);
	else
		short_number(buf, size, v);
}

void sim_param_people(char *buf, size_t size, const struct sim_param *p, double v)
{
	sim_param_text(buf, size, p, v);
	if (!sim_param_nchoices(p) && strchr(buf, 'e'))
		numtext_people(buf, size, v, 1);
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
	const char *names[SIM_MAX_PRESETS];
	size_t n = 0;
	for (const struct sim_preset *p = m->presets; p && p->name && n < SIM_MAX_PRESETS; p++)
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
	case SIM_ENOT_INTEGER: return "not a whole number";
	case SIM_ENOT_CHOICE: return "not one of the choices";
	}
	return "unknown error";
}
