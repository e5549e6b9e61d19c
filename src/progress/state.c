/* state.c — the progress model in memory: recording visits, answers and
 * simulations, and looking them up (see progress.h).  Each array is kept
 * sorted by its key, so a look-up is a binary search and a file of 20,000
 * records reads in n log n.  Nothing here touches files; store.c loads
 * and saves. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "progress/state.h"
#include "util/grow.h"

#define PROGRESS_STATUS_TEXT(name, text) [PROGRESS_##name] = text,
static const char *const status_texts[] = { PROGRESS_STATUSES(PROGRESS_STATUS_TEXT) };
#undef PROGRESS_STATUS_TEXT

const char *progress_status_text(enum progress_status st)
{
	if ((size_t)st >= sizeof status_texts / sizeof *status_texts)
		return "unknown problem";
	return status_texts[st];
}

bool progress_valid_name(const char *s)
{
	size_t n = 0;

	for (; s[n]; n++) {
		char c = s[n];

		if (n >= PROGRESS_NAME_MAX ||
		    !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'))
			return false;
	}
	return n > 0;
}

/* A time the file can hold. */
static int64_t clamp_time(time_t now)
{
	return now < 0 ? 0 : (int64_t)now > PROGRESS_MAX_TIME ? PROGRESS_MAX_TIME : (int64_t)now;
}

enum progress_status progress_init(struct progress *p, const char *dir)
{
	memset(p, 0, sizeof *p);
	p->dir = strdup(dir ? dir : "");
	return p->dir ? PROGRESS_OK : PROGRESS_NO_MEMORY;
}

void progress_clear(struct progress *p)
{
	free(p->pages);
	free(p->quizzes);
	free(p->sims);
	free(p->tried);
	p->pages = NULL;
	p->quizzes = NULL;
	p->sims = NULL;
	p->tried = NULL;
	p->npages = p->cap_pages = p->nquizzes = p->cap_quizzes = p->nsims = p->cap_sims = 0;
	p->ntried = p->cap_tried = 0;
	p->last_page[0] = '\0';
	p->last_at = 0;
	p->last_dirty = false;
}

void progress_free(struct progress *p)
{
	progress_clear(p);
	free(p->dir);
	memset(p, 0, sizeof *p);
}

/* The keys, by which each array is kept sorted. */
static int cmp_page(const void *a, const void *b)
{
	return strcmp(((const struct progress_page *)a)->id, ((const struct progress_page *)b)->id);
}

static int cmp_quiz(const void *a, const void *b)
{
	const struct progress_quiz *x = a, *y = b;
	int c = strcmp(x->page, y->page);

	return c ? c : (x->index > y->index) - (x->index < y->index);
}

static int cmp_sim(const void *a, const void *b)
{
	return strcmp(((const struct progress_sim *)a)->model, ((const struct progress_sim *)b)->model);
}

static int cmp_tried(const void *a, const void *b)
{
	const struct progress_tried *x = a, *y = b;
	int c = strcmp(x->page, y->page);

	return c ? c : strcmp(x->model, y->model);
}

/* Where key belongs in the sorted array items[0..n): *found says whether
 * an item there has that key. */
static size_t lower_bound(const void *items, size_t n, size_t elem, const void *key,
                          int (*cmp)(const void *, const void *), bool *found)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cmp((const char *)items + mid * elem, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = lo < n && cmp((const char *)items + lo * elem, key) == 0;
	return lo;
}

/* The item equal to key in the sorted *items; with add, key copied into a
 * new item at its place if there is none.  NULL if none (or no memory). */
static void *find_or_insert(void **items, size_t *n, size_t *cap, size_t elem, const void *key,
                            int (*cmp)(const void *, const void *), bool add)
{
	bool found;
	size_t at = lower_bound(*items, *n, elem, key, cmp, &found);
	char *base;

	if (found)
		return (char *)*items + at * elem;
	if (!add || grow_for_one(items, cap, *n, elem, 8))
		return NULL;
	base = *items;
	memmove(base + (at + 1) * elem, base + at * elem, (*n - at) * elem);
	memcpy(base + at * elem, key, elem);
	(*n)++;
	return base + at * elem;
}

struct progress_page *progress_page_slot(struct progress *p, const char *id, bool add)
{
	struct progress_page key = { 0 };

	strcpy(key.id, id);
	return find_or_insert((void **)&p->pages, &p->npages, &p->cap_pages, sizeof key, &key,
	                      cmp_page, add);
}

