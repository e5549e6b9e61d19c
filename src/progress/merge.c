/* merge.c — folding one session's unsaved changes into the progress read
 * from disk, so that concurrent sessions lose nothing (see state.h):
 *
 * - only items this session changed (dirty) are applied; the rest of the
 *   disk copy stands, so another session's answers and a reset survive;
 * - per item, the later time wins (a tie goes to this session, the later
 *   writer);
 * - a first answer already on disk is never replaced;
 * - sim openings since the last save are added to the count on disk;
 * - a page read to its end keeps the first time it was. */
#include <string.h>

#include "progress/state.h"

static void merge_pages(struct progress *disk, const struct progress *mine, int *err)
{
	for (size_t i = 0; i < mine->npages; i++) {
		const struct progress_page *m = &mine->pages[i];
		struct progress_page *d;
		bool fresh;

		if (!m->dirty)
			continue;
		fresh = !progress_page_slot(disk, m->id, false);
		if (!(d = progress_page_slot(disk, m->id, true))) {
			*err = -1;
			return;
		}
		if (fresh || m->at >= d->at) {
			d->at = m->at;
			d->line = m->line;
			d->fraction = m->fraction;
		}
		/* Read to the end: the first time counts. */
		if (m->read_at && (!d->read_at || m->read_at < d->read_at))
			d->read_at = m->read_at;
	}
}

static void merge_quizzes(struct progress *disk, const struct progress *mine, int *err)
{
	for (size_t i = 0; i < mine->nquizzes; i++) {
		const struct progress_quiz *m = &mine->quizzes[i];
		struct progress_quiz *d;

		if (!m->first_dirty && !m->latest_dirty)
			continue;
		if (!(d = progress_quiz_slot(disk, m->page, m->index, false))) {
			if (!(d = progress_quiz_slot(disk, m->page, m->index, true))) {
				*err = -1;
				return;
			}
			if (m->first_dirty) {
				d->first = m->first;
				d->first_right = m->first_right;
				d->first_at = m->first_at;
			} else {
				/* The record went (a reset) after our first answer: the
				 * answer given since is the first one now. */
				d->first = m->latest;
				d->first_right = m->latest_right;
				d->first_at = m->latest_at;
			}
			d->latest = m->latest;
			d->latest_right = m->latest_right;
			d->latest_at = m->latest_at;
		} else if (m->latest_dirty && m->latest_at >= d->latest_at) {
			d->latest = m->latest;
			d->latest_right = m->latest_right;
			d->latest_at = m->latest_at;
		}
	}
}

static void merge_sims(struct progress *disk, const struct progress *mine, int *err)
{
	for (size_t i = 0; i < mine->nsims; i++) {
		const struct progress_sim *m = &mine->sims[i];
		struct progress_sim *d;

		if (!m->unsaved)
			continue;
		if (!(d = progress_sim_slot(disk, m->model, true))) {
			*err = -1;
			return;
		}
		d->opened = d->opened + m->unsaved > PROGRESS_MAX_COUNT ? PROGRESS_MAX_COUNT
		                                                        : d->opened + m->unsaved;
		if (m->at > d->at)
			d->at = m->at;
	}
}

static void merge_tried(struct progress *disk, const struct progress *mine, int *err)
{
	for (size_t i = 0; i < mine->ntried; i++) {
		const struct progress_tried *m = &mine->tried[i];
		struct progress_tried *d;

		if (!m->dirty)
			continue;
		if (!(d = progress_tried_slot(disk, m->page, m->model, true))) {
			*err = -1;
			return;
		}
		if (m->at > d->at)
			d->at = m->at;
	}
}

enum progress_status progress_merge(struct progress *disk, const struct progress *mine)
{
	int err = 0;

	if (mine->last_dirty && (!disk->last_page[0] || mine->last_at >= disk->last_at)) {
		strcpy(disk->last_page, mine->last_page);
		disk->last_at = mine->last_at;
	}
	merge_pages(disk, mine, &err);
	if (!err)
		merge_quizzes(disk, mine, &err);
	if (!err)
		merge_sims(disk, mine, &err);
	if (!err)
		merge_tried(disk, mine, &err);
	return err ? PROGRESS_NO_MEMORY : PROGRESS_OK;
}
