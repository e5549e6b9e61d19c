/* walkthrough.h — an instructor's walkthrough: the stops of a lecture.
 *
 * Owns: reading a walkthrough file (the format is in cascade-content(5),
 * WALKTHROUGHS) and checking it against a loaded course: each stop's page,
 * the heading anchor on it, the simulation to open (read by simblock.h, so
 * it means what a ```sim block means) and the instructor's notes.  Never
 * prints: problems go to a struct diags as "file:line: message", as lint's
 * do.  The pager steps through the stops; `cascade lint` checks the files.
 *
 *     walkthrough 1
 *     stop in-the-blood#travelling-in-groups
 *       sim circulation platelets=0.8 seed=42 run
 *       note: Pin the run, set nk=0, compare.
 *     stop in-the-blood
 *       quiz 2
 *       note: Q puts it to the class's vote.
 */
#ifndef CASCADE_WALKTHROUGH_H
#define CASCADE_WALKTHROUGH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lesson/diag.h"
#include "lesson/simblock.h"

struct course;

#define WALK_VERSION 1                  /* the format version this code reads */
#define WALK_SUFFIX ".walk"             /* lint looks for these in a content directory */
/* Limits on hostile input. */
#define WALK_MAX_FILE_BYTES (1u << 20)  /* the whole file */
#define WALK_MAX_LINE_BYTES 4096        /* one line, without its line end */
#define WALK_MAX_STOPS 10000
#define WALK_MAX_QUIZ 999               /* "quiz N": as a class numbers them */
#define WALK_MAX_ERRORS 100             /* then one more message, and the rest is not read */
/* Limits on notes, so that they fit the instructor's pane. */
#define WALK_MAX_NOTE_BYTES 1000        /* the text of one "note:" line */
#define WALK_MAX_STOP_NOTES_BYTES 4000  /* a stop's notes, joined with '\n' */

struct walk_stop {
	size_t page;        /* index into the course's pages */
	char *heading;      /* anchor slug of a heading on that page (as a link's
	                       "#slug"), or NULL for the top of the page; owned */
	bool has_sim;       /* open the explorer on sim at this stop */
	struct simblock sim;/* model, preset and values; valid when has_sim */
	uint64_t seed;      /* the run's seed: as written, else SIMBLOCK_SEED */
	bool has_seed;      /* seed was written in the file */
	bool run;           /* start the run as the explorer opens */
	bool pin;           /* pin the stop's run as a baseline to compare with */
	unsigned quiz;      /* select the page's quiz of that number (1 is the
	                       first), ready to be put to the vote; 0: none */
	char *notes;        /* the stop's "note:" lines joined with '\n' (none at
	                       the end): UTF-8 without control characters other
	                       than '\n', at most WALK_MAX_STOP_NOTES_BYTES; NULL
	                       when the stop has none; owned */
	int line;           /* the file line (1-based) of the "stop" line */
};

struct walkthrough {
	char *path;              /* as given, for messages; owned */
	struct walk_stop *stops; /* in file order; owned */
	size_t nstops;           /* at least 1 after a successful load */
};

/* Reads the file at path (at most WALK_MAX_FILE_BYTES; a regular file) and
 * parses it as walkthrough_parse() does.  Returns 0 only when there was no
 * error; otherwise -1, with w empty (walkthrough_free() is still safe). */
int walkthrough_load(struct walkthrough *w, const char *path, struct course *c,
                     struct diags *d);

/* Parses len bytes of text (any bytes, NULs included; need not end in a
 * NUL) as the walkthrough file path, checking every stop against c.
 * Problems go to d (not NULL) as errors with path and line.  Returns 0
 * when there was none; otherwise -1 with w empty.  c's pages may be parsed
 * (page_doc) to find their headings. */
int walkthrough_parse(struct walkthrough *w, const char *path, const char *text,
                      size_t len, struct course *c, struct diags *d);

void walkthrough_free(struct walkthrough *w);

#endif
