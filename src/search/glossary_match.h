/* glossary_match.h — finding glossary terms in a laid-out page.
 *
 * Owns: the matcher of every term and alias of the glossary, and the
 * occurrences it finds in a page: which term, and the grid cells to turn
 * into a look-up (and turning them into look-ups, for the pager and
 * `cascade show`).  A name matches as literal text: whole words (the
 * characters either side are not word characters), ignoring case, with an
 * optional plural "s" or "es", any run of spaces or a wrap matching the
 * blanks between its words (not a line's end: a term never runs from one
 * paragraph or heading into the next); where several names match at one
 * place the longest wins.  It is the regular expression
 * (?<!\w)(?:name|...)(?:e?s)?(?!\w) with the names longest first, run
 * without a regex engine: building it costs nothing at start-up, where
 * compiling that pattern cost most of a millisecond.  The terms come from
 * lesson/glossary.h (gloss_matcher_from_glossary) or from any list of
 * (name, term) pairs (gloss_matcher_init), which is what the tests use.
 * Never prints; no curses. */
#ifndef CASCADE_GLOSSARY_MATCH_H
#define CASCADE_GLOSSARY_MATCH_H

#include <stddef.h>

#include "search/search.h"

struct glossary; /* lesson/glossary.h */

/* A term's name or one of its aliases, and the index of its term. */
struct gloss_name {
	const char *text;        /* UTF-8; borrowed for the call only */
	size_t term;
};

/* Where a matcher looks up the names to try at a character: its first
 * byte folded (an ASCII letter as lower case, a tab as a space), every
 * byte from 0x80 on as 0x80. */
#define GLOSS_FIRST_BYTES 0x81

struct gloss_entry; /* one name; private to glossary_match.c */

struct gloss_matcher {
	char *text;                 /* owned: the names, ASCII lower case, each
	                             * blank run one ' ' */
	struct gloss_entry *names;  /* owned: grouped by first byte, longest
	                             * first within a group */
	size_t nnames;              /* names kept (0: it finds nothing) */
	size_t first[GLOSS_FIRST_BYTES + 1]; /* names[first[b] .. first[b + 1]) */
};

/* Builds the matcher from n names (empty names are left out; of names
 * equal but for case, the first is kept).  SEARCH_OK or SEARCH_NOMEM; m
 * is to be freed with gloss_matcher_free whatever this returns. */
enum search_status gloss_matcher_init(struct gloss_matcher *m,
                                      const struct gloss_name *names, size_t n);
/* The same from a loaded glossary: term i is g->terms[i] (its name and
 * aliases). */
enum search_status gloss_matcher_from_glossary(struct gloss_matcher *m,
                                               const struct glossary *g);
void gloss_matcher_free(struct gloss_matcher *m);

/* The occurrences of terms in a page: result's matches and spans (as in
 * search.h, so search_first_span and search_next work on them) and the
 * term of each match. */
struct gloss_hits {
	struct search_result result; /* owned */
	size_t *terms;               /* result.nmatches entries; owned */
	size_t cap_terms;
};

/* Finds every occurrence in t (or in lo's grid), in order, none
 * overlapping.  h is initialised here; free it with gloss_hits_free even
 * on failure.  Returns SEARCH_OK or SEARCH_NOMEM. */
enum search_status gloss_find(const struct gloss_matcher *m,
                              const struct search_text *t, struct gloss_hits *h);
enum search_status gloss_find_layout(const struct gloss_matcher *m,
                                     const struct layout *lo, struct gloss_hits *h);
void gloss_hits_free(struct gloss_hits *h);

/* Marks the first occurrence of each term in lo's running text (not in
 * headings, code, links or frames) as a look-up, as the pager shows it:
 * a TARGET_GLOSSARY target whose index is the term (below nterms) and
 * cells of ROLE_GLOSSARY; the targets stay in reading order.  Returns
 * SEARCH_OK, or the search's failure (lo is then unmarked or partly). */
enum search_status gloss_mark_layout(const struct gloss_matcher *matcher, size_t nterms,
                                     struct layout *lo);

#endif
