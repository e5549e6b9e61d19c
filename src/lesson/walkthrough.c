/* walkthrough.c — reading an instructor's walkthrough file and checking
 * each stop against the course (see walkthrough.h; the format is in
 * cascade-content(5), WALKTHROUGHS).  One pass over the lines: each line is
 * checked as text first (length, UTF-8, control characters), then read as
 * a directive.  Page ids and anchors are resolved as lint resolves links
 * (lint_impl.h); sim lines are read by simblock_parse(). */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/lint_impl.h"
#include "lesson/walkthrough.h"
#include "util/seed.h"
#include "util/utf8.h"
#include "util/grow.h"

#define CLIP_BYTES 48 /* of a word quoted in a message */

struct parser {
	struct walkthrough *w;
	struct course *c;
	struct diags *d;
	const char *path;
	int line;               /* being read, 1-based */
	size_t errors_before;   /* d->nerrors when parsing began */
	bool stopped;           /* the rest of the file is not read */
	int version_line;       /* the version line; 0 before it */
	bool started;           /* a line other than blanks and comments was read */
	size_t cap;             /* of w->stops */
	struct walk_stop *stop; /* the current stop; NULL before the first */
	size_t notes_len;       /* bytes in stop->notes */
	bool notes_full;        /* the stop's notes went over the limit (reported) */
	int sim_line;           /* the current stop's sim line, or 0 */
	int quiz_line;          /* the current stop's quiz line, or 0 */
	bool page_known;        /* the current stop's page was found */
	struct lint lint;       /* anchors (built on first use), did-you-mean budget */
	bool anchors_built;
	struct diags scratch;   /* what building anchors says about pages: lint's, not ours */
};

/* ---- messages ---- */

static void err(struct parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void err(struct parser *p, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_add(p->d, DIAG_ERROR, p->path, p->line, "%s", msg);
}

/* s cut to CLIP_BYTES at a character boundary, with "..." if cut. */
static const char *clip(const char *s, char out[CLIP_BYTES + 4])
{
	size_t n = strlen(s);

	if (n <= CLIP_BYTES)
		return s;
	n = CLIP_BYTES;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	memcpy(out, s, n);
	memcpy(out + n, "...", 4);
	return out;
}

/* The candidate nearest to word, near enough to be a typo, or NULL. */
static const char *nearest(struct parser *p, const char *word, const char *const *cands,
                           size_t n)
{
	const char *best = NULL;
	size_t dist = (size_t)-1;

	for (size_t i = 0; i < n; i++)
		lint_consider(&p->lint, word, cands[i], &best, &dist);
	return best;
}

/* ---- text ---- */

/* Whether the line s[0..n) is text we read: valid UTF-8 without NUL or
 * control characters (tab aside).  Says why not. */
static bool line_is_text(struct parser *p, const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t k;

		if (s[i] == '\0') {
			err(p, "NUL byte: a walkthrough is text");
			return false;
		}
		k = utf8_decode(s + i, n - i, &cp);
		if (cp == 0xfffd && k == 1 && (unsigned char)s[i] >= 0x80) {
			err(p, "invalid UTF-8");
			return false;
		}
		if ((cp < 0x20 && cp != '\t') || (cp >= 0x7f && cp <= 0x9f)) {
			err(p, "control character U+%04X: a walkthrough is text", (unsigned)cp);
			return false;
		}
		i += k;
	}
	return true;
}

/* The next blank-separated word of *s, NUL-terminated in place; NULL at
 * the end of the line. */
static char *next_word(char **s)
{
	char *w = *s + strspn(*s, " \t");

	if (!*w)
		return NULL;
	*s = w + strcspn(w, " \t");
	if (**s)
		*(*s)++ = '\0';
	return w;
}

/* ---- the version line ---- */

static void parse_version(struct parser *p, bool indented, char *args)
{
	char *v = next_word(&args), *extra = next_word(&args);
	char b[CLIP_BYTES + 4];

	if (p->version_line) {
		err(p, "'walkthrough' again: the version line comes once, first (line %d)",
		    p->version_line);
		return;
	}
	if (p->started)
		err(p, "'walkthrough' comes first, before any other line");
	p->version_line = p->line;
	p->started = true;
	if (indented)
		err(p, "'walkthrough' is indented: it starts at the beginning of the line");
	if (!v)
		err(p, "'walkthrough' needs the format version: 'walkthrough %d'", WALK_VERSION);
	else if (strlen(v) > 3 || strspn(v, "0123456789") != strlen(v) || atoi(v) != WALK_VERSION)
		err(p, "unsupported walkthrough version '%s': this cascade reads version %d",
		    clip(v, b), WALK_VERSION);
	else if (extra)
		err(p, "unexpected '%s' after 'walkthrough %d'", clip(extra, b), WALK_VERSION);
}

