/* lint_impl.h — what the lint files share (private to lint*.c, and to
 * walkthrough.c, which resolves a stop's anchor as lint resolves a link's).
 *
 * lint.c runs the checks and owns page structure, sim and quiz blocks;
 * lint_links.c owns heading anchors and links; lint_glossary.c owns the
 * glossary's terms and aliases.  Every check is O(n log n) or better in
 * the size of the content, so that hostile files cannot stall it. */
#ifndef CASCADE_LINT_IMPL_H
#define CASCADE_LINT_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "lesson/diag.h"

struct course;
struct doc;
struct page;

#define LINT_SLUG_MAX 64 /* as the layout's anchors (view/layout.h): longer ones are cut */
/* Edit-distance comparisons allowed for "did you mean" in one run; after
 * that, messages come without a suggestion. */
#define LINT_SUGGEST_BUDGET 100000

struct lint_anchor {
	char *slug;   /* doc_slug() of a heading, cut as the layout cuts it; owned */
	int line;     /* the heading's file line */
	size_t order; /* its place on the page */
};

/* A page's heading anchors, sorted by slug and then by order. */
struct lint_anchors {
	struct lint_anchor *items; /* owned */
	size_t n;
};

/* One lint run. */
struct lint {
	struct course *c;
	struct diags *d;
	/* Anchors of c->pages[i] at [i]; the glossary's at [c->npages]; owned. */
	struct lint_anchors *anchors;
	size_t suggest_budget; /* comparisons left, see LINT_SUGGEST_BUDGET */
};

/* Keeps candidate in *best when it is nearer to word than the best so far
 * and near enough to be a typo (a third of the word, at least 2 edits). */
void lint_consider(struct lint *l, const char *word, const char *candidate,
                   const char **best, size_t *best_dist);

/* lint_links.c */
/* Builds l->anchors for every page and the glossary, warning about headings
 * whose anchor repeats an earlier one.  Returns 0, or -1 out of memory. */
int lint_anchors_build(struct lint *l);
void lint_anchors_free(struct lint *l);
/* Whether page p (or the glossary) has a heading with anchor slug; if not,
 * near_buf holds the nearest anchor or "".  Needs lint_anchors_build(). */
bool lint_has_anchor(struct lint *l, const struct page *p, const char *slug,
                     char near_buf[LINT_SLUG_MAX]);
/* Checks the links of doc, which is page p's (or one of its quiz blocks'). */
void lint_check_links(struct lint *l, struct page *p, const struct doc *doc);

/* lint_glossary.c */
/* Checks the course's glossary (there must be one). */
void lint_check_glossary(struct lint *l);

#endif
