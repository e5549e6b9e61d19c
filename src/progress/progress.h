/* progress.h — a student's progress, kept between sessions.
 *
 * Owns: the progress model (pages visited, read to the end and the place
 * in each, quiz answers, simulations opened and from which page, the page
 * to resume at), its text file
 * (format.c; documented in cascade(1), FILES) and the store (store.c):
 * loading with strict validation, and saving under a lock with a merge,
 * so that two sessions of one user never lose each other's answers.
 *
 * No curses, no printing, no exit, no globals: problems come back as an
 * enum progress_status and a message (progress_message()) for the caller
 * to show as it likes.  The state directory is given by the caller;
 * progress_dir() works it out from XDG_STATE_HOME and HOME.
 *
 * Every name (page id, sim model) is 1-64 characters from [a-z0-9._-];
 * anything else is refused with PROGRESS_BAD_NAME and not recorded.
 * Times are Unix seconds, passed in by the caller (time(NULL)) so that
 * tests can pin them. */
#ifndef CASCADE_PROGRESS_H
#define CASCADE_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define PROGRESS_FORMAT 2          /* the version this code writes; it reads 1 too */
#define PROGRESS_FILE "progress"   /* in the state directory */
#define PROGRESS_LOCK "progress.lock"
#define PROGRESS_NAME_MAX 64       /* bytes in a page id or model name */
#define PROGRESS_MAX_BYTES (1u << 20) /* a larger file is refused as damaged */
#define PROGRESS_MAX_RECORDS 20000

/* What a load, save or reset came to.  One table: the name, whether the
 * session's progress is still being kept on disk, and the words used in
 * messages. */
#define PROGRESS_STATUSES(_)                                                   \
	_(OK,        "done")                                                   \
	_(SET_ASIDE, "the progress file was damaged and has been set aside")   \
	_(BAD_NAME,  "not a valid page id or model name")                     \
	_(BAD_ANSWER, "no such quiz option")                                  \
	_(NO_DIR,    "the state directory cannot be created")                 \
	_(READ_ONLY, "the state directory is not writable")                   \
	_(NO_SPACE,  "the disk is full")                                      \
	_(BUSY,      "another cascade kept the progress lock too long")       \
	_(NO_MEMORY, "out of memory")                                         \
	_(IO,        "input/output error")

#define PROGRESS_STATUS_ENUM(name, text) PROGRESS_##name,
enum progress_status { PROGRESS_STATUSES(PROGRESS_STATUS_ENUM) };
#undef PROGRESS_STATUS_ENUM

/* The words for a status ("the disk is full"); static. */
const char *progress_status_text(enum progress_status st);

/* One page the student has opened. */
struct progress_page {
	char id[PROGRESS_NAME_MAX + 1];
	int64_t at;        /* last visit or scroll, Unix seconds */
	size_t line;       /* the place: first grid line shown ... */
	double fraction;   /* ... and that line as a fraction of the page's
	                    * lines, 0..1, to find it again at another width */
	int64_t read_at;   /* when the student first reached its end; 0: not
	                    * yet (a page is "read" then, not when opened) */
	bool dirty;        /* changed since the last load or save */
};

/* One quiz: the index-th quiz block of a page (see progress_quiz_number()).
 * A record exists only once the quiz has been answered. */
struct progress_quiz {
	char page[PROGRESS_NAME_MAX + 1];
	unsigned index;     /* 0-based; the file writes index + 1 */
	unsigned first;     /* option index of the first answer (0 = A); scored */
	bool first_right;
	int64_t first_at;
	unsigned latest;    /* option index of the latest answer */
	bool latest_right;
	int64_t latest_at;
	bool first_dirty, latest_dirty;
};

/* One simulation model the student has opened in the explorer. */
struct progress_sim {
	char model[PROGRESS_NAME_MAX + 1];
	unsigned long opened;  /* times, including those not saved yet */
	unsigned long unsaved; /* of which since the last save: added to the
	                        * count on disk when saving, so that two
	                        * sessions' openings all count */
	int64_t at;            /* last opened */
};

/* A simulation the student opened from a sim block of a page: a page's
 * sims count as tried only when opened there. */
struct progress_tried {
	char page[PROGRESS_NAME_MAX + 1];
	char model[PROGRESS_NAME_MAX + 1];
	int64_t at;        /* last opened there */
	bool dirty;
};

struct progress {
	char *dir;                       /* the state directory; owned */
	struct progress_page *pages;     /* owned arrays */
	size_t npages, cap_pages;
	struct progress_quiz *quizzes;
	size_t nquizzes, cap_quizzes;
	struct progress_sim *sims;
	size_t nsims, cap_sims;
	struct progress_tried *tried;
	size_t ntried, cap_tried;
	char last_page[PROGRESS_NAME_MAX + 1]; /* to resume at; "" if none */
	int64_t last_at;
	bool last_dirty;
	bool unsynced;                   /* the file was last written by a
	                                  * checkpoint, not yet synced */
	/* The latest problem, for progress_message(). */
	char message[1024];
	bool message_new;                /* not yet taken by progress_message() */
	enum progress_status failing;    /* the save failure already reported */
};

