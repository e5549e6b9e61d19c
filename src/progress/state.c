/* state.c — the progress model in memory: recording visits, answers and
 * simulations, and looking them up (see progress.h).  Nothing here
 * touches files; store.c loads and saves. */
#include <stdlib.h>
#include <string.h>

#include "progress/state.h"

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
	p->pages = NULL;
	p->quizzes = NULL;
	p->sims = NULL;
	p->npages = p->cap_pages = p->nquizzes = p->cap_quizzes = p->nsims = p->cap_sims = 0;
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

/* Makes room for one more item of size elem in *items. */
static int grow(void **items, size_t *cap, size_t n, size_t elem)
{
	size_t ncap;
	void *q;

	if (n < *cap)
		return 0;
	ncap = *cap ? *cap * 2 : 8;
	q = realloc(*items, ncap * elem);
	if (!q)
		return -1;
	*items = q;
	*cap = ncap;
	return 0;
}

struct progress_page *progress_page_slot(struct progress *p, const char *id, bool add)
{
	struct progress_page *pg;

	for (size_t i = 0; i < p->npages; i++)
		if (strcmp(p->pages[i].id, id) == 0)
			return &p->pages[i];
	if (!add || grow((void **)&p->pages, &p->cap_pages, p->npages, sizeof *p->pages))
		return NULL;
	pg = &p->pages[p->npages++];
	memset(pg, 0, sizeof *pg);
	strcpy(pg->id, id);
	return pg;
}

struct progress_quiz *progress_quiz_slot(struct progress *p, const char *page, unsigned index,
                                         bool add)
{
	struct progress_quiz *q;

	for (size_t i = 0; i < p->nquizzes; i++)
		if (p->quizzes[i].index == index && strcmp(p->quizzes[i].page, page) == 0)
			return &p->quizzes[i];
	if (!add || grow((void **)&p->quizzes, &p->cap_quizzes, p->nquizzes, sizeof *p->quizzes))
		return NULL;
	q = &p->quizzes[p->nquizzes++];
	memset(q, 0, sizeof *q);
	strcpy(q->page, page);
	q->index = index;
	return q;
}

struct progress_sim *progress_sim_slot(struct progress *p, const char *model, bool add)
{
	struct progress_sim *s;

	for (size_t i = 0; i < p->nsims; i++)
		if (strcmp(p->sims[i].model, model) == 0)
			return &p->sims[i];
	if (!add || grow((void **)&p->sims, &p->cap_sims, p->nsims, sizeof *p->sims))
		return NULL;
	s = &p->sims[p->nsims++];
	memset(s, 0, sizeof *s);
	strcpy(s->model, model);
	return s;
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
	pg->fraction = fraction > 0 ? (fraction < 1 ? fraction : 1) : 0;
	pg->line = line > PROGRESS_MAX_LINE ? PROGRESS_MAX_LINE : line;
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
