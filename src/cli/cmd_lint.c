/* cmd_lint.c — `cascade lint [DIR]`: loads a content directory (the
 * built-in pages by default), runs the checks of lesson/lint.h and prints
 * every problem, the loader's included, as "file:line: message" in file
 * and line order.  Exit status 1 when there is any, 0 when none. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "lesson/course.h"
#include "lesson/diag.h"
#include "lesson/lint.h"

struct ranked {
	struct diag diag;
	size_t order; /* as recorded: keeps the sort stable */
};

static int by_place(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;
	int c = strcmp(x->diag.file, y->diag.file);

	if (c)
		return c;
	if (x->diag.line != y->diag.line)
		return (x->diag.line > y->diag.line) - (x->diag.line < y->diag.line);
	return (x->order > y->order) - (x->order < y->order);
}

/* Sorts d's items by file, then line, keeping the recorded order of
 * messages on one line.  Out of memory they stay as recorded. */
static void sort_diags(struct diags *d)
{
	struct ranked *r = d->len ? malloc(d->len * sizeof *r) : NULL;

	if (!r)
		return;
	for (size_t i = 0; i < d->len; i++) {
		r[i].diag = d->items[i];
		r[i].order = i;
	}
	qsort(r, d->len, sizeof *r, by_place);
	for (size_t i = 0; i < d->len; i++)
		d->items[i] = r[i].diag;
	free(r);
}

int cmd_lint(struct cli_ctx *ctx, int argc, char **argv)
{
	const char *dir = ctx->content_dir;
	struct course c;
	struct diags d;
	int rc;

	if (argc > 1 && argv[1][0] == '-' && argv[1][1])
		return cli_usage_error(ctx, "lint: unknown option '%s'", argv[1]);
	if (argc > 2)
		return cli_usage_error(ctx, "lint: unexpected argument '%s'", argv[2]);
	if (argc == 2)
		dir = argv[1];
	diags_init(&d);
	if (course_load(&c, dir, &d) == 0)
		lint_course(&c, &d);
	sort_diags(&d);
	cli_print_diags(&d);
	rc = d.len > 0 || d.nerrors > 0 ? 1 : 0;
	course_free(&c);
	diags_free(&d);
	return rc;
}
