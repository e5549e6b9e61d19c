/* state.h — the progress layer's private helpers: limits on what a file
 * may hold, finding or adding items, and the text format (format.c).
 * Not for use outside src/progress/ and its tests. */
#ifndef CASCADE_PROGRESS_STATE_H
#define CASCADE_PROGRESS_STATE_H

#include <stdbool.h>
#include <stddef.h>

#include "progress/progress.h"

/* Limits on values read from a file (beyond them it is damaged). */
#define PROGRESS_MAX_OPTIONS 26          /* answer letters A..Z */
#define PROGRESS_MAX_QUIZZES 1000        /* quiz numbers on one page */
#define PROGRESS_MAX_LINE 100000000u     /* a grid line */
#define PROGRESS_MAX_COUNT 1000000000ul  /* times a sim was opened */
#define PROGRESS_MAX_TIME 253402300799LL /* 9999-12-31T23:59:59Z */
#define PROGRESS_MAX_LINE_BYTES 512      /* one line of the file */
#define PROGRESS_PPM 1000000             /* fractions are written in millionths */

/* 1-64 bytes of [a-z0-9._-]. */
bool progress_valid_name(const char *s);

/* The item with that key; with add, a new zeroed one if there is none,
 * inserted where the key sorts (NULL when out of memory).  Names must be
 * valid.  The arrays are always sorted by key, except while a file is
 * read: see the appenders below. */
struct progress_page *progress_page_slot(struct progress *p, const char *id, bool add);
struct progress_quiz *progress_quiz_slot(struct progress *p, const char *page, unsigned index,
                                         bool add);
struct progress_sim *progress_sim_slot(struct progress *p, const char *model, bool add);
struct progress_tried *progress_tried_slot(struct progress *p, const char *page,
                                           const char *model, bool add);

/* For the reader: a new zeroed item at the end, its key not yet checked
 * (NULL when out of memory).  Call progress_sort() after the last. */
struct progress_page *progress_page_append(struct progress *p);
struct progress_quiz *progress_quiz_append(struct progress *p);
struct progress_sim *progress_sim_append(struct progress *p);
struct progress_tried *progress_tried_append(struct progress *p);
/* Sorts every array by key; returns NULL, or a message naming a key that
 * appears twice ("page 'x' appears twice"; a static buffer). */
const char *progress_sort(struct progress *p);

/* Parses a whole file's text (len bytes, need not be NUL-terminated) into
 * p, which is cleared first; every item comes out clean (not dirty).
 * Returns PROGRESS_OK; PROGRESS_SET_ASIDE when the text is not a valid
 * file of this format, with why (size bytes) saying what is wrong, e.g.
 * "line 7: unknown record 'foo'"; or PROGRESS_NO_MEMORY. */
enum progress_status progress_parse(struct progress *p, const char *text, size_t len,
                                    char *why, size_t size);

/* Applies mine's unsaved changes to disk (the file as just read; see
 * merge.c for the rules).  Returns PROGRESS_OK or PROGRESS_NO_MEMORY. */
enum progress_status progress_merge(struct progress *disk, const struct progress *mine);

/* The file's text for p, its items in key order, so that equal models
 * give equal files.  Returns a malloc'd buffer the caller frees (its length in *len), or
 * NULL when out of memory. */
char *progress_format(struct progress *p, size_t *len);

#endif
