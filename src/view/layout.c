/* layout.c — a page's document model laid out at a width (see layout.h).
 * The wrapping itself is flow.c's; frames for sim and quiz blocks are
 * frame.c's.  This file walks the blocks and sets up prefixes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "view/flow.h"
#include "view/frame.h"
#include "view/layout.h"
#include "util/grow.h"

#define LIST_INDENT 3 /* columns per level of list nesting */

static struct cell text_cell(uint32_t ch, enum role role)
{
	return (struct cell){ .ch = ch, .role = (uint8_t)role };
}

static struct cell mark(enum mark m, enum role role)
{
	return (struct cell){ .ch = m, .role = (uint8_t)role, .flags = CELL_MARK };
}

static enum role span_role(unsigned style)
{
	if (style & SPAN_LINK)
		return ROLE_LINK;
	if (style & SPAN_CODE)
		return ROLE_CODE;
	if (style & SPAN_STRONG)
		return ROLE_STRONG;
	if (style & SPAN_EMPH)
		return ROLE_EMPH;
	return ROLE_TEXT;
}

/* Puts an ordered list's marker ("3.") at column at of the first line.
 * "10." may be wider than the slot: then it pushes the first line, but
 * never past max columns; a number too long for that keeps its last
 * digits after an ellipsis ("…789."). */
static void set_ordered_marker(struct flow *f, const char *marker, size_t at, size_t max)
{
	size_t len = strlen(marker), room = max > at + 1 ? max - at - 1 : 1, i = 0;

	if (len > room) {
		f->first[at + i++] = mark(MARK_ELLIPSIS, ROLE_BULLET);
		marker += len - (room - 1);
		len = room - 1;
	}
	for (size_t k = 0; k < len; k++, i++)
		f->first[at + i] = text_cell((unsigned char)marker[k], ROLE_BULLET);
	if (at + i > f->nfirst)
		f->nfirst = at + i;
	if (at + i >= f->nfirst)
		f->first[f->nfirst++] = text_cell(' ', ROLE_TEXT);
}

/* Prefix cells for block b: quote bars, then list indentation; the first
 * line gets the list marker in the last indentation slot.  Capped at half
 * the width so that deep nesting still leaves room for text. */
static void set_prefix(struct flow *f, const struct block *b, size_t extra)
{
	size_t max = f->width / 2, n = 0;
	char marker[16] = "";

	if (max > FLOW_MAX_PREFIX - 8)
		max = FLOW_MAX_PREFIX - 8; /* frames and code add up to 5 more */
	for (int q = 0; q < b->quote_depth && n + 2 <= max; q++) {
		f->prefix[n++] = mark(MARK_QUOTE_BAR, ROLE_QUOTE);
		f->prefix[n++] = text_cell(' ', ROLE_QUOTE);
	}
	for (int l = 0; l < b->list_depth * LIST_INDENT + (int)extra && n < max; l++)
		f->prefix[n++] = text_cell(' ', ROLE_TEXT);
	f->nprefix = n;
	memcpy(f->first, f->prefix, n * sizeof *f->prefix);
	f->nfirst = n;
	if (b->marker == MARKER_NONE || b->list_depth == 0)
		return;
	if (b->marker == MARKER_ORDERED)
		snprintf(marker, sizeof marker, "%d.", b->number);
	size_t at = n >= LIST_INDENT + extra ? n - LIST_INDENT - extra : 0;
	if (b->marker == MARKER_BULLET) {
		if (at + 1 < n)
			f->first[at + 1] = mark(MARK_BULLET, ROLE_BULLET);
		return;
	}
	set_ordered_marker(f, marker, at, max);
}

static void lay_spans(struct flow *f, const struct block *b, enum role base)
{
	char note[32];

	for (size_t i = 0; i < b->nspans; i++) {
		const struct span *s = &b->spans[i];
		enum role role = base == ROLE_TEXT ? span_role(s->style) : base;

		if (s->style & SPAN_BREAK) {
			flow_break(f);
			continue;
		}
		flow_text(f, s->text, role, 0, s->link);
		/* The plain printout numbers each link after its text: "blood[2]". */
		if (f->o->link_notes && s->link &&
		    (i + 1 == b->nspans || b->spans[i + 1].link != s->link)) {
			snprintf(note, sizeof note, "[%zu]", s->link);
			flow_text(f, note, ROLE_LINK, 0, 0);
		}
	}
	flow_end(f);
}

