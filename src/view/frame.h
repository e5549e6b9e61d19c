/* frame.h — sim and quiz blocks drawn as framed boxes in a page.
 * Private to the view layer (called by layout.c). */
#ifndef CASCADE_FRAME_H
#define CASCADE_FRAME_H

#include <stddef.h>

#include "lesson/diag.h"
#include "view/flow.h"

struct page;

/* Block i of p's doc, drawn at the flow's prefix. */
void frame_sim(struct flow *f, struct page *p, size_t i, struct diags *d);
void frame_quiz(struct flow *f, struct page *p, size_t i, struct diags *d);
/* The plain printout's answer key: each quiz's right option and its
 * explanation, under "Answers" (nothing if the page has no quiz). */
void frame_quiz_answers(struct flow *f, struct page *p, const char *heading);

#endif
