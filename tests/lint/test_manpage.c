/* test_manpage.c — the model list of cascade-content(5) is the registry's:
 * every model, parameter (unit, range, default, meaning) and preset, in
 * registry order, exactly as model_list() below writes it.  When a model
 * changes, the failure prints the section to paste into the man page. */
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sim/sim.h"

/* Appends to a growing buffer; aborts the test out of memory. */
struct buf {
	char *s;
	size_t len, cap;
};

static void put(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	assert_true(n >= 0);
	if (b->len + (size_t)n + 1 > b->cap) {
		b->cap = (b->len + (size_t)n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		assert_non_null(b->s);
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* A number as people write it: 1e9 rather than 1e+09. */
static void number(char *out, size_t size, double v)
{
	char t[32], *e;

	snprintf(t, sizeof t, "%g", v);
	e = strchr(t, 'e');
	if (e)
		snprintf(out, size, "%.*se%d", (int)(e - t), t, atoi(e + 1));
	else
		snprintf(out, size, "%s", t);
}

/* Text for troff: the micro sign as \(*m, so the page stays ASCII. */
static void troff(char *out, size_t size, const char *s)
{
	size_t n = 0;

	for (; *s && n + 5 < size; s++) {
		if (strncmp(s, "\xc2\xb5", 2) == 0) {
			memcpy(out + n, "\\(*m", 4);
			n += 4;
			s++;
		} else {
			out[n++] = *s;
		}
	}
	out[n] = '\0';
}

static void model_list(struct buf *b)
{
	for (size_t i = 0; i < sim_model_count(); i++) {
		const struct sim_model *m = sim_model_at(i);

		put(b, ".TP\n.B %s\n%s (page %d, %s).\n.RS\n", m->name, m->title, m->step,
		    m->step_name);
		for (size_t k = 0; k < m->nparams; k++) {
			const struct sim_param *p = &m->params[k];
			char lo[32], hi[32], def[32], unit[64], meaning[512];

			number(lo, sizeof lo, p->min);
			number(hi, sizeof hi, p->max);
			number(def, sizeof def, p->def);
			troff(unit, sizeof unit, p->unit);
			troff(meaning, sizeof meaning, p->meaning);
			if (p->kind == SIM_PARAM_CHOICE) {
				char names[128];

				sim_param_choice_list(names, sizeof names, p);
				sim_param_text(def, sizeof def, p, p->def);
				put(b, ".TP\n.BR %s \" (one of %s; default %s)\"\n%s\n", p->name,
				    names, def, meaning);
				continue;
			}
			put(b, ".TP\n.BR %s \" (%s, %s to %s; default %s)\"\n%s\n", p->name, unit,
			    lo, hi, def, meaning);
		}
		for (const struct sim_preset *p = m->presets; p && p->name; p++) {
			char meaning[512];

			troff(meaning, sizeof meaning, p->meaning);
			put(b, ".TP\n.BI preset= %s\n%s\n", p->name, meaning);
		}
		put(b, ".RE\n");
	}
}

static char *read_man(void)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	struct buf b = { 0 };
	FILE *f;
	int c;

	snprintf(path, sizeof path, "%s/man/cascade-content.5", top ? top : ".");
	f = fopen(path, "r");
	assert_non_null(f);
	while ((c = fgetc(f)) != EOF)
		put(&b, "%c", c);
	fclose(f);
	return b.s;
}

/* Whether needle occurs in s[0..n). */
static bool occurs(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle);

	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(s + i, needle, k) == 0)
			return true;
	return false;
}

static void man_page_lists_the_registry(void **state)
{
	struct buf want = { 0 };
	char *man = read_man();
	char *start = strstr(man, "The models and their parameters");
	char *end = strstr(man, ".SH QUIZ BLOCKS");
	const char *found;

	(void)state;
	model_list(&want);
	assert_non_null(start);
	assert_non_null(end);
	assert_true(start < end);
	*end = '\0';
	found = strstr(start, want.s);
	if (!found || occurs(start, (size_t)(found - start), ".TP\n.B ") ||
	    occurs(found + want.len, strlen(found + want.len), ".TP\n.B "))
		fprintf(stderr, "cascade-content.5 should list, after \"The models and their "
		        "parameters...\", exactly:\n%s", want.s);
	assert_non_null(found);
	/* Nothing but the registry's models in the section. */
	assert_false(occurs(start, (size_t)(found - start), ".TP\n.B "));
	assert_false(occurs(found + want.len, strlen(found + want.len), ".TP\n.B "));
	free(want.s);
	free(man);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(man_page_lists_the_registry),
	};

	return cmocka_run_group_tests_name("manpage", tests, NULL, NULL);
}