static void add_anchor(struct layout *lo, const struct block *b, size_t line)
{
	char *text = block_text(b);

	if (grow_for_one((void **)&lo->anchors, &lo->cap_anchors, lo->nanchors,
	                 sizeof *lo->anchors, 16)) {
		free(text);
		return;
	}
	doc_slug(text, lo->anchors[lo->nanchors].slug, sizeof lo->anchors->slug);
	lo->anchors[lo->nanchors++].line = line;
	free(text);
}

/* A line of rules under the last `width` columns of text. */
static void underline(struct flow *f, size_t width)
{
	flow_new_line(f);
	for (size_t i = 0; i < width && flow_room(f) > 0; i++)
		flow_put(f, mark(MARK_RULE, ROLE_HEADING));
	flow_end(f);
}

static size_t line_text_width(const struct line *l, size_t from)
{
	return l->len > from ? l->len - from : 0;
}

static void lay_heading(struct flow *f, const struct block *b)
{
	size_t first = f->lo->grid.len, widest = 0;

	add_anchor(f->lo, b, first);
	lay_spans(f, b, ROLE_HEADING);
	for (size_t i = first; i < f->lo->grid.len; i++) {
		size_t w = line_text_width(&f->lo->grid.lines[i], f->nprefix);
		if (w > widest)
			widest = w;
	}
	if (b->level <= 2)
		underline(f, widest);
}

/* Code and raw HTML: each source line on its own, hard-wrapped, tabs
 * expanded to TAB_STOP columns. */
#define TAB_STOP 4

static void lay_literal(struct flow *f, const char *text, enum role role)
{
	const char *s = text;

	f->prefix[f->nprefix++] = text_cell(' ', ROLE_TEXT);
	f->prefix[f->nprefix++] = text_cell(' ', ROLE_TEXT);
	memcpy(f->first, f->prefix, f->nprefix * sizeof *f->prefix);
	f->nfirst = f->nprefix;
	while (*s) {
		const char *eol = strchr(s, '\n');
		size_t n = eol ? (size_t)(eol - s) : strlen(s);
		/* A tab, the widest input byte, becomes up to TAB_STOP no-break
		 * spaces of two bytes each. */
		char *line = malloc(n * TAB_STOP * 2 + 1), *o = line;
		size_t col = 0;

		if (!line) {
			f->err = -1;
			return;
		}
		/* Spaces would be word breaks: use no-break spaces (U+00A0) so that
		 * indentation survives, shown as spaces by the glyph table.  Columns
		 * for the tab stops count characters, not their UTF-8 bytes. */
		for (size_t i = 0; i < n; i++) {
			if (s[i] == '\t') {
				do {
					memcpy(o, "\xc2\xa0", 2), o += 2;
				} while (++col % TAB_STOP);
			} else if (s[i] == ' ') {
				memcpy(o, "\xc2\xa0", 2), o += 2, col++;
			} else {
				*o++ = s[i];
				col += ((unsigned char)s[i] & 0xC0) != 0x80;
			}
		}
		*o = '\0';
		flow_new_line(f);
		flow_text(f, line, role, 0, 0);
		flow_end(f);
		free(line);
		s += n + (eol ? 1 : 0);
	}
}

static void lay_rule(struct flow *f)
{
	flow_new_line(f);
	while (flow_room(f) > 0)
		flow_put(f, mark(MARK_RULE, ROLE_RULE));
	flow_end(f);
}

static void lay_title(struct flow *f, const struct page *p)
{
	f->nprefix = f->nfirst = 0;
	flow_text(f, p->title, ROLE_TITLE, 0, 0);
	flow_end(f);
	lay_rule(f);
}

static void lay_block(struct flow *f, struct page *p, size_t i, struct diags *d)
{
	const struct block *b = &p->doc->blocks[i];

	set_prefix(f, b, 0);
	switch (b->kind) {
	case BLOCK_PARAGRAPH:
		lay_spans(f, b, ROLE_TEXT);
		break;
	case BLOCK_HEADING:
		lay_heading(f, b);
		break;
	case BLOCK_CODE:
		lay_literal(f, b->literal, ROLE_CODE);
		break;
	case BLOCK_HTML:
		lay_literal(f, b->literal, ROLE_CODE);
		break;
	case BLOCK_RULE:
		lay_rule(f);
		break;
	case BLOCK_SIM:
		frame_sim(f, p, i, d);
		break;
	case BLOCK_QUIZ:
		frame_quiz(f, p, i, d);
		break;
	}
}

