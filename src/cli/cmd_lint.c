/* cmd_lint.c — `cascade lint [DIR]`: loads a content directory (the
 * built-in pages by default), runs the checks of lesson/lint.h, the
 * directory's walkthrough files included, and prints every problem, the
 * loader's included, as "file:line: message" in file and line order.
 * `cascade lint --walkthrough FILE [DIR]` checks only walkthrough files
 * (lesson/walkthrough.h) against the course.  Exit status 1 when there is
 * any problem, 0 when none, with one line that says what was checked:
 * "11 pages, 76 terms, 2 walkthroughs: no problems". */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "lesson/course.h"
#include "lesson/diag.h"
#include "lesson/glossary.h"
#include "lesson/lint.h"
#include "lesson/walkthrough.h"

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

/* The FILE of "--walkthrough FILE" or "--walkthrough=FILE" at argv[*i]
 * (moving *i past FILE): "" when it is missing, NULL when argv[*i] is
 * another argument. */
static const char *walk_option(int argc, char **argv, int *i)
{
	const char *a = argv[*i], *name = "--walkthrough";
	size_t n = strlen(name);

	if (strncmp(a, name, n) != 0 || (a[n] != '\0' && a[n] != '='))
		return NULL;
	if (a[n] == '=')
		return a + n + 1;
	return *i + 1 < argc ? argv[++*i] : "";
}

/* "[--walkthrough FILE]... [DIR]": sets *dir if given and counts the
 * walkthrough files.  Returns 0, or 2 after a usage message. */
static int lint_args(struct cli_ctx *ctx, int argc, char **argv, const char **dir,
                     int *nwalk)
{
	bool have_dir = false;

	for (int i = 1; i < argc; i++) {
		const char *file = walk_option(argc, argv, &i);

		if (file && !*file)
			return cli_usage_error(ctx, "lint: --walkthrough needs a file");
		if (file) {
			(*nwalk)++;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			return cli_usage_error(ctx, "lint: unknown option '%s'", argv[i]);
		} else if (have_dir) {
			return cli_usage_error(ctx, "lint: unexpected argument '%s'", argv[i]);
		} else {
			have_dir = true;
			*dir = argv[i];
		}
	}
	return 0;
}

/* Checks each --walkthrough file of argv against c into d. */
static void lint_walk_files(struct course *c, int argc, char **argv, struct diags *d)
{
	for (int i = 1; i < argc; i++) {
		const char *file = walk_option(argc, argv, &i);
		struct walkthrough w;

		if (file) {
			walkthrough_load(&w, file, c, d);
			walkthrough_free(&w);
		}
	}
}

/* The line printed when all is well. */
static void summary(struct course *c, size_t nwalk)
{
	struct glossary g;
	size_t nterms = 0;

	if (c->glossary && glossary_load(&g, c->glossary, NULL) == 0)
		nterms = g.nterms;
	if (c->glossary)
		glossary_free(&g);
	printf("%zu page%s, %zu term%s, %zu walkthrough%s: no problems\n", c->npages,
	       c->npages == 1 ? "" : "s", nterms, nterms == 1 ? "" : "s", nwalk,
	       nwalk == 1 ? "" : "s");
}

int cmd_lint(struct cli_ctx *ctx, int argc, char **argv)
{
	const char *dir = ctx->content_dir;
	struct course c;
	struct diags d, walk;
	size_t nfiles = 0;
	int rc, nwalk = 0;

	if ((rc = lint_args(ctx, argc, argv, &dir, &nwalk)) != 0)
		return rc;
	diags_init(&d);
	diags_init(&walk);
	if (course_load(&c, dir, &d) == 0) {
		if (nwalk > 0) {
			lint_walk_files(&c, argc, argv, &walk);
		} else {
			lint_course(&c, &d);
			if (dir)
				lint_walkthroughs(&c, dir, &d, &nfiles);
		}
	}
	/* Checking walkthroughs, the course's own warnings are lint DIR's to
	 * tell; its errors stay, as they may explain a missing page. */
	if (nwalk > 0 && d.nerrors == 0)
		diags_free(&d);
	sort_diags(&d);
	cli_print_diags(&d);
	sort_diags(&walk);
	cli_print_diags(&walk);
	rc = d.len > 0 || d.nerrors > 0 || walk.len > 0 || walk.nerrors > 0 ? 1 : 0;
	if (rc == 0)
		summary(&c, nwalk > 0 ? (size_t)nwalk : nfiles);
	course_free(&c);
	diags_free(&d);
	diags_free(&walk);
	return rc;
}
