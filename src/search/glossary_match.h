/* glossary_match.h — finding glossary terms in a laid-out page.
 *
 * Owns: one PCRE2 pattern made of every term and alias of the glossary
 * (escaped, longest first, whole words, an optional plural "s" or "es",
 * ignoring case, a wrap read as a space), and the occurrences it finds in
 * a page: which term, and the grid cells to turn into a look-up (and
 * turning them into look-ups, for the pager and `cascade show`).  The
 * terms come from lesson/glossary.h (gloss_matcher_from_glossary) or from
 * any list of (name, term) pairs (gloss_matcher_init), which is what the
 * tests use.  Never prints; no curses. */
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

struct gloss_matcher {
	struct search_pattern *pattern; /* owned; NULL when there are no names */
	size_t *terms;           /* owned: the term of each alternative */
	size_t nnames;           /* alternatives in the pattern */
};

/* Builds the matcher from n names (empty names are left out; of names
 * equal but for case, the first is kept).  On SEARCH_BAD_PATTERN err says
 * why (it cannot happen for escaped names but the pattern's size).  m is
 * to be freed with gloss_matcher_free whatever this returns. */
enum search_status gloss_matcher_init(struct gloss_matcher *m,
                                      const struct gloss_name *names, size_t n,
                                      struct search_error *err);
/* The same from a loaded glossary: term i is g->terms[i] (its name and
 * aliases). */
enum search_status gloss_matcher_from_glossary(struct gloss_matcher *m,
                                               const struct glossary *g,
                                               struct search_error *err);
void gloss_matcher_free(struct gloss_matcher *m);

/* The occurrences of terms in a page: result's matches and spans (as in
 * search.h, so search_first_span and search_next work on them) and the
 * term of each match. */
struct gloss_hits {
	struct search_result result; /* owned */
	size_t *terms;               /* result.nmatches entries; owned */
	size_t cap_terms;
};

/* Finds every occurrence in t (or in lo's grid).  h is initialised here;
 * free it with gloss_hits_free even on failure.  Returns the result's
 * status, or SEARCH_NOMEM. */
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
