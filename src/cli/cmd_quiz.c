/* cmd_quiz.c — `cascade quiz [PAGE]`: a page's quizzes (or all of them, as
 * a review) on a plain line-oriented prompt, for terminals where curses
 * is not wanted and for scripted practice.  Answers are read from stdin,
 * one letter a line; each is judged at once with the explanations, and
 * recorded in the student's progress (the first answer is the one
 * scored).  Ends with the score. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/quiz.h"
#include "progress/progress.h"
#include "progress/summary.h"
#include "util/utf8.h"
#include "view/glyph.h"
#include "util/grow.h"

#define QUIZ_MIN_WIDTH 20
#define QUIZ_MAX_NONSENSE 10 /* answers in a row that are not letters: give up */
#define QUIZ_MAX_ANSWER 80   /* bytes; longer lines are not answers */

/* One question to ask: block of page. */
struct item {
	struct page *page;
	size_t block;
	unsigned number; /* the quiz's number on its page, 0-based */
};

struct run {
	struct cli_ctx *ctx;
	struct progress *progress;
	size_t width;       /* columns to wrap at */
	bool ascii;         /* print non-ASCII text as ASCII stand-ins */
	bool echo;          /* stdin is not a terminal: show each answer read */
	size_t asked, right;/* answers given in this run, and right ones */
	char *line;         /* getline()'s buffer; owned */
	size_t cap;
};

/* ---- Wrapped plain text ---- */

/* Columns a word takes, as it will be printed. */
static size_t text_width(const struct run *r, const char *s, size_t len)
{
	size_t cols = 0, n;
	uint32_t cp;

	for (size_t i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		cols += r->ascii && cp >= 0x80 ? 1 : (size_t)cell_width(cp);
	}
	return cols;
}

static void put_text(const struct run *r, const char *s, size_t len)
{
	uint32_t cp;
	size_t n;

	if (!r->ascii) {
		fwrite(s, 1, len, stdout);
		return;
	}
	for (size_t i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		putchar(cp < 0x80 ? (int)cp : glyph_ascii_fallback(cp));
	}
}

/* Prints lead then text, wrapped at r->width; later lines are indented
 * to the width of lead.  Ends with a newline. */
static void print_wrapped(const struct run *r, const char *lead, const char *text)
{
	size_t indent = text_width(r, lead, strlen(lead)), col = indent;
	const char *s = text;

	put_text(r, lead, strlen(lead));
	while (*s) {
		size_t len, w;

		s += strspn(s, " \t\n");
		if (!*s)
			break;
		len = strcspn(s, " \t\n");
		w = text_width(r, s, len);
		if (col > indent && col + 1 + w > r->width) {
			printf("\n%*s", (int)indent, "");
			col = indent;
		} else if (col > indent) {
			putchar(' ');
			col++;
		}
		put_text(r, s, len);
		col += w;
		s += len;
	}
	putchar('\n');
}

/* ---- Asking ---- */

enum { ANSWER_STOP = -1, ANSWER_EOF = -2, ANSWER_NONSENSE = -3 };

/* Reads an answer: the option's index, ANSWER_STOP for "q" or "quit",
 * ANSWER_EOF when input ends, ANSWER_NONSENSE after too many lines that
 * are not answers. */
static int ask(struct run *r, size_t noptions)
{
	char last = (char)('A' + noptions - 1);

	for (int tries = 0; tries < QUIZ_MAX_NONSENSE; tries++) {
		ssize_t n;
		char *s;

		printf("Your answer (A-%c, or q to stop): ", last);
		fflush(stdout);
		if ((n = getline(&r->line, &r->cap, stdin)) < 0) {
			putchar('\n');
			return ANSWER_EOF;
		}
		s = r->line;
		s[strcspn(s, "\r\n")] = '\0';
		s += strspn(s, " \t");
		for (size_t len = strlen(s); len && (s[len - 1] == ' ' || s[len - 1] == '\t');)
			s[--len] = '\0';
		if (r->echo)
			printf("%.*s\n", QUIZ_MAX_ANSWER, s);
		if (s[0] && !s[1]) {
			char c = (char)(s[0] >= 'a' && s[0] <= 'z' ? s[0] - 'a' + 'A' : s[0]);

			if (c >= 'A' && c <= last)
				return c - 'A';
		}
		if (strcasecmp(s, "q") == 0 || strcasecmp(s, "quit") == 0)
			return ANSWER_STOP;
		printf("Please answer with one letter from A to %c.\n", last);
	}
	return ANSWER_NONSENSE;
}