/* The plain printout's list of where each link goes. */
static void lay_link_notes(struct flow *f, const struct doc *doc)
{
	char buf[32];

	if (doc->nlinks == 0)
		return;
	f->nprefix = f->nfirst = 0;
	flow_blank(f);
	flow_text(f, "Links", ROLE_HEADING, 0, 0);
	flow_end(f);
	for (size_t i = 0; i < doc->nlinks; i++) {
		snprintf(buf, sizeof buf, "[%zu]", i + 1);
		f->nprefix = 0;
		for (size_t k = 0; k < 5 && k < f->width / 2; k++)
			f->prefix[f->nprefix++] = text_cell(' ', ROLE_TEXT);
		memcpy(f->first, f->prefix, f->nprefix * sizeof *f->prefix);
		f->nfirst = f->nprefix;
		flow_text(f, buf, ROLE_LINK, 0, 0);
		flow_text(f, " ", ROLE_TEXT, 0, 0);
		flow_text(f, doc->links[i].dest, ROLE_TEXT, 0, 0);
		flow_end(f);
	}
}

int layout_page(struct layout *lo, struct page *p, const struct layout_opts *o,
                struct diags *d)
{
	struct flow f;
	struct doc *doc;
	size_t width = o->width < LAYOUT_MIN_WIDTH ? LAYOUT_MIN_WIDTH : o->width;

	memset(lo, 0, sizeof *lo);
	grid_init(&lo->grid, width);
	doc = page_doc(p, d);
	flow_init(&f, lo, o);
	lay_title(&f, p);
	for (size_t i = 0; i < doc->nblocks && !f.err; i++) {
		if (doc->blocks[i].gap_before || i == 0)
			flow_blank(&f);
		lay_block(&f, p, i, d);
	}
	if (o->quiz_answers && !o->answers_elsewhere && !f.err)
		frame_quiz_answers(&f, p, "Answers");
	if (o->link_notes)
		lay_link_notes(&f, doc);
	flow_free(&f);
	return f.err;
}

int layout_answer_key(struct layout *lo, struct page *p, const char *heading,
                      const struct layout_opts *o, struct diags *d)
{
	struct flow f;
	size_t width = o->width < LAYOUT_MIN_WIDTH ? LAYOUT_MIN_WIDTH : o->width;

	memset(lo, 0, sizeof *lo);
	grid_init(&lo->grid, width);
	page_doc(p, d);
	flow_init(&f, lo, o);
	frame_quiz_answers(&f, p, heading);
	flow_free(&f);
	return f.err;
}

int layout_excerpt(struct layout *lo, struct page *p, size_t first, size_t end,
                   const struct layout_opts *o)
{
	struct flow f;
	struct doc *doc;
	size_t width = o->width < LAYOUT_MIN_WIDTH ? LAYOUT_MIN_WIDTH : o->width;

	memset(lo, 0, sizeof *lo);
	grid_init(&lo->grid, width);
	doc = page_doc(p, NULL);
	flow_init(&f, lo, o);
	for (size_t i = first; i < end && i < doc->nblocks && !f.err; i++) {
		if (i > first && doc->blocks[i].gap_before)
			flow_blank(&f);
		lay_block(&f, p, i, NULL);
	}
	flow_free(&f);
	return f.err;
}

int layout_text(struct layout *lo, const char *utf8, const struct layout_opts *o)
{
	struct flow f;
	size_t width = o->width < LAYOUT_MIN_WIDTH ? LAYOUT_MIN_WIDTH : o->width;

	memset(lo, 0, sizeof *lo);
	grid_init(&lo->grid, width);
	flow_init(&f, lo, o);
	for (const char *s = utf8; *s && !f.err;) {
		const char *eol = strchr(s, '\n');
		size_t n = eol ? (size_t)(eol - s) : strlen(s);
		char *para = strndup(s, n);

		if (!para) {
			f.err = -1;
			break;
		}
		if (n == 0)
			flow_blank(&f);
		flow_text(&f, para, ROLE_TEXT, 0, 0);
		flow_end(&f);
		free(para);
		s += n + (eol != NULL);
	}
	flow_free(&f);
	return f.err;
}

struct target *layout_add_target(struct layout *lo, struct target t)
{
	if (grow_for_one((void **)&lo->targets, &lo->cap_targets, lo->ntargets, sizeof t, 16))
		return NULL;
	lo->targets[lo->ntargets] = t;
	return &lo->targets[lo->ntargets++];
}

size_t layout_preview_rows(int lines)
{
	return lines > 1 ? (size_t)(lines - 1) * 2 / 5 : 0;
}

void layout_free(struct layout *lo)
{
	grid_free(&lo->grid);
	free(lo->targets);
	free(lo->anchors);
	memset(lo, 0, sizeof *lo);
}

long layout_find_anchor(const struct layout *lo, const char *slug)
{
	for (size_t i = 0; i < lo->nanchors; i++)
		if (strcmp(lo->anchors[i].slug, slug) == 0)
			return (long)lo->anchors[i].line;
	return -1;
}
