/* search_impl.h — what the files of the search layer share and nobody
 * else sees: the compiled pattern (PCRE2 types) and the match loop.
 * Private to src/search. */
#ifndef CASCADE_SEARCH_IMPL_H
#define CASCADE_SEARCH_IMPL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <time.h>

#include "search/search.h"

/* Initial capacities (in matches and spans); the tests
 * build with 1 so that every growth path runs. */
#ifndef SEARCH_INITIAL_CAP
#define SEARCH_INITIAL_CAP 64
#endif

/* Start positions one match call may try (see match.c). */
#define SEARCH_WINDOW 1024 /* bytes */

struct search_pattern {
	pcre2_code *code;              /* owned */
	pcre2_match_context *mctx;     /* owned: the limits */
	bool caseless;
	size_t max_matches;
	unsigned time_limit_ms;        /* one search's wall-clock budget */
};

/* When a search must stop (CLOCK_MONOTONIC); one deadline spans every
 * page of a course-wide search. */
struct search_deadline {
	struct timespec at;
};

void search_deadline_start(struct search_deadline *d, const struct search_pattern *p);

/* search_text_run() against a deadline shared with other pages. */
enum search_status search_text_run_by(const struct search_pattern *p,
                                      const struct search_text *t,
                                      const struct search_deadline *dl,
                                      struct search_result *r);

/* Appends the spans of bytes [start, end) of t to r; returns how many
 * (0: the bytes show no cell), or -1 when memory runs out. */
long search_add_spans(struct search_result *r, const struct search_text *t,
                      size_t start, size_t end, size_t match);

#endif