/* ---- stops ---- */

/* A new stop at the current line, or NULL (reported) out of memory or
 * past WALK_MAX_STOPS. */
static struct walk_stop *add_stop(struct parser *p)
{
	struct walkthrough *w = p->w;
	struct walk_stop *s;

	if (w->nstops == WALK_MAX_STOPS) {
		err(p, "more than %d stops: split the walkthrough into several files", WALK_MAX_STOPS);
		return NULL;
	}
	if (grow_for_one((void **)&w->stops, &p->cap, w->nstops, sizeof *w->stops, 16)) {
		err(p, "out of memory");
		return NULL;
	}
	s = &w->stops[w->nstops++];
	memset(s, 0, sizeof *s);
	s->seed = SIMBLOCK_SEED;
	s->line = p->line;
	p->notes_len = 0;
	p->notes_full = false;
	p->sim_line = p->quiz_line = 0;
	p->page_known = false;
	return s;
}

/* The page that key names (a number or an id), or NULL after a message. */
static struct page *stop_page(struct parser *p, const char *key)
{
	struct page *pg = course_find(p->c, key);
	char b[CLIP_BYTES + 4];
	const char *best = NULL;
	size_t dist = (size_t)-1;

	if (pg)
		return pg;
	if (p->c->glossary && strcmp(key, p->c->glossary->id) == 0) {
		err(p, "the glossary cannot be a stop: name a lesson page");
		return NULL;
	}
	if (strspn(key, "0123456789") == strlen(key) && p->c->npages > 0) {
		err(p, "no page %s (the pages are numbered %d to %d)", clip(key, b),
		    p->c->pages[0].number, p->c->pages[p->c->npages - 1].number);
		return NULL;
	}
	for (size_t i = 0; i < p->c->npages; i++)
		lint_consider(&p->lint, key, p->c->pages[i].id, &best, &dist);
	err(p, "no page '%s'%s%s%s", clip(key, b), best ? " (did you mean '" : "",
	    best ? best : "", best ? "'?)" : "");
	return NULL;
}

/* Checks that page pg has a heading with anchor slug; 0 or -1. */
static int stop_heading(struct parser *p, const struct page *pg, const char *slug)
{
	char near[LINT_SLUG_MAX], b[CLIP_BYTES + 4];

	if (!p->anchors_built) {
		p->anchors_built = true;
		if (lint_anchors_build(&p->lint) != 0) {
			err(p, "out of memory");
			p->stopped = true;
			return -1;
		}
	}
	if (lint_has_anchor(&p->lint, pg, slug, near))
		return 0;
	err(p, "page '%s' has no heading '#%s'%s%s%s", pg->id, clip(slug, b),
	    *near ? " (did you mean '#" : "", near, *near ? "'?)" : "");
	return -1;
}

/* "stop PAGE[#HEADING]": a new stop, kept even when its page is wrong so
 * that the lines under it are still checked (the file fails anyway). */
static void parse_stop(struct parser *p, bool indented, char *args)
{
	char *target = next_word(&args), *extra = next_word(&args), *hash;
	char b[CLIP_BYTES + 4];
	struct page *pg;

	if (indented)
		err(p, "'stop' is indented: a stop starts at the beginning of the line");
	if (!(p->stop = add_stop(p))) {
		p->stopped = true;
		return;
	}
	if (!target) {
		err(p, "'stop' needs a page: 'stop PAGE' or 'stop PAGE#heading'");
		return;
	}
	if (extra)
		err(p, "unexpected '%s' after the stop's page (comments go on lines of their own)",
		    clip(extra, b));
	if ((hash = strchr(target, '#')) != NULL)
		*hash++ = '\0';
	if (!*target) {
		err(p, "'stop #%s' names no page: write 'stop PAGE#heading'", clip(hash, b));
		return;
	}
	if (!(pg = stop_page(p, target)))
		return;
	p->stop->page = course_index(p->c, pg);
	p->page_known = true;
	if (!hash)
		return;
	if (!*hash)
		err(p, "nothing after '#': name a heading's anchor, or leave out the '#'");
	else if (stop_heading(p, pg, hash) == 0 && !(p->stop->heading = strdup(hash)))
		err(p, "out of memory");
}