struct progress_quiz *progress_quiz_slot(struct progress *p, const char *page, unsigned index,
                                         bool add)
{
	struct progress_quiz key = { .index = index };

	strcpy(key.page, page);
	return find_or_insert((void **)&p->quizzes, &p->nquizzes, &p->cap_quizzes, sizeof key, &key,
	                      cmp_quiz, add);
}

struct progress_sim *progress_sim_slot(struct progress *p, const char *model, bool add)
{
	struct progress_sim key = { 0 };

	strcpy(key.model, model);
	return find_or_insert((void **)&p->sims, &p->nsims, &p->cap_sims, sizeof key, &key,
	                      cmp_sim, add);
}

/* A new zeroed element at the end of *items; NULL out of memory. */
static void *append_zeroed(void **items, size_t *n, size_t *cap, size_t elem)
{
	char *at;

	if (grow_for_one(items, cap, *n, elem, 8))
		return NULL;
	at = (char *)*items + (*n)++ * elem;
	memset(at, 0, elem);
	return at;
}

struct progress_tried *progress_tried_slot(struct progress *p, const char *page,
                                           const char *model, bool add)
{
	struct progress_tried key = { 0 };

	strcpy(key.page, page);
	strcpy(key.model, model);
	return find_or_insert((void **)&p->tried, &p->ntried, &p->cap_tried, sizeof key, &key,
	                      cmp_tried, add);
}

struct progress_page *progress_page_append(struct progress *p)
{
	return append_zeroed((void **)&p->pages, &p->npages, &p->cap_pages, sizeof *p->pages);
}

struct progress_quiz *progress_quiz_append(struct progress *p)
{
	return append_zeroed((void **)&p->quizzes, &p->nquizzes, &p->cap_quizzes, sizeof *p->quizzes);
}

struct progress_sim *progress_sim_append(struct progress *p)
{
	return append_zeroed((void **)&p->sims, &p->nsims, &p->cap_sims, sizeof *p->sims);
}

struct progress_tried *progress_tried_append(struct progress *p)
{
	return append_zeroed((void **)&p->tried, &p->ntried, &p->cap_tried, sizeof *p->tried);
}

/* Sorts n items of size bytes by cmp; returns the index of the first item
 * equal to the one before it, or 0 when every item is distinct. */
static size_t sort_find_twice(void *items, size_t n, size_t size,
                              int (*cmp)(const void *, const void *))
{
	const char *at = items;

	if (n < 2)
		return 0;
	qsort(items, n, size, cmp);
	for (size_t i = 1; i < n; i++)
		if (cmp(at + (i - 1) * size, at + i * size) == 0)
			return i;
	return 0;
}

const char *progress_sort(struct progress *p)
{
	static char twice[2 * PROGRESS_NAME_MAX + 64]; /* a message naming two names */
	size_t page = sort_find_twice(p->pages, p->npages, sizeof *p->pages, cmp_page);
	size_t quiz = sort_find_twice(p->quizzes, p->nquizzes, sizeof *p->quizzes, cmp_quiz);
	size_t sim = sort_find_twice(p->sims, p->nsims, sizeof *p->sims, cmp_sim);
	size_t tried = sort_find_twice(p->tried, p->ntried, sizeof *p->tried, cmp_tried);

	if (page)
		snprintf(twice, sizeof twice, "page '%s' appears twice", p->pages[page].id);
	else if (quiz)
		snprintf(twice, sizeof twice, "quiz %u of page '%s' appears twice",
		         p->quizzes[quiz].index + 1, p->quizzes[quiz].page);
	else if (sim)
		snprintf(twice, sizeof twice, "sim '%s' appears twice", p->sims[sim].model);
	else if (tried)
		snprintf(twice, sizeof twice, "sim '%s' tried on page '%s' appears twice",
		         p->tried[tried].model, p->tried[tried].page);
	else
		return NULL;
	return twice;
}

enum progress_status progress_visit(struct progress *p, const char *id, size_t line,
                                    double fraction, time_t now)
{
	struct progress_page *pg;

	if (!progress_valid_name(id))
		return PROGRESS_BAD_NAME;
	if (!(pg = progress_page_slot(p, id, true)))
		return PROGRESS_NO_MEMORY;
	/* NaN fails both tests and becomes 0. */
	fraction = fraction > 0 ? (fraction < 1 ? fraction : 1) : 0;
	line = line > PROGRESS_MAX_LINE ? PROGRESS_MAX_LINE : line;
	/* Still at the place already recorded, on the last page: nothing
	 * changed (the time is that of the last move), nothing to save. */
	if (pg->at && pg->line == line && pg->fraction == fraction && strcmp(p->last_page, id) == 0)
		return PROGRESS_OK;
	pg->fraction = fraction;
	pg->line = line;
	pg->at = clamp_time(now);
	pg->dirty = true;
	strcpy(p->last_page, id);
	p->last_at = pg->at;
	p->last_dirty = true;
	return PROGRESS_OK;
}

