/* layout.h — laying a page out at a width into lines of styled cells.
 *
 * Owns: wrapping (by display columns, UTF-8 and wide characters), list,
 * quote and code indentation, headings and their anchors, sim and quiz
 * frames, and the targets a reader can move between (links, simulations).
 * The result is what both the pager and `cascade show` display. */
#ifndef CASCADE_LAYOUT_H
#define CASCADE_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "lesson/diag.h"
#include "view/glyph.h"
#include "view/grid.h"

struct page;
struct course;

#define LAYOUT_MIN_WIDTH 8 /* narrower requests are laid out at this width */

struct layout_opts {
	size_t width;          /* in columns */
	enum charset charset;
	bool link_notes;       /* plain printout: number links, list them at the end */
	bool quiz_answers;     /* plain printout: number quizzes, answers at the end */
	bool answers_elsewhere;/* with quiz_answers: no answers at the end; the caller
	                        * prints layout_answer_key() where it likes */
	/* The pager: the option chosen for the quiz at each doc block (-1 for
	 * none), nquiz_choice entries; a chosen quiz shows its verdict and
	 * explanations.  NULL: no quiz is answered. */
	const int *quiz_choice;
	size_t nquiz_choice;
	bool sim_previews;     /* run sim blocks and draw their preview charts */
	size_t preview_rows;   /* rows for a preview chart; 0: the least (10);
	                        * layout_preview_rows() for a terminal's height */
	double *preview_ms;    /* if set, the ms spent on previews (running the
	                        * sims, drawing the charts) are added here: the
	                        * pager's startup profile */
};

enum target_kind {
	TARGET_LINK,
	TARGET_SIM,
	TARGET_QUIZ,
	TARGET_GLOSSARY,           /* a glossary term in the text (the pager adds these) */
};

/* Something a reader can move to with Tab and act on with Enter. */
struct target {
	enum target_kind kind;
	size_t line, col;          /* first cell, in grid coordinates */
	size_t end_line, end_col;  /* last line, and the column after the last cell */
	size_t index;              /* LINK: doc link index; SIM/QUIZ: block index;
	                              GLOSSARY: term index */
	size_t option;             /* QUIZ: the option (0 = A) */
	size_t block_end;          /* SIM: the last line of its box, which
	                              keeps it on screen (0 for other kinds) */
};

/* The last line on which t still counts as on screen: its box's for a
 * SIM (whose target is the box's top line), else its own last line. */
static inline size_t target_last_line(const struct target *t)
{
	return t->block_end > t->end_line ? t->block_end : t->end_line;
}

struct anchor {
	char slug[64];             /* doc_slug() of the heading */
	size_t line;               /* grid line of the heading */
};

struct layout {
	struct grid grid;
	struct target *targets;    /* owned */
	size_t ntargets, cap_targets;
	struct anchor *anchors;    /* owned */
	size_t nanchors, cap_anchors;
};

/* The answers to p's quizzes alone, under heading (e.g. "Answers: 4.
 * Letting go"), numbered as a layout with quiz_answers numbers them; an
 * empty layout when no quiz on p can be answered.  For a printout of many
 * pages with one answer key at its end.  Returns as layout_page(). */
int layout_answer_key(struct layout *lo, struct page *p, const char *heading,
                      const struct layout_opts *o, struct diags *d);

/* Lays page p out.  Returns 0, or -1 when memory runs out (lo is then
 * still safe to free).  Problems in sim blocks go to d (may be NULL). */
int layout_page(struct layout *lo, struct page *p, const struct layout_opts *o,
                struct diags *d);
void layout_free(struct layout *lo);
/* preview_rows for a terminal of lines rows: two fifths of the rows above
 * its status line, so that previews grow with a tall terminal (and stay
 * at their least on a short one).  The pager and `show --height`. */
size_t layout_preview_rows(int lines);

/* Appends t to lo's targets (flow, frames and the pager's glossary marks
 * all add theirs here); the new target, or NULL when memory runs out. */
struct target *layout_add_target(struct layout *lo, struct target t);
/* Plain text (not Markdown): each line of utf8 a paragraph, wrapped;
 * instructor notes. */
int layout_text(struct layout *lo, const char *utf8, const struct layout_opts *o);
/* Lays out only blocks [first, end) of p's doc, without the title: a
 * glossary definition for a pop-up. */
int layout_excerpt(struct layout *lo, struct page *p, size_t first, size_t end,
                   const struct layout_opts *o);

/* The grid line of heading slug, or -1. */
long layout_find_anchor(const struct layout *lo, const char *slug);

#endif
