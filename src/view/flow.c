/* flow.c — the wrapping engine (see flow.h). */
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"
#include "view/flow.h"
#include "util/grow.h"

#define FRAME_RIGHT 2 /* " │" */

static struct cell mark_cell(enum mark m, enum role role)
{
	return (struct cell){ .ch = m, .role = role, .flags = CELL_MARK };
}

void flow_init(struct flow *f, struct layout *lo, const struct layout_opts *o)
{
	memset(f, 0, sizeof *f);
	f->lo = lo;
	f->o = o;
	f->width = lo->grid.width;
	f->first_pending = true;
}

void flow_free(struct flow *f)
{
	free(f->word);
	f->word = NULL;
}

static size_t capacity(const struct flow *f)
{
	return f->framed ? f->width - FRAME_RIGHT : f->width;
}

size_t flow_room(const struct flow *f)
{
	if (!f->line)
		return capacity(f) - (f->first_pending ? f->nfirst : f->nprefix);
	return capacity(f) > f->col ? capacity(f) - f->col : 0;
}

/* Pads a framed line and closes it with its right border. */
static void close_line(struct flow *f)
{
	struct line *l = f->line;

	f->line = NULL;
	if (!l || !f->framed)
		return;
	while (f->col < f->width - 1) {
		if (line_put(l, (struct cell){ .ch = ' ', .role = ROLE_TEXT }))
			f->err = -1;
		f->col++;
	}
	if (line_put(l, mark_cell(MARK_VLINE, ROLE_FRAME)))
		f->err = -1;
}

struct line *flow_new_line(struct flow *f)
{
	const struct cell *pre = f->first_pending ? f->first : f->prefix;
	size_t n = f->first_pending ? f->nfirst : f->nprefix;

	close_line(f);
	f->line = grid_add_line(&f->lo->grid);
	if (!f->line) {
		f->err = -1;
		return NULL;
	}
	f->first_pending = false;
	f->col = 0;
	for (size_t i = 0; i < n; i++) {
		if (line_put(f->line, pre[i]))
			f->err = -1;
		f->col += (pre[i].flags & CELL_CONT) ? 0 : 1;
	}
	f->line_start = f->col;
	return f->line;
}

/* The open line is taking words, so it will most likely be filled: room
 * for its width at once, one allocation of its size where doubling took
 * three and most of a line's worth more.  Blank lines take no words. */
static void reserve_for_words(struct flow *f)
{
	if (line_reserve(f->line, f->width))
		f->err = -1;
}

/* Starts a new line because the current one is full (a soft wrap). */
static void wrap_line(struct flow *f, enum line_join join)
{
	if (flow_new_line(f)) {
		f->line->join = (uint8_t)join;
		reserve_for_words(f);
	}
}

/* Joins cell c (carrying link target t) into the open target, or opens one. */
static void track_target(struct flow *f, struct cell *c, size_t link)
{
	struct layout *lo = f->lo;
	size_t line = lo->grid.len - 1;
	struct target *t;

	if (!link) {
		f->target = 0;
		return;
	}
	if (f->target && lo->targets[f->target - 1].index == link - 1) {
		t = &lo->targets[f->target - 1];
	} else {
		t = layout_add_target(lo, (struct target){ .kind = TARGET_LINK, .line = line,
		                                           .col = f->col, .index = link - 1 });
		if (!t) {
			f->err = -1;
			return;
		}
		f->target = lo->ntargets;
	}
	t->end_line = line;
	t->end_col = f->col + 1;
	c->link = (uint16_t)(f->target > UINT16_MAX ? 0 : f->target);
}

void flow_put(struct flow *f, struct cell c)
{
	if (!f->line && !flow_new_line(f))
		return;
	if (line_put(f->line, c))
		f->err = -1;
	if (!(c.flags & CELL_CONT))
		f->col++;
}

