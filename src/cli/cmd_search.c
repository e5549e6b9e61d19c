/* cmd_search.c — `cascade search PATTERN [-i] [-F] [--page N] [--width W]`:
 * grep over the rendered text of every page (and the glossary), printing
 * "page:line: text" for each line with a match, the match marked when
 * stdout is a terminal.  Exit status as grep's: 0 something matched, 1
 * nothing did, 2 a bad pattern or another error. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "lesson/course.h"
#include "search/search.h"
#include "view/layout.h"

#define SEARCH_MIN_WIDTH 20
#define SEARCH_MAX_WIDTH 1000

struct search_args {
	const char *pattern;
	const char *page;        /* --page, or NULL for every page */
	long width;
	struct search_opts opts;
};

/* Starts and ends of a marked match (empty when not on a terminal). */
struct marks {
	const char *on, *off;
};

static int parse_args(struct cli_ctx *ctx, int argc, char **argv, struct search_args *a)
{
	bool options = true;

	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];

		if (options && strcmp(arg, "--") == 0) {
			options = false;
		} else if (options && (strcmp(arg, "-i") == 0 || strcmp(arg, "--ignore-case") == 0)) {
			a->opts.case_mode = SEARCH_CASE_IGNORE;
		} else if (options && (strcmp(arg, "-F") == 0 || strcmp(arg, "--fixed-strings") == 0)) {
			a->opts.literal = true;
		} else if (options && (strncmp(arg, "--page", 6) == 0 && (!arg[6] || arg[6] == '='))) {
			a->page = arg[6] ? arg + 7 : (i + 1 < argc ? argv[++i] : NULL);
			if (!a->page || !*a->page)
				return cli_usage_error(ctx, "search: --page needs a page number or id");
		} else if (options && (strncmp(arg, "--width", 7) == 0 && (!arg[7] || arg[7] == '='))) {
			const char *v = arg[7] ? arg + 8 : (i + 1 < argc ? argv[++i] : NULL);

			if (!v)
				return cli_usage_error(ctx, "search: --width needs a number");
			if (cli_parse_long(v, SEARCH_MIN_WIDTH, SEARCH_MAX_WIDTH, &a->width) != 0)
				return cli_usage_error(ctx, "search: --width '%s' is not a whole number from %d to %d",
				                       v, SEARCH_MIN_WIDTH, SEARCH_MAX_WIDTH);
		} else if (options && arg[0] == '-' && arg[1]) {
			return cli_usage_error(ctx, "search: unknown option '%s'", arg);
		} else if (a->pattern) {
			return cli_usage_error(ctx, "search: one pattern at a time ('%s' and '%s'); "
			                       "join them with '|'", a->pattern, arg);
		} else {
			a->pattern = arg;
		}
	}
	if (!a->pattern)
		return cli_usage_error(ctx, "search: what pattern? (a PCRE2 regular expression)");
	return 0;
}

/* Prints line `line` of t, marking the bytes under spans[*k ...] on it. */
static void print_line(const struct search_text *t, size_t line,
                       const struct search_result *r, size_t *k,
                       const struct marks *mk)
{
	const struct search_line *l = &t->lines[line];
	bool in = false;

	for (size_t b = l->off; b < l->off + l->len; b++) {
		const struct search_pos *pos = &t->pos[b];
		bool want;

		while (*k < r->nspans && r->spans[*k].line == line &&
		       r->spans[*k].end_col <= pos->col)
			(*k)++;
		want = *k < r->nspans && r->spans[*k].line == line &&
		       r->spans[*k].col <= pos->col;
		if (want != in)
			fputs(want ? mk->on : mk->off, stdout);
		in = want;
		putchar(t->bytes[b]);
	}
	if (in)
		fputs(mk->off, stdout);
	while (*k < r->nspans && r->spans[*k].line == line)
		(*k)++;
}

/* Prints every line of page ip with a match; returns the matches. */
static size_t print_page(const struct search_index_page *ip, const struct search_result *r,
                         const struct marks *mk)
{
	size_t k = 0;

	while (k < r->nspans) {
		size_t line = r->spans[k].line;

		printf("%s:%zu: ", ip->page->id, line + 1);
		print_line(&ip->text, line, r, &k, mk);
		putchar('\n');
	}
	return r->nmatches;
}

/* Lays out one page, or all of them, into ix. */
static int build_index(struct cli_ctx *ctx, const struct search_args *a,
                       struct search_index *ix, struct diags *d)
{
	struct course *c = cli_course(ctx);
	struct layout_opts o = {
		.width = (size_t)a->width,
		.charset = ctx->charset,
		.link_notes = !ctx->tty, /* as `cascade show`, so lines agree */
		.sim_previews = true,
	};
	struct course one = { 0 };
	struct page *p;

	if (!c)
		return 1;
	if (!a->page)
		return search_index_build(ix, c, &o, d) ? -1 : 0;
	if (!(p = cli_find_page_or_glossary(ctx, a->page)))
		return 2;
	one.pages = p;
	one.npages = 1;
	return search_index_build(ix, &one, &o, d) ? -1 : 0;
}

int cmd_search(struct cli_ctx *ctx, int argc, char **argv)
{
	struct search_args a = { .width = ctx->width };
	struct search_pattern *pat;
	struct search_error err;
	struct search_index ix = { 0 };
	struct search_course_result res;
	struct diags d;
	struct marks mk = { "", "" };
	enum search_status st;
	size_t found = 0;
	int rc;

	if ((rc = parse_args(ctx, argc, argv, &a)) != 0)
		return rc;
	st = search_compile(&pat, a.pattern, &a.opts, &err);
	if (st == SEARCH_BAD_PATTERN) {
		cli_error(ctx, "search: bad pattern '%s': %s at offset %zu",
		          a.pattern, err.message, err.offset);
		return 2;
	} else if (st != SEARCH_OK) {
		cli_error(ctx, "search: %s", search_status_message(st));
		return 2;
	}
	if (ctx->tty)
		mk = ctx->color ? (struct marks){ "\033[1;31m", "\033[0m" }
		                : (struct marks){ "\033[7m", "\033[0m" };
	diags_init(&d);
	rc = build_index(ctx, &a, &ix, &d);
	cli_print_diags(&d);
	diags_free(&d);
	if (rc != 0) {
		if (rc < 0)
			cli_error(ctx, "search: out of memory laying out the pages");
		search_index_free(&ix);
		search_pattern_free(pat);
		return 2;
	}
	st = search_course(pat, &ix, &res);
	for (size_t i = 0; i < res.npages; i++)
		found += print_page(&ix.pages[res.pages[i].page], &res.pages[i].result, &mk);
	if (st != SEARCH_OK)
		cli_error(ctx, "search: %s", search_status_message(st));
	rc = st == SEARCH_TOO_COMPLEX || st == SEARCH_NOMEM ? 2 : found ? 0 : 1;
	search_course_free(&res);
	search_index_free(&ix);
	search_pattern_free(pat);
	return rc;
}