/* ---- sim lines ---- */

/* "seed=N": a whole number that fits in 64 bits. */
static void parse_seed(struct parser *p, const char *value, bool *seen)
{
	char b[CLIP_BYTES + 4];
	uint64_t v;

	if (*seen) {
		err(p, "seed given twice");
		return;
	}
	*seen = true;
	if (seed_parse(value, &v) != 0) {
		err(p, "seed '%s' is not " SEED_RANGE_TEXT, clip(value, b));
		return;
	}
	p->stop->seed = v;
	p->stop->has_seed = true;
}

/* "sim MODEL [preset=NAME] [param=value ...] [seed=N] [run]": seed and run
 * are taken out, the rest goes to simblock_parse(). */
static void parse_sim(struct parser *p, char *args)
{
	char info[WALK_MAX_LINE_BYTES + 1], *word;
	size_t n = 0;
	bool seed_seen = false;

	if (p->sim_line) {
		err(p, "a stop opens one sim: this stop's is on line %d", p->sim_line);
		return;
	}
	p->sim_line = p->line;
	while ((word = next_word(&args)) != NULL) {
		size_t k = strlen(word);

		if (strcmp(word, "run") == 0) {
			p->stop->run = true;
		} else if (strcmp(word, "pin") == 0) {
			p->stop->pin = true;
		} else if (strncmp(word, "seed=", 5) == 0) {
			parse_seed(p, word + 5, &seed_seen);
		} else if (n + k + 2 <= sizeof info) {
			if (n)
				info[n++] = ' ';
			memcpy(info + n, word, k);
			n += k;
		}
	}
	info[n] = '\0';
	if (n == 0) {
		err(p, "'sim' needs a model: 'sim MODEL [param=value ...] [seed=N] [run] [pin]'");
		return;
	}
	if (simblock_parse(&p->stop->sim, info, p->path, p->line, p->d) == 0)
		p->stop->has_sim = true;
}

/* ---- quiz lines ---- */

/* Quizzes on page i. */
static size_t quizzes_on(struct parser *p, size_t i)
{
	const struct doc *doc = page_doc(&p->c->pages[i], NULL);
	size_t n = 0;

	for (size_t b = 0; doc && b < doc->nblocks; b++)
		n += doc->blocks[b].kind == BLOCK_QUIZ;
	return n;
}

/* "quiz N": the stop selects the page's Nth quiz, 1 the first. */
static void parse_quiz(struct parser *p, char *args)
{
	char *number = next_word(&args), *extra = next_word(&args), *end;
	char b[CLIP_BYTES + 4];
	unsigned long n;
	size_t have;

	if (p->quiz_line) {
		err(p, "a stop selects one quiz: this stop's is on line %d", p->quiz_line);
		return;
	}
	p->quiz_line = p->line;
	if (!number || extra) {
		err(p, "'quiz' takes one number: 'quiz 2' selects the page's second quiz");
		return;
	}
	errno = 0;
	n = strtoul(number, &end, 10);
	if (*number < '1' || *number > '9' || *end || errno || n > WALK_MAX_QUIZ) {
		err(p, "quiz '%s' is not a number from 1 to %d", clip(number, b), WALK_MAX_QUIZ);
		return;
	}
	if (!p->page_known)
		return; /* the stop's page is wrong, and said so */
	if (n > (have = quizzes_on(p, p->stop->page))) {
		err(p, "page '%s' has %zu quiz%s: there is no quiz %lu",
		    p->c->pages[p->stop->page].id, have, have == 1 ? "" : "zes", n);
		return;
	}
	p->stop->quiz = (unsigned)n;
}

/* ---- notes ---- */

/* "note: TEXT": one line of the stop's notes; "note:" alone is an empty
 * line.  Tabs become spaces, so that the pane's columns are the text's. */