static void print_question(const struct run *r, const struct quiz *q, size_t nth, size_t total)
{
	char lead[8];

	printf("Question %zu of %zu\n", nth, total);
	for (size_t i = 0; i < q->question_end; i++) {
		char *t = blocks_text(q->doc, i, i + 1);

		print_wrapped(r, "", t ? t : "");
		free(t);
	}
	putchar('\n');
	for (size_t k = 0; k < q->noptions; k++) {
		char *t = blocks_text(q->doc, q->options[k].block, q->options[k].block + 1);

		snprintf(lead, sizeof lead, "  %c) ", (char)('A' + k));
		print_wrapped(r, lead, t ? t : "");
		free(t);
	}
	putchar('\n');
}

static void print_explanation(const struct run *r, const struct quiz *q, unsigned k)
{
	char lead[8];
	char *t = blocks_text(q->doc, q->options[k].expl_first, q->options[k].expl_end);

	snprintf(lead, sizeof lead, "  %c: ", (char)('A' + k));
	print_wrapped(r, lead, t ? t : "");
	free(t);
}

static void print_verdict(const struct run *r, const struct quiz *q,
                          const struct progress_verdict *v, const struct progress_quiz *rec)
{
	if (v->correct)
		printf("%s correct.\n", r->ascii ? "+" : "\u2713");
	else
		printf("%s not quite: the answer is %c.\n", r->ascii ? "x" : "\u2717", 'A' + (int)v->right);
	if (!v->scored && rec)
		printf("(You answered this before: your first answer, %c, is the one scored.)\n",
		       'A' + (int)rec->first);
	print_explanation(r, q, v->chosen);
	if (!v->correct)
		print_explanation(r, q, v->right);
}

/* Asks item it, the nth of total.  Returns 0 when answered (or skipped
 * for a broken quiz), else the ANSWER_ code that ends the run. */
static int run_item(struct run *r, const struct item *it, size_t nth, size_t total)
{
	struct quiz q;
	struct diags d;
	struct progress_verdict v;
	int k;

	diags_init(&d);
	if (quiz_parse(&q, &it->page->doc->blocks[it->block], it->page->path, &d) != 0 ||
	    q.nright != 1) {
		cli_print_diags(&d);
		cli_error(r->ctx, "skipping quiz %u of page %d: it cannot be answered as written",
		          it->number + 1, it->page->number);
		quiz_free(&q);
		diags_free(&d);
		return 0;
	}
	diags_free(&d);
	print_question(r, &q, nth, total);
	k = ask(r, q.noptions);
	if (k >= 0) {
		time_t now = time(NULL);

		progress_answer_quiz(r->progress, it->page->id, it->number, &q, (unsigned)k, now, &v);
		r->asked++;
		r->right += v.correct;
		print_verdict(r, &q, &v, progress_quiz(r->progress, it->page->id, it->number));
		progress_save(r->progress, now);
		fflush(stdout);
		cli_progress_report(r->ctx, r->progress);
		putchar('\n');
	}
	quiz_free(&q);
	return k >= 0 ? 0 : k;
}

/* ---- The command ---- */

