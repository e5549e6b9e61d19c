/* glossary.h — the terms of the glossary page (content/glossary.md).
 *
 * Owns: grouping the glossary page's document (doc.h, parsed by libcmark)
 * into terms.  A term is a `## Term` heading, then optionally a paragraph
 * "Also: alias one, alias two" (other spellings and forms), then the blocks
 * that define it, up to the next `## ` heading.  Never prints: problems go
 * to a struct diags with file:line.  Checks that need the whole glossary
 * (terms defined twice, colliding aliases, order) are lint's (lint.h). */
#ifndef CASCADE_GLOSSARY_H
#define CASCADE_GLOSSARY_H

#include <stddef.h>

#include "lesson/diag.h"

struct doc;
struct page;

#define GLOSSARY_ALSO "Also:" /* how an alias paragraph starts */

struct gloss_term {
	char *name;         /* the heading's plain text ("Basement membrane"); owned */
	int line;           /* file line of the heading */
	char **aliases;     /* the "Also:" forms, blanks trimmed; owned (each and
	                     * the array), naliases long */
	size_t naliases;
	int aliases_line;   /* file line of the "Also:" paragraph; 0 if none */
	size_t def_first;   /* doc blocks [def_first, def_end) of the glossary */
	size_t def_end;     /* page's doc define the term (empty if none) */
};

struct glossary {
	struct page *page;        /* borrowed: the glossary page */
	const struct doc *doc;    /* borrowed: page_doc(page), owned by the page */
	struct gloss_term *terms; /* owned, in file order */
	size_t nterms;
};

/* Reads the terms of page p (the course's glossary).  Problems of form
 * go to d (may be NULL): an empty "Also:" paragraph or alias (error), a
 * term with no definition (error), text before the first term and "Also:"
 * away from its heading (warnings).  Returns 0, or -1 when memory ran
 * out; g is to be freed with glossary_free() in both cases.  g borrows p,
 * which must outlive it. */
int glossary_load(struct glossary *g, struct page *p, struct diags *d);
void glossary_free(struct glossary *g);

/* The first term whose name or one of whose aliases equals text (len
 * bytes), ignoring ASCII case; NULL if none.  Plurals are not folded:
 * that is the matcher's job (search layer). */
const struct gloss_term *glossary_find(const struct glossary *g,
                                       const char *text, size_t len);

#endif
