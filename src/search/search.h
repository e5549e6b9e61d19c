/* search.h — PCRE2 search over laid-out pages, one page or the course.
 *
 * Owns: compiling a pattern once (smart case, UTF-8; match, depth, heap
 * and time limits so that no pattern can hang the caller), the
 * searchable text of a layout (its lines joined, a wrap becoming one
 * space) with the map from its bytes back to grid cells, the matches of a
 * pattern as spans of grid cells to highlight, and a course-wide search.
 *
 * A search runs on what is shown: the cells of a laid-out grid, so a
 * phrase broken across a wrap or styled in two ways still matches.  Never
 * prints, never touches the terminal; no curses and no PCRE2 types here
 * (the pattern is opaque), so the pager needs no PCRE2 headers.
 *
 * Typical use (the pager):
 *     search_compile(&pat, text, &opts, &err)   -> SEARCH_BAD_PATTERN: show
 *                                                   err.message at err.column
 *     search_layout(pat, &view->layout, &res)   -> res.matches, res.spans
 *     search_next(&res, line, col, forward, &wrapped)  for n / N
 *     search_first_span(&res, top)              to paint the visible spans
 *     search_result_free(&res); search_pattern_free(pat); */
#ifndef CASCADE_SEARCH_H
#define CASCADE_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lesson/diag.h"
#include "view/grid.h"
#include "view/layout.h"

struct course;
struct page;

/* Every outcome and what the UI says for it (the only list of them). */
#define SEARCH_STATUS_LIST(_)                                              \
	_(OK, "")                                                          \
	_(NOMEM, "out of memory")                                          \
	_(BAD_PATTERN, "bad pattern")                                      \
	_(TOO_COMPLEX, "pattern too complex: the search was stopped")      \
	_(TOO_MANY, "too many matches: only the first ones are shown")

#define SEARCH_STATUS_ENUM(name, msg) SEARCH_##name,
enum search_status { SEARCH_STATUS_LIST(SEARCH_STATUS_ENUM) SEARCH__COUNT };
#undef SEARCH_STATUS_ENUM

/* A short message for s ("" for SEARCH_OK). */
const char *search_status_message(enum search_status s);

/* ---- patterns ---------------------------------------------------------- */

enum search_case {
	SEARCH_CASE_SMART = 0, /* caseless unless the pattern has a capital */
	SEARCH_CASE_IGNORE,    /* always caseless (cascade search -i) */
	SEARCH_CASE_MATCH,     /* always case-sensitive */
};

/* Defaults for a zero field in struct search_opts. */
#define SEARCH_MATCH_LIMIT 1000000u  /* PCRE2 match() calls per attempt */
#define SEARCH_DEPTH_LIMIT 10000u    /* backtracking depth (interpreter) */
#define SEARCH_HEAP_LIMIT 16384u     /* KiB of backtracking memory */
#define SEARCH_TIME_LIMIT_MS 50u     /* one search: a page, or the course */
#define SEARCH_MAX_MATCHES 100000u   /* kept per page */
#define SEARCH_MAX_PATTERN 4096u     /* bytes */

struct search_opts {
	enum search_case case_mode;
	bool literal;            /* the pattern is a fixed string, not a regex */
	uint32_t match_limit;    /* 0: SEARCH_MATCH_LIMIT */
	uint32_t depth_limit;    /* 0: SEARCH_DEPTH_LIMIT */
	size_t max_matches;      /* per page; 0: SEARCH_MAX_MATCHES */
	unsigned time_limit_ms;  /* per search; 0: SEARCH_TIME_LIMIT_MS */
};

/* Why a pattern did not compile. */
struct search_error {
	int code;                /* PCRE2's error code; 0 for our own checks */
	size_t offset;           /* in bytes into the pattern, where it went wrong */
	size_t column;           /* the same place in code points (for a caret) */
	char message[160];       /* PCRE2's message (pcre2_get_error_message) */
};

struct search_pattern; /* opaque; owns the PCRE2 code and match context */

/* Compiles pattern (NUL-terminated UTF-8) once, for many searches.  On
 * SEARCH_OK *out is the pattern (free with search_pattern_free);
 * otherwise *out is NULL and, for SEARCH_BAD_PATTERN, err says why and
 * where (err may be NULL).  o may be NULL for the defaults. */
enum search_status search_compile(struct search_pattern **out, const char *pattern,
                                  const struct search_opts *o,
                                  struct search_error *err);
void search_pattern_free(struct search_pattern *p);

/* Whether the pattern ignores case (after smart case). */
bool search_pattern_caseless(const struct search_pattern *p);

/* Smart case on its own: true when pattern has an upper- or title-case
 * letter outside escapes (\S, \W, \p{Lu} do not count; \Q..\E does). */
bool search_has_capital(const char *pattern);

/* ---- the searchable text of a grid ------------------------------------- */

#define SEARCH_NO_CELL UINT32_MAX

/* The cell a byte of the searchable text came from. */
struct search_pos {
	uint32_t line;           /* grid line, or SEARCH_NO_CELL (a separator) */
	uint16_t col;            /* first column of the cell */
	uint16_t width;          /* columns: 1, or 2 for a wide character */
};