static void parse_note(struct parser *p, char *text)
{
	struct walk_stop *s = p->stop;
	size_t n, total;
	char *notes;

	text += strspn(text, " \t");
	n = strlen(text);
	for (char *t = strchr(text, '\t'); t; t = strchr(t, '\t'))
		*t = ' ';
	if (n > WALK_MAX_NOTE_BYTES) {
		err(p, "note is %zu bytes long: at most %d (split it over several 'note:' lines)",
		    n, WALK_MAX_NOTE_BYTES);
		return;
	}
	total = p->notes_len + (s->notes ? 1 : 0) + n;
	if (total > WALK_MAX_STOP_NOTES_BYTES) {
		if (!p->notes_full)
			err(p, "the stop's notes are over %d bytes: move some to another stop",
			    WALK_MAX_STOP_NOTES_BYTES);
		p->notes_full = true;
		return;
	}
	if (!(notes = realloc(s->notes, total + 1))) {
		err(p, "out of memory");
		return;
	}
	if (s->notes)
		notes[p->notes_len++] = '\n';
	memcpy(notes + p->notes_len, text, n + 1);
	s->notes = notes;
	p->notes_len = total;
}

/* ---- lines ---- */

static const char *const directives[] = { "stop", "sim", "quiz", "note:", "walkthrough" };

static void unknown_directive(struct parser *p, bool indented, const char *word)
{
	char key[CLIP_BYTES + 4], b[CLIP_BYTES + 4];
	size_t n = strcspn(word, ":");
	const char *best;

	/* "notes:text" is compared as "notes:". */
	snprintf(key, sizeof key, "%.*s%s", (int)(n < CLIP_BYTES ? n : CLIP_BYTES), word,
	         word[n] == ':' ? ":" : "");
	best = nearest(p, key, directives, sizeof directives / sizeof *directives);
	if (best)
		err(p, "unknown directive '%s' (did you mean '%s'?)", clip(word, b), best);
	else if (indented)
		err(p, "unknown directive '%s': the lines under a stop are 'sim ...', 'quiz N' "
		    "and 'note: ...'", clip(word, b));
	else
		err(p, "unknown directive '%s': a line is 'stop PAGE', an indented 'sim', 'quiz' "
		    "or 'note:', or a '#' comment", clip(word, b));
}

/* Whether a line under a stop may be read: it is indented and comes after
 * a stop.  Says why not. */
static bool under_stop(struct parser *p, bool indented, const char *what)
{
	if (!p->stop) {
		err(p, "'%s' before any stop: start with 'stop PAGE'", what);
		return false;
	}
	if (!indented)
		err(p, "'%s' must be indented under its stop", what);
	return true;
}

/* Reads one line of text s (NUL-terminated, no line end, at most
 * WALK_MAX_LINE_BYTES). */
static void parse_line(struct parser *p, char *s)
{
	size_t indent = strspn(s, " \t");
	char *rest = s + indent, *word = NULL;
	size_t end = strlen(rest);
	bool note;

	while (end > 0 && (rest[end - 1] == ' ' || rest[end - 1] == '\t'))
		rest[--end] = '\0';
	if (!*rest || *rest == '#')
		return;
	if (!(note = strncmp(rest, "note:", 5) == 0))
		word = next_word(&rest);
	if (!p->started && (note || strcmp(word, "walkthrough") != 0)) {
		err(p, "the first line must be 'walkthrough %d', the format version", WALK_VERSION);
		p->started = true;
	}
	if (note) {
		if (under_stop(p, indent > 0, "note:"))
			parse_note(p, rest + 5);
	} else if (strcmp(word, "walkthrough") == 0) {
		parse_version(p, indent > 0, rest);
	} else if (strcmp(word, "stop") == 0) {
		parse_stop(p, indent > 0, rest);
	} else if (strcmp(word, "sim") == 0) {
		if (under_stop(p, indent > 0, "sim"))
			parse_sim(p, rest);
	} else if (strcmp(word, "quiz") == 0) {
		if (under_stop(p, indent > 0, "quiz"))
			parse_quiz(p, rest);
	} else {
		unknown_directive(p, indent > 0, word);
	}
}

