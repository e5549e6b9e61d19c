/* flow.h — filling lines with words: the wrapping engine under layout.c
 * and the sim/quiz frames.  Private to the view layer.
 *
 * A flow writes into a layout's grid.  Each line starts with a prefix
 * (quote bars, list indentation; a different one for a block's first
 * line) and, inside a frame, ends with a right border.  Words are broken
 * only at spaces, unless a word is wider than the line. */
#ifndef CASCADE_FLOW_H
#define CASCADE_FLOW_H

#include <stdbool.h>
#include <stddef.h>

#include "view/layout.h"

#define FLOW_MAX_PREFIX 64 /* in cells */

struct flow {
	struct layout *lo;
	const struct layout_opts *o;
	size_t width;                       /* the grid's width, in columns */
	struct cell prefix[FLOW_MAX_PREFIX];/* every line but the first */
	size_t nprefix;
	struct cell first[FLOW_MAX_PREFIX]; /* the block's first line */
	size_t nfirst;
	bool first_pending;                 /* the next line is the block's first */
	bool framed;                        /* lines end with " │" */
	struct line *line;                  /* the line being filled, or NULL */
	size_t col;                         /* columns used on it */
	size_t line_start;                  /* columns taken by its prefix */
	struct cell *word;                  /* the word being gathered (owned) */
	size_t nword, cap_word, word_width;
	bool word_linked;                   /* a cell of the word is in a link */
	bool space_pending;                 /* a space goes before the next word */
	struct cell space;                  /* ... styled like this */
	size_t target;                      /* 1 + the link target being extended */
	size_t quizzes_seen;                /* quiz blocks laid out, this one too */
	int err;                            /* -1 once memory ran out */
};

void flow_init(struct flow *f, struct layout *lo, const struct layout_opts *o);
void flow_free(struct flow *f);

/* Text with a role; flags and link (1 + doc link index, or 0) apply to
 * every cell.  Whitespace separates words. */
void flow_text(struct flow *f, const char *utf8, enum role role, unsigned flags,
               size_t link);
/* Ends the current word and line (a hard break). */
void flow_break(struct flow *f);
/* Ends the block: the last word and line. */
void flow_end(struct flow *f);
/* Starts a new line with the prefix and returns it (NULL on ENOMEM). */
struct line *flow_new_line(struct flow *f);
/* Appends one cell to the current line (starting one if needed). */
void flow_put(struct flow *f, struct cell c);
/* Columns still free on the current line. */
size_t flow_room(const struct flow *f);
/* Adds an empty line (only the prefix; inside a frame, its borders). */
void flow_blank(struct flow *f);

#endif
