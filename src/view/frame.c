/* frame.c — boxes around sim and quiz blocks: a top border carrying a
 * label, the block's content inside "│ ... │", a bottom border. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/quiz.h"
#include "lesson/simblock.h"
#include "util/utf8.h"
#include "view/chart.h"
#include "view/fit.h"
#include "view/frame.h"

#define PREVIEW_HEIGHT 10 /* rows of a sim block's preview chart, at least */
#define LABEL_MIN_COLS 8  /* a frame's label, at least, or none */

static struct cell mark(enum mark m)
{
	return (struct cell){ .ch = m, .role = ROLE_FRAME, .flags = CELL_MARK };
}

/* "┌─ label ───┐"; on a narrow frame the label is cut at a word with an
 * ellipsis, and left out where not even LABEL_MIN_COLS would show. */
static void top_border(struct flow *f, const char *label)
{
	char fitted[256];
	size_t len;
	uint32_t cp;

	flow_new_line(f);
	flow_put(f, mark(MARK_CORNER_TL));
	flow_put(f, mark(MARK_RULE));
	/* the label in whole words, cut with an ellipsis on a narrow page,
	 * between a space each side and at least one rule before the corner */
	if (flow_room(f) >= LABEL_MIN_COLS + 4) {
		text_fit(label, flow_room(f) - 4, fitted, sizeof fitted);
		len = strlen(fitted);
		flow_put(f, (struct cell){ .ch = ' ', .role = ROLE_FRAME });
		for (size_t i = 0; i < len;) {
			i += utf8_decode(fitted + i, len - i, &cp);
			if (f->o->charset == CHARSET_ASCII && cp >= 0x80)
				cp = (unsigned char)glyph_ascii_fallback(cp);
			if (cell_width(cp) != 1)
				cp = '?';
			flow_put(f, (struct cell){ .ch = cp, .role = ROLE_SIM });
		}
		flow_put(f, (struct cell){ .ch = ' ', .role = ROLE_FRAME });
	}
	while (flow_room(f) > 1)
		flow_put(f, mark(MARK_RULE));
	flow_put(f, mark(MARK_CORNER_TR));
	flow_end(f);
}

static void bottom_border(struct flow *f)
{
	flow_new_line(f);
	flow_put(f, mark(MARK_CORNER_BL));
	while (flow_room(f) > 1)
		flow_put(f, mark(MARK_RULE));
	flow_put(f, mark(MARK_CORNER_BR));
	flow_end(f);
}

/* Opens the inside of a frame: "│ " joins the prefix, lines end with " │". */
static void open_inside(struct flow *f)
{
	f->prefix[f->nprefix++] = mark(MARK_VLINE);
	f->prefix[f->nprefix++] = (struct cell){ .ch = ' ', .role = ROLE_TEXT };
	memcpy(f->first, f->prefix, f->nprefix * sizeof *f->prefix);
	f->nfirst = f->nprefix;
	f->framed = true;
}

static void close_inside(struct flow *f, size_t saved)
{
	f->framed = false;
	f->nprefix = f->nfirst = saved;
}

/* Lays out doc blocks [from, to) as plain paragraphs inside the frame. */
static void lay_blocks(struct flow *f, const struct doc *doc, size_t from, size_t to,
                       const char *lead)
{
	for (size_t i = from; i < to; i++) {
		const struct block *b = &doc->blocks[i];

		if (i == from && lead)
			flow_text(f, lead, ROLE_QUIZ, 0, 0);
		if (b->literal)
			flow_text(f, b->literal, ROLE_CODE, 0, 0);
		for (size_t k = 0; k < b->nspans; k++) {
			const struct span *s = &b->spans[k];
			enum role role = s->style & SPAN_CODE ? ROLE_CODE
			               : s->style & SPAN_STRONG ? ROLE_STRONG
			               : s->style & SPAN_EMPH ? ROLE_EMPH : ROLE_TEXT;

			if (s->style & SPAN_BREAK)
				flow_break(f);
			else
				flow_text(f, s->text, role, 0, 0);
		}
		flow_end(f);
	}
}

/* A frame's room is the page's; if the prefix leaves too little, draw none. */
static int too_narrow(const struct flow *f)
{
	return f->width < f->nprefix + 8;
}

/* Makes the frame's top line a target, so Tab and Enter reach the block. */
static void add_block_target(struct flow *f, enum target_kind kind, size_t block,
                             size_t line)
{
	struct layout *lo = f->lo;

	if (!layout_add_target(lo, (struct target){
		.kind = kind, .line = line, .col = f->nprefix,
		.end_line = line, .end_col = lo->grid.lines[line].len, .index = block,
		.block_end = line,
	}))
		f->err = -1;
}

