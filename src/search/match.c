/* match.c — running a compiled pattern over a page's searchable text:
 * every match, its spans of grid cells, and moving between matches (see
 * search.h). */
#include <stdlib.h>
#include <string.h>

#include "search/search_impl.h"
#include "util/grow.h"

/* The byte after the code point that starts at off. */
static size_t next_char(const struct search_text *t, size_t off)
{
	off++;
	while (off < t->len && ((unsigned char)t->bytes[off] & 0xc0) == 0x80)
		off++;
	return off;
}

void search_deadline_start(struct search_deadline *d, const struct search_pattern *p)
{
	clock_gettime(CLOCK_MONOTONIC, &d->at);
	d->at.tv_sec += p->time_limit_ms / 1000;
	d->at.tv_nsec += (long)(p->time_limit_ms % 1000) * 1000000L;
	if (d->at.tv_nsec >= 1000000000L) {
		d->at.tv_sec++;
		d->at.tv_nsec -= 1000000000L;
	}
}

static bool deadline_passed(const struct search_deadline *d)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec > d->at.tv_sec ||
	       (now.tv_sec == d->at.tv_sec && now.tv_nsec >= d->at.tv_nsec);
}

/* The last offset where one call may start a match: SEARCH_WINDOW bytes
 * on from at, moved back to the start of a character. */
static size_t window_end(const struct search_text *t, size_t at)
{
	size_t e = at + SEARCH_WINDOW;

	if (e >= t->len)
		return t->len;
	while (e > at && ((unsigned char)t->bytes[e] & 0xc0) == 0x80)
		e--;
	return e;
}

/* A search under way: where its matches go, and how many it may keep. */
struct run {
	struct search_result *r;
	const struct search_text *t;
	size_t max;
};

/* Takes match [start, end) into the result: 0 to go on, 1 to stop there
 * (too many matches), -1 when memory ran out. */
static int add_match(struct run *run, size_t start, size_t end)
{
	struct search_result *r = run->r;
	size_t first = r->nspans;
	long n;

	if (r->nmatches >= run->max) {
		r->status = SEARCH_TOO_MANY;
		return 1;
	}
	n = search_add_spans(r, run->t, start, end, r->nmatches);
	if (n < 0)
		return -1;
	if (n == 0)
		return 0; /* only separators: nothing to show */
	if (grow_for_one((void **)&r->matches, &r->cap_matches, r->nmatches, sizeof *r->matches, SEARCH_INITIAL_CAP))
		return -1;
	r->matches[r->nmatches++] = (struct search_match){
		.start = start, .end = end, .span = first, .nspans = (size_t)n,
		.line = r->spans[first].line, .col = r->spans[first].col,
	};
	return 0;
}

/* Runs p over t from the start, taking each non-empty match into run.
 * Returns SEARCH_OK, SEARCH_TOO_COMPLEX (a limit was hit, or the deadline
 * passed; the matches before it were kept) or SEARCH_NOMEM. */
static enum search_status search_each(const struct search_pattern *p,
                                      const struct search_text *t,
                                      const struct search_deadline *dl, struct run *run)
{
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	enum search_status st = SEARCH_OK;
	size_t at = 0;

	if (!md)
		return SEARCH_NOMEM;
	/* The text is valid UTF-8 by construction: checking it on every call
	 * would make the loop quadratic.  Each call may start matches only in
	 * a window of the text (the offset limit; a match may run past it), so
	 * that the clock is read often even when nothing matches: the limits
	 * bound one call, the deadline all of them. */
	while (at <= t->len) {
		size_t last_start = window_end(t, at);
		int rc;

		pcre2_set_offset_limit(p->mctx, last_start);
		rc = pcre2_match(p->code, (PCRE2_SPTR)t->bytes, t->len, at,
		                 PCRE2_NOTEMPTY | PCRE2_NO_UTF_CHECK, md, p->mctx);
		if (rc == PCRE2_ERROR_NOMATCH) {
			if (last_start >= t->len)
				break;
			at = next_char(t, last_start);
		} else if (rc < 0) {
			/* The match, depth or heap limit (nothing else can fail
			 * on valid UTF-8 but memory). */
			st = rc == PCRE2_ERROR_NOMEMORY ? SEARCH_NOMEM : SEARCH_TOO_COMPLEX;
			break;
		} else {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);

			if (ov[1] > ov[0]) {
				int go = add_match(run, ov[0], ov[1]);

				if (go != 0) {
					st = go < 0 ? SEARCH_NOMEM : SEARCH_OK;
					break;
				}
			}
			/* \K may report a match that ends where it started, or before. */
			at = ov[1] > at ? ov[1] : next_char(t, at);
		}
		if (deadline_passed(dl)) {
			st = SEARCH_TOO_COMPLEX;
			break;
		}
	}
	pcre2_match_data_free(md);
	return st;
}