/* Appends page pg's quizzes to *items. */
static int collect(struct page *pg, struct item **items, size_t *n, size_t *cap)
{
	struct diags d;
	struct doc *doc;
	unsigned number = 0;

	diags_init(&d);
	doc = page_doc(pg, &d);
	cli_print_diags(&d);
	diags_free(&d);
	for (size_t i = 0; doc && i < doc->nblocks; i++) {
		if (doc->blocks[i].kind != BLOCK_QUIZ)
			continue;
		if (grow_for_one((void **)items, cap, *n, sizeof **items, 16))
			return -1;
		(*items)[(*n)++] = (struct item){ pg, i, number++ };
	}
	return 0;
}

/* "Recorded ...": the scored first answers, for the page or all pages. */
static void print_recorded(struct run *r, struct course *c, struct page *only)
{
	struct progress_summary s;
	size_t right = 0, answered = 0, quizzes = 0;
	struct diags d;

	diags_init(&d);
	for (size_t i = 0; i < c->npages; i++) {
		if (only && &c->pages[i] != only)
			continue;
		progress_summarize(r->progress, &c->pages[i], &d, &s);
		right += s.right, answered += s.answered, quizzes += s.quizzes;
	}
	diags_free(&d);
	if (only)
		printf("Recorded for page %d: %zu of %zu right at the first try (%zu answered).\n",
		       only->number, right, quizzes, answered);
	else
		printf("Recorded for all pages: %zu of %zu right at the first try (%zu answered).\n",
		       right, quizzes, answered);
}

static int run_all(struct run *r, struct course *c, struct page *only,
                   const struct item *items, size_t n)
{
	int end = 0;
	size_t i;

	for (i = 0; i < n && !end; i++) {
		if (i == 0 || items[i].page != items[i - 1].page)
			printf("Page %d: %s\n\n", items[i].page->number, items[i].page->title);
		end = run_item(r, &items[i], i + 1, n);
	}
	if (r->asked < n)
		printf("Score: %zu of %zu right (%zu of %zu questions answered).\n", r->right, r->asked,
		       r->asked, n);
	else
		printf("Score: %zu of %zu right.\n", r->right, r->asked);
	print_recorded(r, c, only);
	if (end == ANSWER_EOF) {
		cli_error(r->ctx, "input ended before question %zu of %zu", i, n);
		return 1;
	}
	if (end == ANSWER_NONSENSE) {
		cli_error(r->ctx, "%d answers in a row were not letters; stopping", QUIZ_MAX_NONSENSE);
		return 1;
	}
	return 0;
}

int cmd_quiz(struct cli_ctx *ctx, int argc, char **argv)
{
	const char *key = NULL;
	struct course *c;
	struct page *only = NULL;
	struct item *items = NULL;
	size_t n = 0, cap = 0;
	struct progress progress;
	struct run r = { .ctx = ctx, .progress = &progress };
	int rc;

	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1])
			return cli_usage_error(ctx, "quiz: unknown option '%s'", argv[i]);
		if (key)
			return cli_usage_error(ctx, "quiz: one page at a time ('%s' and '%s')", key, argv[i]);
		key = argv[i];
	}
	if (!(c = cli_course(ctx)))
		return 1;
	if (key && !(only = cli_find_page(ctx, key)))
		return 2;
	for (size_t i = 0; i < c->npages; i++) {
		if ((!only || only == &c->pages[i]) && collect(&c->pages[i], &items, &n, &cap) != 0) {
			free(items);
			cli_error(ctx, "out of memory");
			return 1;
		}
	}
	if (n == 0) {
		free(items);
		if (only)
			cli_error(ctx, "page %d (%s) has no quiz", only->number, only->id);
		else
			cli_error(ctx, "the lessons have no quiz");
		return 1;
	}
	if (cli_progress_open(ctx, &progress) != 0) {
		free(items);
		progress_free(&progress);
		return 1;
	}
	r.width = ctx->width < QUIZ_MIN_WIDTH ? QUIZ_MIN_WIDTH : (size_t)ctx->width;
	r.ascii = ctx->charset == CHARSET_ASCII;
	r.echo = !isatty(STDIN_FILENO);
	rc = run_all(&r, c, only, items, n);
	free(r.line);
	free(items);
	progress_free(&progress);
	return rc;
}
