/* sim_info.c — `cascade sim list`, `describe` and `--validate`.
 *
 * Owns: printing the model registry, one model's parameters (units,
 * ranges, defaults, sources) and presets, and the calibration table:
 * every published target, the model's output and the tolerance. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/sim_cli.h"
#include "util/numtext.h"

int sim_show_list(void)
{
	for (size_t i = 0; i < sim_model_count(); i++) {
		const struct sim_model *m = sim_model_at(i);
		printf("%-14s page %2d  %-28s %s\n", m->name, m->step, m->step_name,
		       m->title);
	}
	return 0;
}

/* "      TEXT" (or "      source: TEXT"), broken to the terminal. */
static void print_note(const struct cli_ctx *ctx, const char *label, const char *text)
{
	char line[1024];

	snprintf(line, sizeof line, "      %s%s", label, text);
	cli_print_wrapped(stdout, ctx, line, 6 + strlen(label));
}

int sim_show_describe(const struct cli_ctx *ctx, const struct sim_model *m)
{
	printf("%s — %s (page %d, %s)\n\nparameters:\n", m->name, m->title,
	       m->step, m->step_name);
	for (size_t i = 0; i < m->nparams; i++) {
		const struct sim_param *p = &m->params[i];
		char range[160], def[64];

		sim_param_range(range, sizeof range, p);
		sim_param_text(def, sizeof def, p, p->def);
		printf("  %-13s %s, default %s\n", p->name, range, def);
		print_note(ctx, "", p->meaning);
		print_note(ctx, "source: ", p->source);
	}
	printf("\npresets:\n");
	if (!m->presets || !m->presets->name)
		printf("  (none)\n");
	for (const struct sim_preset *p = m->presets; p && p->name; p++) {
		printf("  %-13s %s\n      sets:", p->name, p->meaning);
		for (const struct sim_preset_value *v = p->values; v->name; v++) {
			const struct sim_param *par = sim_param_find(m, v->name, NULL);
			char text[64];

			/* as it would be typed: "cells=1e6", "tumour=colorectal" */
			if (par)
				sim_param_text(text, sizeof text, par, v->value);
			else
				snprintf(text, sizeof text, "%g", v->value);
			printf(" %s=%s", v->name, text);
		}
		putchar('\n');
		print_note(ctx, "source: ", p->source);
	}
	return 0;
}

int sim_show_validate(struct cli_ctx *ctx, const struct sim_opts *o)
{
	int failed = 0;
	if (o->format == FMT_CSV)
		printf("target,published,model,unit,accepted_lo,accepted_hi,"
		       "tolerance,pass,setup,source\n");
	else if (o->format == FMT_JSON)
		printf("[");
	else
		printf("%-22s %-12s %-13s %s\n", "target", "model", "accepted",
		       "published (source)");
	for (size_t i = 0; i < sim_target_count(); i++) {
		const struct sim_target *t = sim_target_at(i);
		double v;
		int pass;
		if (sim_target_eval(t, o->seed, &v, &pass) != SIM_OK) {
			cli_error(ctx, "sim --validate: %s could not be run", t->id);
			return 1;
		}
		failed += !pass;
		if (o->format == FMT_CSV) {
			printf("%s,\"%s\",%.6g,%s,%g,%g,\"%s\",%s,\"%s\",\"%s\"\n", t->id,
			       t->published, v, t->unit, t->lo, t->hi, t->tolerance,
			       pass ? "yes" : "no", t->setup, t->source);
		} else if (o->format == FMT_JSON) {
			printf("%s{\"target\": ", i ? ", " : "");
			sim_json_string(stdout, t->id);
			printf(", \"published\": ");
			sim_json_string(stdout, t->published);
			printf(", \"model\": ");
			sim_json_number(stdout, v);
			printf(", \"unit\": ");
			sim_json_string(stdout, t->unit);
			printf(", \"lo\": %.10g, \"hi\": %.10g, \"pass\": %s, \"source\": ",
			       t->lo, t->hi, pass ? "true" : "false");
			sim_json_string(stdout, t->source);
			printf("}");
		} else {
			/* for people, as every table: "3.5 M", never "3.499e+06" */
			char model[32], lo[32], hi[32], acc[72];

			numtext_people(model, sizeof model, v, 1);
			numtext_people(lo, sizeof lo, t->lo, 1);
			numtext_people(hi, sizeof hi, t->hi, 1);
			snprintf(acc, sizeof acc, "%s-%s", lo, hi);
			printf("%-22s %-12s %-13s %s (%s)%s\n", t->id, model, acc,
			       t->published, t->source, pass ? "" : "  ** FAILS **");
		}
	}
	if (o->format == FMT_JSON)
		printf("]\n");
	else if (o->format == FMT_TABLE)
		printf("\n%zu targets, %d outside tolerance (seed %llu)\n",
		       sim_target_count(), failed, (unsigned long long)o->seed);
	return failed ? 1 : 0;
}

