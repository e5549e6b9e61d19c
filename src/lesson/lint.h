/* lint.h — checking a loaded course against cascade-content(5).
 *
 * Owns: the checks that need more than one block or more than one page:
 * page structure (learning objectives first, references last, step pages'
 * sim and quiz blocks), internal links and their anchors, references'
 * PMIDs, and the glossary (terms defined once, aliases that collide, order).
 * Sim blocks, quiz blocks and glossary form are read by their own parsers
 * (simblock.h, quiz.h, glossary.h), whose diagnostics lint passes on; front
 * matter, UTF-8 and duplicate ids are course_load()'s.  Walkthrough files
 * (walkthrough.h) in a content directory are checked against its course.
 * Never prints. */
#ifndef CASCADE_LINT_H
#define CASCADE_LINT_H

#include <stdbool.h>
#include <stddef.h>

#include "lesson/diag.h"

struct course;
struct page;

/* Step pages: one per step of the cascade, from "Letting go" (03) to
 * "Growing there" (09).  They must open with `## Learning objectives`,
 * have a sim block and at least LINT_MIN_QUIZZES quizzes, and end with
 * `## References`.  The rule is by number, so that a step page that lost
 * its objectives or its sim block is still known to be one. */
#define LINT_FIRST_STEP 3
#define LINT_LAST_STEP 9
#define LINT_MIN_QUIZZES 3
#define LINT_MIN_OBJECTIVES 3 /* fewer or more is a warning */
#define LINT_MAX_OBJECTIVES 5
#define LINT_MIN_OPTIONS 3    /* quiz options; fewer or more is a warning */
#define LINT_MAX_OPTIONS 5

bool lint_is_step_page(const struct page *p);

/* Checks every page of c and its glossary; problems go to d with the
 * file and line they are on.  Returns the number of problems added. */
size_t lint_course(struct course *c, struct diags *d);

/* Checks every walkthrough file (*.walk, see walkthrough.h) in directory
 * dir against c, in name order; at most LINT_MAX_WALKTHROUGHS of them.
 * Returns the number of problems added; *nfiles (if not NULL) is set to
 * the number of files checked. */
#define LINT_MAX_WALKTHROUGHS 999
size_t lint_walkthroughs(struct course *c, const char *dir, struct diags *d, size_t *nfiles);

#endif
