/* chart_vote.c — a class's vote as the instructor sees it: the question,
 * then one row per option (its letter, its words, a bar of its share of
 * the answers, the count and the share in per cent), then how many of
 * those following have answered and whether voting is open.  Counts only:
 * nothing here knows who answered what.  Options whose words leave too
 * little room for a bar take two rows, the bar under the words; small
 * screens give up the question's later lines first; options that still
 * do not fit are counted on the last row. */
#include <stdio.h>
#include <string.h>

#include "view/chart_cells.h"

#define VOTE_LETTER_COLS 3  /* "A  " */
#define VOTE_COUNT_COLS 12  /* " 123  45 %" and a space */
#define VOTE_RIGHT_TEXT "  right"

#define VOTE_MIN_BAR 16      /* cells: below this, words and bar take two rows */
#define VOTE_QUESTION_ROWS 3 /* at most, wrapped */

/* Where everything goes: the options one row each (the words, then the
 * bar on the same row) or two (the words across the width, the bar under
 * them), and the rows left over spent on the question's wrapped lines,
 * then blank rows around the options, then between them. */
struct vote_plan {
	size_t per_option;     /* 1 or 2 */
	size_t words;          /* cells for the words */
	size_t bar;            /* cells for the bar */
	size_t shown;          /* options drawn; the rest counted as "+N more" */
	size_t question;       /* rows of the question */
	size_t blank;          /* 0..2: after the question, before the count */
	size_t gap;            /* blank rows between options (0 or 1) */
};

static size_t longest_option(const struct chart_vote *v)
{
	size_t longest = 0;

	for (size_t i = 0; i < v->noptions; i++) {
		size_t w = text_width(v->options[i] ? v->options[i] : "");

		if (w > longest)
			longest = w;
	}
	return longest;
}

static struct vote_plan plan(const struct chart_vote *v, size_t width, size_t height)
{
	struct vote_plan p = { .per_option = 1, .shown = v->noptions };
	size_t room = width > VOTE_LETTER_COLS ? width - VOTE_LETTER_COLS : 0;
	size_t count = VOTE_COUNT_COLS + (v->revealed ? strlen(VOTE_RIGHT_TEXT) : 0);
	size_t longest = longest_option(v), want_q, spare;
	size_t fixed = 3; /* the heading, a row of question, the count line */

	if (room >= longest + 1 + VOTE_MIN_BAR + count) {
		p.words = longest;
		p.bar = room - longest - 1 - count;
	} else if (fixed + 2 * v->noptions <= height && room > count + 1) {
		p.per_option = 2;
		p.words = room;
		p.bar = room - count - 1;
	} else {
		p.words = room > count + 1 + VOTE_MIN_BAR ? room - count - 1 - VOTE_MIN_BAR : room / 2;
		p.bar = room > p.words + count + 1 ? room - p.words - count - 1 : 0;
	}
	if (fixed + p.shown * p.per_option > height) /* keep a row for "+N more" */
		p.shown = height > fixed + 1 ? (height - fixed - 1) / p.per_option : 0;
	spare = height > fixed + p.shown * p.per_option ? height - fixed - p.shown * p.per_option : 0;
	if (p.shown < v->noptions && spare)
		spare--;
	want_q = text_wrap_rows(v->question ? v->question : "", width);
	want_q = want_q > VOTE_QUESTION_ROWS ? VOTE_QUESTION_ROWS : want_q ? want_q : 1;
	p.question = 1 + (want_q - 1 < spare ? want_q - 1 : spare);
	spare -= p.question - 1;
	p.blank = spare < 2 ? spare : 2;
	spare -= p.blank;
	p.gap = p.shown > 1 && spare >= p.shown - 1;
	return p;
}

/* The bar of count out of total in cols cells, in eighths. */
static void bar(struct cells *b, size_t row, size_t col, size_t cols, uint32_t count,
                uint32_t total, enum role role)
{
	size_t eighths = total ? (size_t)((double)count / total * (double)(cols * 8) + 0.5) : 0;

	for (size_t k = 0; k < cols && eighths > 0; k++) {
		size_t e = eighths >= 8 ? 8 : eighths;

		cells_mark(b, row, col + k, MARK_BAR_EIGHTHS + (uint32_t)e, role);
		eighths -= e;
	}
}

/* Option i from row; returns the rows it took. */
static size_t option_row(struct cells *b, size_t row, const struct chart_vote *v, size_t i,
                         const struct vote_plan *r)
{
	bool right = v->revealed && (size_t)v->right == i;
	enum role text_role = right ? ROLE_STRONG : ROLE_TEXT;
	size_t bar_row = row + r->per_option - 1;
	size_t bar_col = VOTE_LETTER_COLS + (r->per_option == 1 ? r->words + 1 : 0);
	size_t right_cols = v->revealed ? strlen(VOTE_RIGHT_TEXT) : 0;
	char letter[4], count[40];
	uint32_t n = v->counts ? v->counts[i] : 0;

	snprintf(letter, sizeof letter, "%c", (char)('A' + i));
	cells_text(b, row, 0, b->w, letter, right ? ROLE_STRONG : ROLE_QUIZ);
	if (r->words)
		cells_text(b, row, VOTE_LETTER_COLS, r->words, v->options[i] ? v->options[i] : "",
		           text_role);
	bar(b, bar_row, bar_col, r->bar, n, v->answered, right ? ROLE_CHART_S2 : ROLE_CHART_S1);
	snprintf(count, sizeof count, "%u  %3u %%", (unsigned)n,
	         v->answered ? (unsigned)((double)n * 100 / v->answered + 0.5) : 0u);
	cells_text_right(b, bar_row, b->w - right_cols, VOTE_COUNT_COLS, count, text_role);
	if (right)
		cells_text(b, bar_row, b->w - right_cols, right_cols, VOTE_RIGHT_TEXT, ROLE_STRONG);
	return r->per_option;
}

int chart_draw_vote(struct grid *g, const struct chart_vote *v, size_t width, size_t height,
                    enum charset cs)
{
	struct vote_plan p;
	size_t row = 0;
	char line[160];
	struct cells b;
	int rc;

	if (width == 0 || height == 0)
		return 0;
	if (cells_init(&b, width, height, cs))
		return -1;
	p = plan(v, width, height);
	cells_text(&b, row++, 0, width, v->heading ? v->heading : "", ROLE_HEADING);
	cells_text_wrapped(&b, row, p.question, v->question ? v->question : "", ROLE_TEXT);
	row += p.question + (p.blank > 0);
	for (size_t i = 0; i < p.shown; i++)
		row += option_row(&b, row, v, i, &p) + (i + 1 < p.shown ? p.gap : 0);
	if (p.shown < v->noptions) {
		snprintf(line, sizeof line, "+%zu more options", v->noptions - p.shown);
		cells_text(&b, row++, 0, width, line, ROLE_NOTICE);
	}
	row += p.blank > 1;
	/* The answer first: on a narrow screen the count is what goes. */
	if (v->revealed)
		snprintf(line, sizeof line, "Right answer: %c.  %u of %zu answered.",
		         (char)('A' + v->right), (unsigned)v->answered, v->following);
	else
		snprintf(line, sizeof line, "%u of %zu answered.  Voting is open.",
		         (unsigned)v->answered, v->following);
	if (row < height) {
		char fitted[sizeof line];

		text_fit(line, width, fitted, sizeof fitted);
		cells_text(&b, row, 0, width, fitted, ROLE_TEXT);
	}
	rc = cells_emit(&b, g);
	cells_free(&b);
	return rc;
}
