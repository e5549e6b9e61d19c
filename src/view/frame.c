/* frame.c — boxes around sim and quiz blocks: a top border carrying a
 * label, the block's content inside "│ ... │", a bottom border. */
#include <stdio.h>
#include <string.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/quiz.h"
#include "view/frame.h"

static struct cell mark(enum mark m)
{
	return (struct cell){ .ch = m, .role = ROLE_FRAME, .flags = CELL_MARK };
}

/* "┌─ label ───┐"; the label is cut if the frame is narrow. */
static void top_border(struct flow *f, const char *label)
{
	size_t len = strlen(label);

	flow_new_line(f);
	flow_put(f, mark(MARK_CORNER_TL));
	flow_put(f, mark(MARK_RULE));
	if (flow_room(f) > len + 3) {
		flow_put(f, (struct cell){ .ch = ' ', .role = ROLE_FRAME });
		for (size_t i = 0; i < len; i++)
			flow_put(f, (struct cell){ .ch = (unsigned char)label[i], .role = ROLE_SIM });
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

void frame_sim(struct flow *f, struct page *p, size_t i, struct diags *d)
{
	const struct block *b = &p->doc->blocks[i];
	size_t saved = f->nprefix;
	char label[96];

	(void)d;
	snprintf(label, sizeof label, "Simulation: %s", b->info);
	if (too_narrow(f)) {
		flow_text(f, label, ROLE_SIM, 0, 0);
		flow_end(f);
		return;
	}
	top_border(f, "Simulation");
	open_inside(f);
	flow_text(f, b->literal, ROLE_TEXT, 0, 0);
	flow_end(f);
	flow_blank(f);
	flow_text(f, "cascade sim ", ROLE_CODE, 0, 0);
	flow_text(f, b->info, ROLE_CODE, 0, 0);
	flow_end(f);
	close_inside(f, saved);
	bottom_border(f);
}

void frame_quiz(struct flow *f, struct page *p, size_t i, struct diags *d)
{
	const struct block *b = &p->doc->blocks[i];
	size_t saved = f->nprefix;
	struct quiz q;
	char lead[8];

	if (quiz_parse(&q, b, p->path, d) != 0 || too_narrow(f)) {
		lay_blocks(f, q.doc, 0, q.doc->nblocks, "Quiz: ");
		quiz_free(&q);
		return;
	}
	top_border(f, "Quiz");
	open_inside(f);
	lay_blocks(f, q.doc, 0, q.question_end, NULL);
	for (size_t k = 0; k < q.noptions; k++) {
		snprintf(lead, sizeof lead, "%c) ", (char)('A' + k));
		f->prefix[f->nprefix++] = (struct cell){ .ch = ' ', .role = ROLE_TEXT };
		f->prefix[f->nprefix++] = (struct cell){ .ch = ' ', .role = ROLE_TEXT };
		f->prefix[f->nprefix++] = (struct cell){ .ch = ' ', .role = ROLE_TEXT };
		lay_blocks(f, q.doc, q.options[k].block, q.options[k].block + 1, lead);
		f->nprefix -= 3;
	}
	close_inside(f, saved);
	bottom_border(f);
	quiz_free(&q);
}