const struct progress_page *progress_page(const struct progress *p, const char *id)
{
	return progress_page_slot((struct progress *)p, id, false);
}

const char *progress_last_page(const struct progress *p)
{
	return p->last_page[0] ? p->last_page : NULL;
}

enum progress_status progress_answer(struct progress *p, const char *page, unsigned index,
                                     unsigned option, bool right, time_t now, bool *scored)
{
	struct progress_quiz *q;
	bool first;

	if (scored)
		*scored = false;
	if (!progress_valid_name(page))
		return PROGRESS_BAD_NAME;
	if (option >= PROGRESS_MAX_OPTIONS || index >= PROGRESS_MAX_QUIZZES)
		return PROGRESS_BAD_ANSWER;
	if (!(q = progress_quiz_slot(p, page, index, false))) {
		if (!(q = progress_quiz_slot(p, page, index, true)))
			return PROGRESS_NO_MEMORY;
		first = true;
	} else {
		first = false;
	}
	if (first) {
		q->first = option;
		q->first_right = right;
		q->first_at = clamp_time(now);
		q->first_dirty = true;
	}
	q->latest = option;
	q->latest_right = right;
	/* Never older than the first, even if the clock went back. */
	q->latest_at = clamp_time(now) > q->first_at ? clamp_time(now) : q->first_at;
	q->latest_dirty = true;
	if (scored)
		*scored = first;
	return PROGRESS_OK;
}

const struct progress_quiz *progress_quiz(const struct progress *p, const char *page,
                                          unsigned index)
{
	return progress_quiz_slot((struct progress *)p, page, index, false);
}

enum progress_status progress_sim_opened(struct progress *p, const char *model, time_t now)
{
	struct progress_sim *s;

	if (!progress_valid_name(model))
		return PROGRESS_BAD_NAME;
	if (!(s = progress_sim_slot(p, model, true)))
		return PROGRESS_NO_MEMORY;
	if (s->opened < PROGRESS_MAX_COUNT) {
		s->opened++;
		s->unsaved++;
	}
	s->at = clamp_time(now);
	return PROGRESS_OK;
}

enum progress_status progress_sim_tried(struct progress *p, const char *page,
                                        const char *model, time_t now)
{
	struct progress_tried *t;

	if (!progress_valid_name(page) || !progress_valid_name(model))
		return PROGRESS_BAD_NAME;
	if (!(t = progress_tried_slot(p, page, model, true)))
		return PROGRESS_NO_MEMORY;
	t->at = clamp_time(now);
	t->dirty = true;
	return PROGRESS_OK;
}

bool progress_tried(const struct progress *p, const char *page, const char *model)
{
	return progress_valid_name(page) && progress_valid_name(model) &&
	       progress_tried_slot((struct progress *)p, page, model, false) != NULL;
}

bool progress_changed(const struct progress *p)
{
	if (p->last_dirty)
		return true;
	for (size_t i = 0; i < p->npages; i++)
		if (p->pages[i].dirty)
			return true;
	for (size_t i = 0; i < p->nquizzes; i++)
		if (p->quizzes[i].first_dirty || p->quizzes[i].latest_dirty)
			return true;
	for (size_t i = 0; i < p->nsims; i++)
		if (p->sims[i].unsaved)
			return true;
	for (size_t i = 0; i < p->ntried; i++)
		if (p->tried[i].dirty)
			return true;
	return false;
}

enum progress_status progress_read(struct progress *p, const char *id, time_t now)
{
	struct progress_page *pg;

	if (!progress_valid_name(id))
		return PROGRESS_BAD_NAME;
	if (!(pg = progress_page_slot(p, id, true)))
		return PROGRESS_NO_MEMORY;
	if (pg->read_at == 0) {
		pg->read_at = clamp_time(now) ? clamp_time(now) : 1;
		pg->dirty = true;
	}
	return PROGRESS_OK;
}

unsigned long progress_sim_count(const struct progress *p, const char *model)
{
	const struct progress_sim *s = progress_sim_slot((struct progress *)p, model, false);

	return s ? s->opened : 0;
}

const char *progress_message(struct progress *p)
{
	if (!p->message_new)
		return NULL;
	p->message_new = false;
	return p->message;
}
