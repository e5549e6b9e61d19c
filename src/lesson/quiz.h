/* quiz.h — one quiz question, read from a ```quiz block.
 *
 * The block's body is CommonMark, parsed by libcmark through doc.h: first
 * the question (paragraphs), then a bullet list of options, each starting
 * "[x] " (the right one) or "[ ] ", with its explanation as the item's
 * following paragraphs. */
#ifndef CASCADE_QUIZ_H
#define CASCADE_QUIZ_H

#include <stdbool.h>
#include <stddef.h>

#include "lesson/diag.h"
#include "lesson/doc.h"

#define QUIZ_MAX_OPTIONS 26 /* lettered A..Z */

struct quiz_option {
	size_t block;           /* doc block of the option's text ("[x] " removed) */
	size_t expl_first;      /* doc blocks [expl_first, expl_end) explain it */
	size_t expl_end;
	bool right;
	int line;               /* file line of the option */
};

struct quiz {
	struct doc *doc;        /* owned */
	size_t question_end;    /* doc blocks [0, question_end) ask the question */
	struct quiz_option options[QUIZ_MAX_OPTIONS];
	size_t noptions;
	size_t nright;
};

/* Parses a quiz block b (of a page whose file is path).  Problems (no
 * question, no options, not exactly one right option, an option without
 * explanation) go to d as errors; d may be NULL.  Returns 0 if the quiz
 * is sound (it can be shown and answered), -1 if it has any error; q is
 * to be freed with quiz_free() in both cases. */
int quiz_parse(struct quiz *q, const struct block *b, const char *path,
               struct diags *d);
void quiz_free(struct quiz *q);

#endif