/* Splits text into lines and reads each. */
static void parse_lines(struct parser *p, const char *text, size_t len)
{
	char buf[WALK_MAX_LINE_BYTES + 1];
	size_t at = 0;

	/* A byte-order mark, as some editors write. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		at = 3;
	for (p->line = 1; at < len && !p->stopped; p->line++) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t n = nl ? (size_t)(nl - (text + at)) : len - at;
		size_t next = at + n + (nl != NULL);

		if (n > 0 && text[at + n - 1] == '\r')
			n--;
		if (n > WALK_MAX_LINE_BYTES)
			err(p, "line is %zu bytes long: at most %d", n, WALK_MAX_LINE_BYTES);
		else if (line_is_text(p, text + at, n)) {
			memcpy(buf, text + at, n);
			buf[n] = '\0';
			parse_line(p, buf);
		}
		at = next;
		if (p->d->nerrors - p->errors_before >= WALK_MAX_ERRORS && at < len) {
			err(p, "too many errors: the rest of the file is not checked");
			p->stopped = true;
		}
	}
}

/* ---- the file ---- */

void walkthrough_free(struct walkthrough *w)
{
	for (size_t i = 0; i < w->nstops; i++) {
		free(w->stops[i].heading);
		free(w->stops[i].notes);
	}
	free(w->stops);
	free(w->path);
	memset(w, 0, sizeof *w);
}

int walkthrough_parse(struct walkthrough *w, const char *path, const char *text,
                      size_t len, struct course *c, struct diags *d)
{
	struct parser p = {
		.w = w, .c = c, .d = d, .path = path, .errors_before = d->nerrors,
		.lint = { .c = c, .suggest_budget = LINT_SUGGEST_BUDGET },
	};

	memset(w, 0, sizeof *w);
	diags_init(&p.scratch);
	p.lint.d = &p.scratch;
	if (len > WALK_MAX_FILE_BYTES) {
		diag_add(d, DIAG_ERROR, path, 0, "larger than %u MiB", WALK_MAX_FILE_BYTES >> 20);
	} else if (!(w->path = strdup(path))) {
		diag_add(d, DIAG_ERROR, path, 0, "out of memory");
	} else {
		parse_lines(&p, text, len);
		p.line = 0;
		if (!p.stopped && !p.started)
			err(&p, "empty walkthrough: write 'walkthrough %d', then 'stop PAGE' lines",
			    WALK_VERSION);
		else if (!p.stopped && w->nstops == 0)
			err(&p, "no stops: a walkthrough lists at least one 'stop PAGE'");
	}
	lint_anchors_free(&p.lint);
	diags_free(&p.scratch);
	if (d->nerrors == p.errors_before)
		return 0;
	walkthrough_free(w);
	return -1;
}

/* Reads the regular file at path into *text (NUL-terminated), at most one
 * byte more than WALK_MAX_FILE_BYTES so that walkthrough_parse() can say it
 * is too large; -1 after a message.  Opened without blocking, so that a
 * FIFO cannot hang the start. */
static int read_file(const char *path, char **text, size_t *len, struct diags *d)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	size_t n = 0;
	struct stat st;
	char *buf = NULL;
	ssize_t got = 1;

	if (fd < 0 || fstat(fd, &st) != 0) {
		diag_add(d, DIAG_ERROR, path, 0, "cannot read: %s", strerror(errno));
	} else if (!S_ISREG(st.st_mode)) {
		diag_add(d, DIAG_ERROR, path, 0, "cannot read: not a regular file");
	} else if (!(buf = malloc(WALK_MAX_FILE_BYTES + 2))) {
		diag_add(d, DIAG_ERROR, path, 0, "out of memory");
	} else {
		while (n <= WALK_MAX_FILE_BYTES &&
		       (got = read(fd, buf + n, WALK_MAX_FILE_BYTES + 1 - n)) != 0) {
			if (got < 0 && errno == EINTR)
				continue;
			if (got < 0)
				break;
			n += (size_t)got;
		}
		if (got < 0) {
			diag_add(d, DIAG_ERROR, path, 0, "cannot read: %s", strerror(errno));
			free(buf);
			buf = NULL;
		}
	}
	if (fd >= 0)
		close(fd);
	if (!buf)
		return -1;
	buf[n] = '\0';
	*text = buf;
	*len = n;
	return 0;
}

int walkthrough_load(struct walkthrough *w, const char *path, struct course *c,
                     struct diags *d)
{
	char *text;
	size_t len;
	int rc;

	memset(w, 0, sizeof *w);
	if (read_file(path, &text, &len, d) != 0)
		return -1;
	rc = walkthrough_parse(w, path, text, len, c, d);
	free(text);
	return rc;
}
