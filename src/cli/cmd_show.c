/* cmd_show.c — `cascade show PAGE [--width W] [--height H]`: a page laid
 * out as it is in the pager (its previews as tall as on a terminal of H
 * lines), glossary terms marked, printed; plain text when stdout is not a
 * terminal.
 * `cascade show all` (or no PAGE) prints every page, for handouts, with
 * the quizzes numbered page by page and one answer key at the end. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "lesson/course.h"
#include "lesson/glossary.h"
#include "search/glossary_match.h"
#include "view/layout.h"

#define SHOW_MIN_WIDTH 20
#define SHOW_MAX_WIDTH 1000
#define SHOW_MIN_HEIGHT 5
#define SHOW_MAX_HEIGHT 1000

/* The glossary and its matcher, made once for every page printed, so that
 * show marks terms as the pager does, styled.  A term's mark is only its
 * style, so plain output (a file, a pipe, NO_COLOR) leaves the glossary
 * unread and its terms unmatched: a fifth of printing the whole course. */
struct marker {
	struct glossary g;
	struct gloss_matcher m;
	bool ready;
};

static void marker_open(struct marker *mk, const struct cli_ctx *ctx, struct course *c)
{
	memset(mk, 0, sizeof *mk);
	if (!ctx->color || !c || !c->glossary)
		return;
	if (glossary_load(&mk->g, c->glossary, NULL) == 0 &&
	    gloss_matcher_from_glossary(&mk->m, &mk->g) == SEARCH_OK)
		mk->ready = true;
}

static void marker_close(struct marker *mk)
{
	gloss_matcher_free(&mk->m);
	glossary_free(&mk->g);
}

/* Lays out and prints p; 0, or 1 when memory ran out. */
static int print_page(struct cli_ctx *ctx, struct page *p, const struct layout_opts *o,
                      const struct marker *mk)
{
	struct layout lo;
	struct diags d;
	int rc = 0;

	diags_init(&d);
	if (layout_page(&lo, p, o, &d) != 0) {
		cli_error(ctx, "out of memory laying out '%s'", p->id);
		rc = 1;
	} else {
		if (mk->ready)
			gloss_mark_layout(&mk->m, mk->g.nterms, &lo);
		cli_print_grid(stdout, &lo.grid, ctx);
	}
	cli_print_diags(&d);
	diags_free(&d);
	layout_free(&lo);
	return rc;
}

/* Every page, then every page's answers. */
static int print_all(struct cli_ctx *ctx, struct layout_opts *o)
{
	struct course *c = cli_course(ctx);
	struct layout lo;
	struct diags d;
	struct marker mk;
	char heading[256];
	int rc = 0;

	if (!c)
		return 1;
	marker_open(&mk, ctx, c);
	o->quiz_answers = true;
	o->answers_elsewhere = true;
	for (size_t i = 0; i < c->npages && rc == 0; i++) {
		if (i > 0)
			printf("\n\n");
		rc = print_page(ctx, &c->pages[i], o, &mk);
	}
	if (c->glossary && rc == 0) { /* the handout's glossary, as the pager's */
		printf("\n\n");
		rc = print_page(ctx, c->glossary, o, &mk);
	}
	marker_close(&mk);
	printf("\n\nAnswer key\n");
	for (size_t i = 0; i < c->npages && rc == 0; i++) {
		snprintf(heading, sizeof heading, "%d. %s", c->pages[i].number, c->pages[i].title);
		diags_init(&d); /* print_page() has reported the page's problems */
		if (layout_answer_key(&lo, &c->pages[i], heading, o, &d) != 0) {
			cli_error(ctx, "out of memory laying out '%s'", c->pages[i].id);
			rc = 1;
		} else {
			cli_print_grid(stdout, &lo.grid, ctx);
		}
		diags_free(&d);
		layout_free(&lo);
	}
	return rc;
}

#define NOT_THIS_OPTION (-1)

/* Reads "--NAME N" or "--NAME=N" at argv[*i] into *out (min to max):
 * NOT_THIS_OPTION when argv[*i] is another argument, 0 when read, else
 * the status of the usage error it reported. */
static int number_option(struct cli_ctx *ctx, int argc, char **argv, int *i, const char *name,
                         long min, long max, long *out)
{
	size_t n = strlen(name);
	const char *arg = argv[*i], *v;

	if (strncmp(arg, name, n) != 0 || (arg[n] && arg[n] != '='))
		return NOT_THIS_OPTION;
	v = arg[n] == '=' ? arg + n + 1 : (*i + 1 < argc ? argv[++*i] : NULL);
	if (!v)
		return cli_usage_error(ctx, "show: %s needs a number", name);
	if (cli_parse_long(v, min, max, out) != 0)
		return cli_usage_error(ctx, "show: %s '%s' is not a whole number from %ld to %ld", name,
		                       v, min, max);
	return 0;
}

int cmd_show(struct cli_ctx *ctx, int argc, char **argv)
{
	const char *key = NULL;
	long width = ctx->width, height = 0;
	struct marker mk;
	struct page *p;
	int rc;

	for (int i = 1; i < argc; i++) {
		int r;

		if ((r = number_option(ctx, argc, argv, &i, "--width", SHOW_MIN_WIDTH, SHOW_MAX_WIDTH,
		                       &width)) != NOT_THIS_OPTION) {
			if (r)
				return r;
		} else if ((r = number_option(ctx, argc, argv, &i, "--height", SHOW_MIN_HEIGHT,
		                              SHOW_MAX_HEIGHT, &height)) != NOT_THIS_OPTION) {
			if (r)
				return r;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			return cli_usage_error(ctx, "show: unknown option '%s'", argv[i]);
		} else if (key) {
			return cli_usage_error(ctx, "show: one page at a time ('%s' and '%s')", key, argv[i]);
		} else {
			key = argv[i];
		}
	}
	struct layout_opts o = {
		.width = (size_t)width,
		.charset = ctx->charset,
		.link_notes = !ctx->tty,
		.quiz_answers = !ctx->tty,
		.sim_previews = true,
		.preview_rows = layout_preview_rows((int)height),
	};
	if (!key || strcmp(key, "all") == 0)
		return print_all(ctx, &o);
	if (!(p = cli_find_page_or_glossary(ctx, key)))
		return ctx->course ? 2 : 1;
	marker_open(&mk, ctx, cli_course(ctx));
	rc = print_page(ctx, p, &o, &mk);
	marker_close(&mk);
	return rc;
}

int cli_print_instead_of_pager(struct cli_ctx *ctx, const char *page)
{
	char *argv[] = { "show", (char *)(page ? page : "1"), NULL };
	struct course *c = cli_course(ctx);

	if (!c)
		return 1;
	if (!page)
		argv[1] = c->pages[0].id;
	else if (!cli_find_page_or_glossary(ctx, page))
		return 2; /* said why; nothing to print instead */
	fprintf(stderr, "%s: no terminal to page in; printing '%s'. "
	        "Try '%s show PAGE | less -R', or '%s list'.\n",
	        ctx->progname, argv[1], ctx->progname, ctx->progname);
	/* A dumb terminal gets the plain printout: no attributes, links
	 * numbered, quiz answers at the end. */
	ctx->tty = false;
	ctx->color = false;
	return cmd_show(ctx, 2, argv);
}