long search_add_spans(struct search_result *r, const struct search_text *t,
                      size_t start, size_t end, size_t match)
{
	struct search_span *cur = NULL;
	long n = 0;

	for (size_t b = start; b < end && b < t->len; b++) {
		const struct search_pos *pos = &t->pos[b];
		size_t stop = (size_t)pos->col + pos->width;

		if (pos->line == SEARCH_NO_CELL)
			continue;
		if (cur && cur->line == pos->line) {
			if (stop > cur->end_col)
				cur->end_col = stop;
			continue;
		}
		if (grow_for_one((void **)&r->spans, &r->cap_spans, r->nspans, sizeof *r->spans, SEARCH_INITIAL_CAP))
			return -1;
		cur = &r->spans[r->nspans++];
		*cur = (struct search_span){ .line = pos->line, .col = pos->col,
		                             .end_col = stop, .match = match };
		n++;
	}
	return n;
}

enum search_status search_text_run_by(const struct search_pattern *p,
                                      const struct search_text *t,
                                      const struct search_deadline *dl,
                                      struct search_result *r)
{
	struct run run = { .r = r, .t = t, .max = p->max_matches };
	enum search_status st;

	memset(r, 0, sizeof *r);
	st = search_each(p, t, dl, &run);
	if (st != SEARCH_OK)
		r->status = st;
	return r->status;
}

enum search_status search_text_run(const struct search_pattern *p,
                                   const struct search_text *t,
                                   struct search_result *r)
{
	struct search_deadline dl;

	search_deadline_start(&dl, p);
	return search_text_run_by(p, t, &dl, r);
}

enum search_status search_layout(const struct search_pattern *p,
                                 const struct layout *lo, struct search_result *r)
{
	struct search_text t;
	enum search_status st;

	if (search_text_build(&t, &lo->grid) != 0) {
		memset(r, 0, sizeof *r);
		return r->status = SEARCH_NOMEM;
	}
	st = search_text_run(p, &t, r);
	search_text_free(&t);
	return st;
}

void search_result_free(struct search_result *r)
{
	free(r->matches);
	free(r->spans);
	memset(r, 0, sizeof *r);
}

static bool before(const struct search_match *m, size_t line, size_t col)
{
	return m->line < line || (m->line == line && m->col < col);
}

long search_next(const struct search_result *r, size_t line, size_t col,
                 bool forward, bool *wrapped)
{
	size_t lo = 0, hi = r->nmatches;

	if (wrapped)
		*wrapped = false;
	if (r->nmatches == 0)
		return -1;
	/* lo: the first match not before (line, col). */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (before(&r->matches[mid], line, col))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (forward && lo < r->nmatches)
		return (long)lo;
	if (!forward && lo > 0)
		return (long)lo - 1;
	if (wrapped)
		*wrapped = true;
	return forward ? 0 : (long)r->nmatches - 1;
}

size_t search_first_span(const struct search_result *r, size_t line)
{
	size_t lo = 0, hi = r->nspans;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (r->spans[mid].line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
