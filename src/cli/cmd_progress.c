/* cmd_progress.c — `cascade progress [--reset [--yes]]`: the student's
 * progress per page (visited, quiz answers and score, simulations tried)
 * in plain text, or clearing it after asking.  Also opens the progress
 * for the other commands (cli_progress_open()). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "lesson/course.h"
#include "progress/progress.h"
#include "progress/summary.h"

void cli_progress_report(const struct cli_ctx *ctx, struct progress *p)
{
	const char *m = progress_message(p);

	if (m)
		fprintf(stderr, "%s: warning: %s\n", ctx->progname, m);
}

int cli_progress_open(const struct cli_ctx *ctx, struct progress *p)
{
	char dir[4096];

	if (progress_dir(dir, sizeof dir, getenv("XDG_STATE_HOME"), getenv("HOME")) != 0)
		dir[0] = '\0';
	if (progress_init(p, dir) != PROGRESS_OK || progress_load(p, time(NULL)) == PROGRESS_NO_MEMORY) {
		cli_error(ctx, "out of memory");
		return 1;
	}
	cli_progress_report(ctx, p);
	return 0;
}

/* "3/4", or "-" when the page has none. */
static const char *fraction(char *buf, size_t size, size_t n, size_t of)
{
	if (of == 0)
		return "-";
	snprintf(buf, size, "%zu/%zu", n, of);
	return buf;
}

static void print_resume(const struct progress *p, struct course *c)
{
	const char *id = progress_last_page(p);
	const struct page *pg = id ? course_find(c, id) : NULL;
	char when[64] = "";
	time_t t = (time_t)p->last_at;
	struct tm tm;

	if (!pg)
		return;
	if (localtime_r(&t, &tm))
		strftime(when, sizeof when, " (read %Y-%m-%d %H:%M)", &tm);
	printf("Resume at page %d, %s%s.\n", pg->number, pg->title, when);
}

/* One row of the progress table: number, page, read, answered, right,
 * sims tried. */
#define PROGRESS_ROW "%3s  %-28s %-8s %-9s %-6s %s\n"

static int print_progress(const struct cli_ctx *ctx, struct progress *p, struct course *c)
{
	struct progress_summary s, all = { 0 };
	size_t visited = 0, read = 0;
	char a[32], r[32], t[32], o[32];
	struct diags d;

	if (p->dir[0])
		printf("Progress kept in %s/%s\n", p->dir, PROGRESS_FILE);
	else
		fprintf(stderr, "%s: warning: progress is not kept: neither XDG_STATE_HOME nor HOME "
		        "is an absolute path\n", ctx->progname);
	print_resume(p, c);
	printf("\n" PROGRESS_ROW, "#", "page", "read", "answered", "right", "sims tried");
	diags_init(&d);
	for (size_t i = 0; i < c->npages; i++) {
		struct page *pg = &c->pages[i];
		char num[8];

		progress_summarize(p, pg, &d, &s);
		snprintf(num, sizeof num, "%d", pg->number);
		printf(PROGRESS_ROW, num, pg->id, s.read ? "yes" : s.visited ? "opened" : "no",
		       fraction(a, sizeof a, s.answered, s.quizzes), fraction(r, sizeof r, s.right, s.quizzes),
		       fraction(t, sizeof t, s.sims_tried, s.sims));
		visited += s.visited;
		read += s.read;
		all.quizzes += s.quizzes, all.answered += s.answered, all.right += s.right;
		all.sims += s.sims, all.sims_tried += s.sims_tried;
	}
	/* The totals are a row of the same table, so every line fits 80
	 * columns; the line under it says what "read" and "right" count. */
	printf(PROGRESS_ROW, "", "in all", fraction(o, sizeof o, read, c->npages),
	       fraction(a, sizeof a, all.answered, all.quizzes),
	       fraction(r, sizeof r, all.right, all.quizzes),
	       fraction(t, sizeof t, all.sims_tried, all.sims));
	printf("\nRead: to the page's end (%zu of %zu pages opened). Right: at the first try.\n",
	       visited, c->npages);
	cli_print_diags(&d);
	diags_free(&d);
	return 0;
}

/* Asks on stdin; only "y" or "yes" (any case) agrees. */
static bool confirm(const struct progress *p)
{
	char line[64];
	size_t n;

	printf("Clear all progress kept in %s? [y/N] ", p->dir);
	fflush(stdout);
	if (!fgets(line, sizeof line, stdin)) {
		putchar('\n');
		return false;
	}
	n = strcspn(line, "\r\n");
	line[n] = '\0';
	for (size_t i = 0; i < n; i++)
		line[i] = (char)tolower((unsigned char)line[i]);
	return strcmp(line, "y") == 0 || strcmp(line, "yes") == 0;
}

static int reset(const struct cli_ctx *ctx, struct progress *p, bool yes)
{
	if (!p->dir[0]) {
		cli_error(ctx, "no progress to clear: neither XDG_STATE_HOME nor HOME is an absolute path");
		return 1;
	}
	if (!yes && !confirm(p)) {
		cli_error(ctx, "progress not cleared (answer 'y' to clear it, or give --yes)");
		return 1;
	}
	if (progress_reset(p, time(NULL)) != PROGRESS_OK) {
		cli_progress_report(ctx, p);
		return 1;
	}
	printf("Progress cleared.\n");
	return 0;
}

int cmd_progress(struct cli_ctx *ctx, int argc, char **argv)
{
	bool do_reset = false, yes = false;
	struct progress p;
	struct course *c = NULL;
	int rc;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--reset") == 0)
			do_reset = true;
		else if (strcmp(argv[i], "--yes") == 0 || strcmp(argv[i], "-y") == 0)
			yes = true;
		else if (argv[i][0] == '-')
			return cli_usage_error(ctx, "progress: unknown option '%s'", argv[i]);
		else
			return cli_usage_error(ctx, "progress: unexpected argument '%s'", argv[i]);
	}
	if (yes && !do_reset)
		return cli_usage_error(ctx, "progress: --yes goes with --reset");
	if (!do_reset && !(c = cli_course(ctx)))
		return 1;
	if (cli_progress_open(ctx, &p) != 0) {
		progress_free(&p);
		return 1;
	}
	rc = do_reset ? reset(ctx, &p, yes) : print_progress(ctx, &p, c);
	progress_free(&p);
	return rc;
}