/* Places one cell of a word (and its continuation, if wide). */
static void put_word_cell(struct flow *f, const struct cell *c, int w, size_t link)
{
	struct cell cell = *c;

	if (w > (int)flow_room(f) && f->col > f->line_start)
		wrap_line(f, LINE_WRAPPED_IN_WORD);
	if (w > (int)flow_room(f)) {
		/* Not even an empty line holds it: show a one-column stand-in. */
		cell.ch = '?';
		w = 1;
	}
	track_target(f, &cell, link);
	flow_put(f, cell);
	if (w == 2) {
		struct cell cont = cell;

		cont.flags |= CELL_CONT;
		if (line_put(f->line, cont))
			f->err = -1;
		f->col++;
	}
}

static void flush_word(struct flow *f)
{
	size_t need;

	if (f->nword == 0)
		return;
	if (!f->line && !flow_new_line(f))
		return;
	reserve_for_words(f);
	need = f->word_width + (f->space_pending && f->col > f->line_start);
	if (need > flow_room(f) && f->col > f->line_start) {
		wrap_line(f, f->space_pending ? LINE_WRAPPED : LINE_WRAPPED_IN_WORD);
		f->space_pending = false;
	}
	if (f->space_pending && f->col > f->line_start) {
		struct cell sp = f->space;

		track_target(f, &sp, sp.link);
		flow_put(f, sp);
	}
	f->space_pending = false;
	if (f->line && f->word_width == f->nword && !f->word_linked &&
	    f->word_width <= flow_room(f)) {
		/* Most words: a column a character, in no link, with room on
		 * the line: their cells go on it at once, as put_word_cell()
		 * would put them one by one. */
		if (line_append(f->line, f->word, f->nword))
			f->err = -1;
		f->col += f->nword;
		f->target = 0;
	} else {
		for (size_t i = 0; i < f->nword; i++) {
			struct cell *c = &f->word[i];

			put_word_cell(f, c, cell_width(c->ch) == 2 ? 2 : 1, c->link);
		}
	}
	f->nword = 0;
	f->word_width = 0;
	f->word_linked = false;
}

static void add_to_word(struct flow *f, struct cell c)
{
	int w = cell_width(c.ch);

	if (w == 0)
		return; /* controls and combining marks are dropped */
	if (f->nword == f->cap_word &&
	    grow_for_one((void **)&f->word, &f->cap_word, f->nword, sizeof *f->word,
	                 GRID_INITIAL_CAP)) {
		f->err = -1;
		return;
	}
	f->word[f->nword++] = c;
	f->word_width += (size_t)w;
	f->word_linked |= c.link != 0;
}

void flow_text(struct flow *f, const char *utf8, enum role role, unsigned flags,
               size_t link)
{
	size_t len = strlen(utf8);

	for (size_t i = 0; i < len;) {
		uint32_t cp = (unsigned char)utf8[i];

		if (cp < 0x80)
			i++; /* ASCII, most of a lesson: no decoding */
		else
			i += utf8_decode(utf8 + i, len - i, &cp);
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
			flush_word(f);
			f->space_pending = true;
			/* Styled as the words around it, so a heading or a link
			 * reads as one run (and costs the terminal no attribute
			 * change between its words). */
			f->space = (struct cell){ .ch = ' ', .role = link ? ROLE_LINK : (uint8_t)role,
			                          .link = (uint16_t)link };
			continue;
		}
		if (f->o->charset == CHARSET_ASCII && cp >= 0x80)
			cp = (uint32_t)(unsigned char)glyph_ascii_fallback(cp);
		add_to_word(f, (struct cell){ .ch = cp, .role = (uint8_t)role,
		                              .flags = (uint8_t)flags, .link = (uint16_t)link });
	}
}

void flow_break(struct flow *f)
{
	flush_word(f);
	f->space_pending = false;
	if (!f->line)
		flow_new_line(f);
	close_line(f);
}

void flow_end(struct flow *f)
{
	flush_word(f);
	f->space_pending = false;
	close_line(f);
	f->first_pending = true;
}

void flow_blank(struct flow *f)
{
	bool first = f->first_pending;

	close_line(f);
	f->first_pending = false;
	flow_new_line(f);
	close_line(f);
	f->first_pending = first;
}