/* Where grid line i's text lies in the searchable text. */
struct search_line {
	size_t off, len;         /* in bytes */
};

/* A grid's text: each line's cells as UTF-8 with leading and trailing
 * blanks and marks left out (marks between words read as spaces, no-break
 * spaces as spaces, CELL_CONT halves skipped), lines joined by one byte:
 * ' ' where a line wrapped at a space, '\n' otherwise, nothing where a
 * long word was broken.  Always valid UTF-8. */
struct search_text {
	char *bytes;             /* len bytes and a NUL; owned */
	size_t len;              /* in bytes */
	struct search_pos *pos;  /* len entries; owned */
	struct search_line *lines; /* nlines entries; owned */
	size_t nlines;           /* the grid's lines */
};

/* 0, or -1 when memory runs out (t is then empty and safe to free). */
int search_text_build(struct search_text *t, const struct grid *g);
void search_text_free(struct search_text *t);

/* ---- matches ----------------------------------------------------------- */

/* Cells to highlight: columns [col, end_col) of one grid line. */
struct search_span {
	size_t line;
	size_t col, end_col;     /* in columns; end_col is one past the last */
	size_t match;            /* the index of the match it belongs to */
};

struct search_match {
	size_t start, end;       /* in bytes, in the searchable text */
	size_t span, nspans;     /* its spans: result.spans[span .. span+nspans) */
	size_t line, col;        /* its first cell (that of its first span) */
};

/* All the matches on a page, in order, never overlapping and never empty
 * (a match of only separators, which shows no cell, is not kept).  The
 * spans are sorted by line and column. */
struct search_result {
	struct search_match *matches; /* owned */
	size_t nmatches, cap_matches;
	struct search_span *spans;    /* owned */
	size_t nspans, cap_spans;
	enum search_status status;    /* OK, TOO_COMPLEX or TOO_MANY: the
	                               * matches before the stop are kept */
};

/* Finds every match of p in t into r (initialised here; free it with
 * search_result_free even on failure).  Returns r->status, or
 * SEARCH_NOMEM. */
enum search_status search_text_run(const struct search_pattern *p,
                                   const struct search_text *t,
                                   struct search_result *r);
/* The same on a layout: builds its text, searches it, drops the text. */
enum search_status search_layout(const struct search_pattern *p,
                                 const struct layout *lo, struct search_result *r);
void search_result_free(struct search_result *r);

/* Moving between matches: forward, the first match that starts at (line,
 * col) or after it; backward, the last one that starts before it.  Past
 * either end it wraps round the page and sets *wrapped (wrapped may be
 * NULL).  -1 when there are no matches.  With match m current, n is
 * search_next(r, m.line, m.col + 1, true, ..) and N is
 * search_next(r, m.line, m.col, false, ..); a new / search from the top
 * of the screen is search_next(r, top, 0, true, ..). */
long search_next(const struct search_result *r, size_t line, size_t col,
                 bool forward, bool *wrapped);
/* The index of the first span on line `line` or after it (r->nspans if
 * none), for painting the lines from the top of the screen down. */
size_t search_first_span(const struct search_result *r, size_t line);

/* ---- the whole course -------------------------------------------------- */

/* The course laid out once at one width, with each page's text.  Lay it
 * out with the pager's own options so that lines agree with its layouts. */
struct search_index_page {
	struct page *page;       /* not owned; the course's (or its glossary) */
	struct layout layout;    /* owned */
	struct search_text text; /* owned */
};

struct search_index {
	struct search_index_page *pages; /* owned: the course's pages in order,
	                                  * then its glossary if it has one */
	size_t npages;
	size_t width;            /* the width laid out at, in columns */
};

/* Lays out every page of c (and its glossary) with o.  Returns 0, or -1
 * when memory runs out (ix is then safe to free).  Sim problems go to d. */
int search_index_build(struct search_index *ix, struct course *c,
                       const struct layout_opts *o, struct diags *d);
void search_index_free(struct search_index *ix);

/* One page with matches. */
struct search_page_hits {
	size_t page;             /* index into ix->pages */
	struct search_result result; /* every match and span on the page; owned */
	char *context;           /* the first match's line, UTF-8; owned */
};

struct search_course_result {
	struct search_page_hits *pages; /* owned; only pages with matches */
	size_t npages;
	size_t total;            /* matches in all */
	enum search_status status; /* the worst seen; TOO_COMPLEX stops early */
};

/* Searches every page of ix.  r is initialised here; free it with
 * search_course_free even on failure.  Returns r->status or SEARCH_NOMEM. */
enum search_status search_course(const struct search_pattern *p,
                                  const struct search_index *ix,
                                  struct search_course_result *r);
void search_course_free(struct search_course_result *r);

/* Line `line` of t as UTF-8 (its searchable text, so no leading blanks or
 * marks), in a new string the caller frees; NULL when memory runs out. */
char *search_line_text(const struct search_text *t, size_t line);

#endif
