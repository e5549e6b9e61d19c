/* simblock.c — reading a sim block's info string against the model
 * registry (see simblock.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/simblock.h"

#define WORD_MAX 128

/* Copies the next blank-separated word of *s into w; 0 at the end. */
static int next_word(const char **s, char w[WORD_MAX])
{
	size_t n = 0;

	while (**s == ' ' || **s == '\t')
		(*s)++;
	if (!**s)
		return 0;
	while (**s && **s != ' ' && **s != '\t') {
		if (n + 1 < WORD_MAX)
			w[n++] = **s;
		(*s)++;
	}
	w[n] = '\0';
	return 1;
}

static int model_word(struct simblock *sb, const char *word, const char *path,
                      int line, struct diags *d)
{
	const char *near;

	sb->model = sim_model_find(word);
	if (sb->model && sb->model->nparams <= SIMBLOCK_MAX_PARAMS) {
		sim_defaults(sb->model, sb->values);
		return 0;
	}
	if (sb->model) {
		/* A known model: say what is wrong with it, not that it is unknown. */
		if (d)
			diag_add(d, DIAG_ERROR, path, line,
			         "sim model '%s' has %zu parameters; a sim block can set at most %d",
			         word, sb->model->nparams, SIMBLOCK_MAX_PARAMS);
		sb->model = NULL;
		return -1;
	}
	near = sim_model_suggest(word);
	if (d && near)
		diag_add(d, DIAG_ERROR, path, line, "unknown sim model '%s' (did you mean '%s'?)", word, near);
	else if (d)
		diag_add(d, DIAG_ERROR, path, line, "unknown sim model '%s' (see 'cascade sim list')", word);
	sb->model = NULL;
	return -1;
}

static int preset_word(struct simblock *sb, const char *name, const char *path,
                       int line, struct diags *d)
{
	const struct sim_preset *p = sim_preset_find(sb->model, name);
	const char *near;

	if (!p) {
		near = sim_preset_suggest(sb->model, name);
		if (d)
			diag_add(d, DIAG_ERROR, path, line, "model '%s' has no preset '%s'%s%s%s",
			         sb->model->name, name, near ? " (did you mean '" : "",
			         near ? near : "", near ? "'?)" : "");
		return -1;
	}
	sb->preset = p;
	sim_apply_preset(sb->model, sb->values, name);
	for (const struct sim_preset_value *v = p->values; v->name; v++) {
		size_t i;

		if (sim_param_find(sb->model, v->name, &i))
			sb->given[i] = true;
	}
	return 0;
}

static int param_word(struct simblock *sb, char *word, const char *path, int line,
                      struct diags *d)
{
	char *eq = strchr(word, '=');
	const struct sim_param *p;
	enum sim_status st;
	const char *near;
	size_t i;

	if (!eq) {
		if (d)
			diag_add(d, DIAG_ERROR, path, line, "sim block: '%s' is not param=value", word);
		return -1;
	}
	*eq = '\0';
	if (strcmp(word, "preset") == 0)
		return preset_word(sb, eq + 1, path, line, d);
	p = sim_param_find(sb->model, word, &i);
	if (!p) {
		near = sim_param_suggest(sb->model, word);
		if (d)
			diag_add(d, DIAG_ERROR, path, line, "unknown sim parameter '%s' of '%s'%s%s%s",
			         word, sb->model->name, near ? " (did you mean '" : "",
			         near ? near : "", near ? "'?)" : "");
		return -1;
	}
	st = sim_set_param(sb->model, sb->values, word, eq + 1);
	if (st == SIM_OK) {
		sb->given[i] = true;
		return 0;
	}
	if (d) {
		char why[400];

		sim_value_problem(why, sizeof why, p, eq + 1, st);
		diag_add(d, DIAG_ERROR, path, line, "sim parameter %s", why);
	}
	return -1;
}

int simblock_parse(struct simblock *sb, const char *info, const char *path,
                   int line, struct diags *d)
{
	char word[WORD_MAX];
	int rc = 0;

	memset(sb, 0, sizeof *sb);
	if (!next_word(&info, word)) {
		if (d)
			diag_add(d, DIAG_ERROR, path, line, "sim block names no model (```sim MODEL param=value ...)");
		return -1;
	}
	if (model_word(sb, word, path, line, d) != 0)
		return -1;
	while (next_word(&info, word))
		if (param_word(sb, word, path, line, d) != 0)
			rc = -1;
	return rc;
}

void simblock_args(const struct simblock *sb, char *buf, size_t size)
{
	size_t n;

	if (!size)
		return;
	n = (size_t)snprintf(buf, size, "%s", sb->model ? sb->model->name : "?");
	for (size_t i = 0; sb->model && i < sb->model->nparams && n < size; i++)
		if (sb->given[i] && sb->values[i] != sb->model->params[i].def)
			n += (size_t)snprintf(buf + n, size - n, " %s=%.15g",
			                      sb->model->params[i].name, sb->values[i]);
}
