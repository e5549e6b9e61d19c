/* diag.c — collecting diagnostics (see diag.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/diag.h"
#include "util/grow.h"

void diags_init(struct diags *d)
{
	memset(d, 0, sizeof *d);
}

void diags_free(struct diags *d)
{
	for (size_t i = 0; i < d->len; i++) {
		free(d->items[i].file);
		free(d->items[i].msg);
	}
	free(d->items);
	memset(d, 0, sizeof *d);
}

void diag_add(struct diags *d, enum diag_level level, const char *file,
              int line, const char *fmt, ...)
{
	va_list ap, ap2;
	char *msg;
	int n;
	struct diag *item;

	if (!d)
		return;
	if (level == DIAG_ERROR)
		d->nerrors++;
	if (level > d->worst)
		d->worst = level;
	if (grow_for_one((void **)&d->items, &d->cap, d->len, sizeof *d->items, 8))
		return;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	msg = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (msg)
		vsnprintf(msg, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	va_end(ap);
	item = &d->items[d->len];
	item->level = level;
	item->file = strdup(file ? file : "-");
	item->line = line;
	item->msg = msg;
	if (!item->file || !item->msg) {
		free(item->file);
		free(item->msg);
		return;
	}
	d->len++;
}

void diags_print(const struct diags *d, FILE *f)
{
	for (size_t i = 0; i < d->len; i++) {
		const struct diag *g = &d->items[i];
		const char *level = g->level == DIAG_WARNING ? "warning: " : "";

		if (g->line > 0)
			fprintf(f, "%s:%d: %s%s\n", g->file, g->line, level, g->msg);
		else
			fprintf(f, "%s: %s%s\n", g->file, level, g->msg);
	}
}