/* ---- The model (state.c).  Pointers returned into p stay valid only
 * until the next call that records, loads, saves or resets. ---- */

/* An empty model for directory dir (copied).  dir NULL or "" means there
 * is none: the model works in memory, loads nothing, and saves fail with
 * PROGRESS_NO_DIR (said once).  Returns PROGRESS_OK or PROGRESS_NO_MEMORY;
 * p is safe to free in both cases. */
enum progress_status progress_init(struct progress *p, const char *dir);
void progress_free(struct progress *p);
/* Forgets everything recorded (not the directory or the message). */
void progress_clear(struct progress *p);
/* Whether p holds a change not yet saved. */
bool progress_changed(const struct progress *p);

/* The student is on page id at this place: marks it visited and the page
 * to resume at.  Call on opening a page and when leaving it (or when the
 * place changes); saving is separate.  The same place on the page to
 * resume at again changes nothing (not even the time). */
enum progress_status progress_visit(struct progress *p, const char *id, size_t line,
                                    double fraction, time_t now);
const struct progress_page *progress_page(const struct progress *p, const char *id);
/* The page id to resume at, or NULL. */
const char *progress_last_page(const struct progress *p);

/* Records option (0 = A) as an answer to quiz index of page id, right or
 * not.  The first answer is kept for good and is the one scored; later
 * ones only change the latest.  *scored (may be NULL) tells whether this
 * answer was the first. */
enum progress_status progress_answer(struct progress *p, const char *page, unsigned index,
                                     unsigned option, bool right, time_t now, bool *scored);
const struct progress_quiz *progress_quiz(const struct progress *p, const char *page,
                                          unsigned index);

/* The student reached the end of page id (the first time counts). */
enum progress_status progress_read(struct progress *p, const char *id, time_t now);

/* The explorer was opened on model, from a sim block of page (NULL: from
 * no page, e.g. a walkthrough stop). */
enum progress_status progress_sim_opened(struct progress *p, const char *model, time_t now);
enum progress_status progress_sim_tried(struct progress *p, const char *page,
                                        const char *model, time_t now);
/* Whether model was opened from a sim block of page. */
bool progress_tried(const struct progress *p, const char *page, const char *model);
/* Times model was opened (0 if never). */
unsigned long progress_sim_count(const struct progress *p, const char *model);

/* The message about the latest problem (a set-aside file, a save that
 * failed), once: NULL when there is nothing new.  A save that keeps
 * failing the same way is reported only the first time, until a save
 * succeeds again.  Owned by p. */
const char *progress_message(struct progress *p);

/* ---- The store (store.c). ---- */

/* The state directory: $XDG_STATE_HOME/cascade if that is an absolute
 * path, else $HOME/.local/state/cascade.  Pass getenv()'s values.
 * Returns 0, or -1 if neither is usable or out is too small. */
int progress_dir(char *out, size_t size, const char *xdg_state_home, const char *home);

/* Replaces p's model with the file in p->dir.  No file: an empty model
 * and PROGRESS_OK.  A damaged, truncated, binary, foreign or future
 * version file is renamed to "progress.bad-YYYYMMDD-HHMMSS[-N]", the model
 * starts empty, and the result is PROGRESS_SET_ASIDE with the message
 * saying what was wrong and where the file went.  Never fails for a
 * read-only directory (the file is read without the lock). */
enum progress_status progress_load(struct progress *p, time_t now);

/* Saves p: takes the lock, reads the file as it is on disk now, merges
 * p's changes into it (per item the later time wins; a first answer, once
 * on disk, is never replaced; sim counts add up), writes a temporary
 * file, fsyncs it, renames it over the file and fsyncs the directory.
 * When p has no change, the file is left as it is (only synced, if a
 * checkpoint wrote it).
 * On success p holds the merged model, so it sees other sessions' work,
 * and the result is PROGRESS_OK, or PROGRESS_SET_ASIDE when the file
 * found on disk was bad and has been set aside first (see the message).
 * On failure p keeps its changes for the next try; the status says why
 * (PROGRESS_READ_ONLY, PROGRESS_NO_SPACE, ...) and progress_message()
 * has the text, once.  Creates the directory (mode 0700) if needed. */
enum progress_status progress_save(struct progress *p, time_t now);
/* The same without the two fsyncs: the new file survives cascade being
 * killed (the rename is atomic) but perhaps not the machine losing power
 * before the kernel writes it back; the next progress_save() makes it
 * durable.  For the place on a page, saved after page turns, where a
 * sync costs more than the page turn itself. */
enum progress_status progress_checkpoint(struct progress *p, time_t now);

/* Clears the progress on disk and in p, under the lock.  Other sessions
 * running at the time bring back only what they had not saved yet or
 * change afterwards. */
enum progress_status progress_reset(struct progress *p, time_t now);

#endif