/* Copies the chart's lines cell by cell inside the frame. */
static void put_grid(struct flow *f, const struct grid *g)
{
	for (size_t i = 0; i < g->len; i++) {
		flow_new_line(f);
		for (size_t k = 0; k < g->lines[i].len && flow_room(f) > 0; k++)
			flow_put(f, g->lines[i].cells[k]);
		flow_end(f);
	}
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* The preview: the block's run with the fixed seed, as a chart. */
static void draw_preview(struct flow *f, const struct simblock *sb)
{
	struct sim_result r;
	struct grid g;
	struct chart_opts o = {
		.width = flow_room(f),
		.height = PREVIEW_HEIGHT,
		.charset = f->o->charset,
		.no_title = true, /* "Simulation: <title>" heads the box */
	};
	size_t want;

	if (sim_run(sb->model, sb->values, SIMBLOCK_SEED, &r) != SIM_OK) {
		f->err = -1;
		return;
	}
	if (f->o->preview_rows > o.height)
		o.height = f->o->preview_rows;
	/* a funnel or bar chart never loses a stage for want of rows: when its
	 * bars do not fit side by side, the preview grows to hold them all */
	want = chart_rows_wanted(&r, &o);
	if (want > o.height)
		o.height = want;
	grid_init(&g, o.width);
	if (chart_draw_result(&g, &r, &o) != 0)
		f->err = -1;
	put_grid(f, &g);
	grid_free(&g);
	flow_text(f, r.summary, ROLE_TEXT, 0, 0);
	flow_end(f);
	sim_result_free(&r);
}

/* The preview, timed when the caller asked (layout_opts.preview_ms). */
static void preview(struct flow *f, const struct simblock *sb)
{
	double t0 = f->o->preview_ms ? now_ms() : 0;

	draw_preview(f, sb);
	if (f->o->preview_ms)
		*f->o->preview_ms += now_ms() - t0;
}

void frame_sim(struct flow *f, struct page *p, size_t i, struct diags *d)
{
	const struct block *b = &p->doc->blocks[i];
	size_t saved = f->nprefix, top, target;
	struct simblock sb;
	char args[256], label[128];
	int ok = simblock_parse(&sb, b->info, p->path, b->line, d) == 0;

	if (ok)
		simblock_args(&sb, args, sizeof args);
	else
		snprintf(args, sizeof args, "%s", b->info);
	if (too_narrow(f)) {
		flow_text(f, "Simulation: ", ROLE_SIM, 0, 0);
		flow_text(f, args, ROLE_SIM, 0, 0);
		flow_end(f);
		return;
	}
	snprintf(label, sizeof label, "Simulation: %s", ok ? sb.model->title : "(cannot run)");
	top = f->lo->grid.len;
	top_border(f, label);
	target = f->lo->ntargets;
	if (ok)
		add_block_target(f, TARGET_SIM, i, top);
	open_inside(f);
	flow_text(f, b->literal, ROLE_TEXT, 0, 0);
	flow_end(f);
	flow_blank(f);
	if (ok && f->o->sim_previews) {
		preview(f, &sb);
		flow_blank(f);
	}
	flow_text(f, "$ cascade sim ", ROLE_CODE, 0, 0);
	flow_text(f, args, ROLE_CODE, 0, 0);
	flow_end(f);
	close_inside(f, saved);
	bottom_border(f);
	if (target < f->lo->ntargets) /* the box, while any of it shows */
		f->lo->targets[target].block_end = f->lo->grid.len - 1;
}

/* Below an answered quiz: the verdict, in words that need no colour, and
 * the explanations of the chosen option and of the right one. */
static void quiz_verdict(struct flow *f, const struct quiz *q, size_t chosen)
{
	size_t right = 0;
	char line[96];

	while (right < q->noptions && !q->options[right].right)
		right++;
	flow_blank(f);
	if (chosen == right)
		snprintf(line, sizeof line, "%s Correct: %c.",
		         f->o->charset == CHARSET_ASCII ? "+" : "\u2713", (char)('A' + chosen));
	else
		snprintf(line, sizeof line, "%s Not quite: you chose %c; the answer is %c.",
		         f->o->charset == CHARSET_ASCII ? "x" : "\u2717", (char)('A' + chosen),
		         (char)('A' + right));
	flow_text(f, line, ROLE_QUIZ, 0, 0);
	flow_end(f);
	snprintf(line, sizeof line, "%c: ", (char)('A' + chosen));
	lay_blocks(f, q->doc, q->options[chosen].expl_first, q->options[chosen].expl_end, line);
	if (chosen != right && right < q->noptions) {
		snprintf(line, sizeof line, "%c: ", (char)('A' + right));
		lay_blocks(f, q->doc, q->options[right].expl_first, q->options[right].expl_end, line);
	}
}

/* Makes the option just laid out (its first line) a target for Tab/Enter. */
static void add_option_target(struct flow *f, size_t block, size_t option, size_t line)
{
	add_block_target(f, TARGET_QUIZ, block, line);
	if (!f->err)
		f->lo->targets[f->lo->ntargets - 1].option = option;
}

/* A quiz that cannot be played (lint reports it): a frame that says what
 * is wrong, then the block's text as it stands. */
static void quiz_problem(struct flow *f, const struct quiz *q, const struct diags *found,
                         size_t saved)
{
	char line[320];

	top_border(f, "Quiz");
	open_inside(f);
	if (found->len > 0)
		snprintf(line, sizeof line, "This quiz has a problem (line %d): %s.",
		         found->items[0].line, found->items[0].msg);
	else
		snprintf(line, sizeof line, "This quiz has a problem and cannot be answered.");
	flow_text(f, line, ROLE_QUIZ, 0, 0);
	flow_end(f);
	flow_blank(f);
	lay_blocks(f, q->doc, 0, q->doc->nblocks, NULL);
	close_inside(f, saved);
	bottom_border(f);
}

void frame_quiz(struct flow *f, struct page *p, size_t i, struct diags *d)
{
	const struct block *b = &p->doc->blocks[i];
	size_t saved = f->nprefix;
	struct quiz q;
	char lead[8], label[32] = "Quiz";
	const struct layout_opts *o = f->o;
	int chosen = o->quiz_choice && i < o->nquiz_choice ? o->quiz_choice[i] : -1;
	struct diags found;
	int sound;

	f->quizzes_seen++;
	diags_init(&found);
	sound = quiz_parse(&q, b, p->path, &found) == 0;
	for (size_t k = 0; k < found.len; k++)
		diag_add(d, found.items[k].level, found.items[k].file, found.items[k].line, "%s",
		         found.items[k].msg);
	if (!sound && !too_narrow(f))
		quiz_problem(f, &q, &found, saved);
	else if (too_narrow(f))
		lay_blocks(f, q.doc, 0, q.doc->nblocks, "Quiz: ");
	diags_free(&found);
	if (!sound || too_narrow(f)) {
		quiz_free(&q);
		return;
	}
	if (o->quiz_answers) /* numbered, for the answer key */
		snprintf(label, sizeof label, "Quiz %zu", f->quizzes_seen);
	top_border(f, label);
	open_inside(f);
	lay_blocks(f, q.doc, 0, q.question_end, NULL);
	for (size_t k = 0; k < q.noptions; k++) {
		size_t line = f->lo->grid.len;

		snprintf(lead, sizeof lead, "%c) ", (char)('A' + k));
		f->prefix[f->nprefix++] = (struct cell){ .ch = ' ', .role = ROLE_TEXT };
		f->prefix[f->nprefix++] = (struct cell){ .ch = ' ', .role = ROLE_TEXT };
		f->prefix[f->nprefix++] = (struct cell){ .ch = ' ', .role = ROLE_TEXT };
		lay_blocks(f, q.doc, q.options[k].block, q.options[k].block + 1, lead);
		f->nprefix -= 3;
		if (!o->quiz_answers && line < f->lo->grid.len)
			add_option_target(f, i, k, line);
	}
	if (chosen >= 0 && (size_t)chosen < q.noptions && q.nright == 1)
		quiz_verdict(f, &q, (size_t)chosen);
	close_inside(f, saved);
	bottom_border(f);
	quiz_free(&q);
}

/* Blank prefixes: n columns on a block's first line, m on the others
 * (at most a quarter of the width each). */
static void indent(struct flow *f, size_t n, size_t m)
{
	f->nfirst = f->nprefix = 0;
	for (size_t s = 0; s < n && s < f->width / 4; s++)
		f->first[f->nfirst++] = (struct cell){ .ch = ' ', .role = ROLE_TEXT };
	for (size_t s = 0; s < m && s < f->width / 4; s++)
		f->prefix[f->nprefix++] = (struct cell){ .ch = ' ', .role = ROLE_TEXT };
}

void frame_quiz_answers(struct flow *f, struct page *p, const char *heading)
{
	const struct doc *doc = p->doc;
	struct diags scratch; /* frame_quiz() has reported any problems */
	size_t number = 0;
	bool headed = false; /* the heading comes before the first sound quiz */
	char lead[32];

	diags_init(&scratch);
	for (size_t i = 0; i < doc->nblocks && !f->err; i++) {
		struct quiz q;

		if (doc->blocks[i].kind != BLOCK_QUIZ)
			continue;
		number++;
		if (quiz_parse(&q, &doc->blocks[i], p->path, &scratch) == 0 && q.nright == 1) {
			if (!headed) {
				f->nprefix = f->nfirst = 0;
				flow_blank(f);
				flow_text(f, heading, ROLE_HEADING, 0, 0);
				flow_end(f);
				headed = true;
			}
			for (size_t k = 0; k < q.noptions; k++) {
				if (!q.options[k].right)
					continue;
				snprintf(lead, sizeof lead, "Quiz %zu: %c) ", number, (char)('A' + k));
				indent(f, 3, 6);
				lay_blocks(f, q.doc, q.options[k].block, q.options[k].block + 1, lead);
				indent(f, 6, 6);
				lay_blocks(f, q.doc, q.options[k].expl_first, q.options[k].expl_end, NULL);
			}
		}
		quiz_free(&q);
	}
	diags_free(&scratch);
}
