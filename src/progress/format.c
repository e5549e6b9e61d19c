/* format.c — the progress file's text: writing it, and reading it back
 * with strict validation (see state.h; the format is documented in
 * cascade(1), FILES).
 *
 *   cascade-progress 2
 *   # comment lines start with '#'
 *   last PAGE TIME
 *   page PAGE TIME LINE FRACTION_PPM READ_TIME   (0: not read to its end)
 *   quiz PAGE N FIRST right|wrong TIME LATEST right|wrong TIME
 *   sim MODEL COUNT TIME
 *   tried PAGE MODEL TIME                        (a sim opened from PAGE)
 *   end RECORDS
 *
 * Format 1, still read, had no READ_TIME and no 'tried' records.
 * Fields are separated by one space; every line ends with a newline; the
 * last line counts the records before it, so a truncated file is caught.
 * Numbers are unsigned decimals (no locale: fractions are millionths). */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "progress/state.h"

#define MAGIC "cascade-progress"
#define MAX_FIELDS 10

/* A growing output buffer; err is set once memory runs out. */
struct out {
	char *buf;
	size_t len, cap;
	bool err;
};

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (o->err)
		return;
	if (o->cap - o->len < PROGRESS_MAX_LINE_BYTES) {
		size_t cap = o->cap * 2 + PROGRESS_MAX_LINE_BYTES * 4;
		char *b = realloc(o->buf, cap);

		if (!b) {
			o->err = true;
			return;
		}
		o->buf = b;
		o->cap = cap;
	}
	va_start(ap, fmt);
	n = vsnprintf(o->buf + o->len, o->cap - o->len, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= o->cap - o->len)
		o->err = true;
	else
		o->len += (size_t)n;
}

static unsigned long ppm(double fraction)
{
	return (unsigned long)(fraction * PROGRESS_PPM + 0.5);
}

char *progress_format(struct progress *p, size_t *len)
{
	struct out o = { 0 };
	size_t records = 0;

	put(&o, "%s %d\n", MAGIC, PROGRESS_FORMAT);
	put(&o, "# A cascade student's progress; see cascade(1), FILES.  Written whole by each save.\n");
	if (p->last_page[0]) {
		put(&o, "last %s %" PRId64 "\n", p->last_page, p->last_at);
		records++;
	}
	for (size_t i = 0; i < p->npages; i++, records++)
		put(&o, "page %s %" PRId64 " %zu %lu %" PRId64 "\n", p->pages[i].id, p->pages[i].at,
		    p->pages[i].line, ppm(p->pages[i].fraction), p->pages[i].read_at);
	for (size_t i = 0; i < p->nquizzes; i++, records++) {
		const struct progress_quiz *q = &p->quizzes[i];

		put(&o, "quiz %s %u %c %s %" PRId64 " %c %s %" PRId64 "\n", q->page, q->index + 1,
		    'A' + (int)q->first, q->first_right ? "right" : "wrong", q->first_at,
		    'A' + (int)q->latest, q->latest_right ? "right" : "wrong", q->latest_at);
	}
	for (size_t i = 0; i < p->nsims; i++, records++)
		put(&o, "sim %s %lu %" PRId64 "\n", p->sims[i].model, p->sims[i].opened, p->sims[i].at);
	for (size_t i = 0; i < p->ntried; i++, records++)
		put(&o, "tried %s %s %" PRId64 "\n", p->tried[i].page, p->tried[i].model, p->tried[i].at);
	put(&o, "end %zu\n", records);
	if (o.err) {
		free(o.buf);
		return NULL;
	}
	*len = o.len;
	return o.buf;
}

/* ---- Reading ---- */

struct reader {
	struct progress *p;
	unsigned version;   /* the file's format, from its first line */
	size_t lineno;
	char *why;
	size_t size;
};

static enum progress_status bad(struct reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static enum progress_status bad(struct reader *r, const char *fmt, ...)
{
	va_list ap;
	int n = 0;

	if (r->lineno)
		n = snprintf(r->why, r->size, "line %zu: ", r->lineno);
	if (n < 0 || (size_t)n >= r->size)
		n = 0;
	va_start(ap, fmt);
	vsnprintf(r->why + n, r->size - (size_t)n, fmt, ap);
	va_end(ap);
	return PROGRESS_SET_ASIDE;
}

/* An unsigned decimal of at most 18 digits, no sign, no spaces, <= max. */
static bool number(const char *s, unsigned long long max, unsigned long long *out)
{
	unsigned long long v = 0;
	size_t n = 0;

	for (; s[n]; n++) {
		if (s[n] < '0' || s[n] > '9' || n == 18)
			return false;
		v = v * 10 + (unsigned)(s[n] - '0');
	}
	if (n == 0 || (n > 1 && s[0] == '0') || v > max)
		return false;
	*out = v;
	return true;
}

static bool letter(const char *s, unsigned *out)
{
	if (s[0] < 'A' || s[0] >= 'A' + PROGRESS_MAX_OPTIONS || s[1])
		return false;
	*out = (unsigned)(s[0] - 'A');
	return true;
}

static bool verdict(const char *s, bool *right)
{
	if (strcmp(s, "right") == 0)
		*right = true;
	else if (strcmp(s, "wrong") == 0)
		*right = false;
	else
		return false;
	return true;
}

/* Splits line (NUL-terminated, no newline) at single spaces. */
static int split(char *line, char **f)
{
	int n = 0;

	for (char *s = line;;) {
		char *sp = strchr(s, ' ');

		if (n == MAX_FIELDS)
			return -1;
		f[n++] = s;
		if (!sp)
			break;
		*sp = '\0';
		s = sp + 1;
	}
	for (int i = 0; i < n; i++)
		if (!*f[i])
			return -1; /* two spaces, or one at either end */
	return n;
}

static bool read_time(const char *s, int64_t *t)
{
	unsigned long long v;

	if (!number(s, PROGRESS_MAX_TIME, &v))
		return false;
	*t = (int64_t)v;
	return true;
}

static enum progress_status rec_last(struct reader *r, char **f)
{
	if (r->p->last_page[0])
		return bad(r, "a second 'last' record");
	if (!progress_valid_name(f[1]) || !read_time(f[2], &r->p->last_at))
		return bad(r, "'last' needs a page id and a time");
	strcpy(r->p->last_page, f[1]);
	return PROGRESS_OK;
}

static enum progress_status rec_page(struct reader *r, char **f)
{
	struct progress_page *pg;
	unsigned long long line, frac;
	int64_t at;

	int64_t read_at = 0;

	if (!progress_valid_name(f[1]) || !read_time(f[2], &at) ||
	    !number(f[3], PROGRESS_MAX_LINE, &line) || !number(f[4], PROGRESS_PPM, &frac) ||
	    (r->version >= 2 && !read_time(f[5], &read_at)))
		return bad(r, "'page' needs a page id, a time, a line, a fraction in millionths%s",
		           r->version >= 2 ? " and when it was read to the end (0: not yet)" : "");
	if (!(pg = progress_page_append(r->p)))
		return PROGRESS_NO_MEMORY;
	strcpy(pg->id, f[1]);
	pg->at = at;
	pg->read_at = read_at;
	pg->line = (size_t)line;
	pg->fraction = (double)frac / PROGRESS_PPM;
	return PROGRESS_OK;
}

static enum progress_status rec_quiz(struct reader *r, char **f)
{
	struct progress_quiz q = { 0 }, *slot;
	unsigned long long n;

	if (!progress_valid_name(f[1]) || !number(f[2], PROGRESS_MAX_QUIZZES, &n) || n == 0 ||
	    !letter(f[3], &q.first) || !verdict(f[4], &q.first_right) || !read_time(f[5], &q.first_at) ||
	    !letter(f[6], &q.latest) || !verdict(f[7], &q.latest_right) || !read_time(f[8], &q.latest_at))
		return bad(r, "'quiz' needs a page id, a quiz number from 1, and two answers "
		           "(letter, right or wrong, time)");
	if (q.latest_at < q.first_at)
		return bad(r, "the latest answer is older than the first");
	if (!(slot = progress_quiz_append(r->p)))
		return PROGRESS_NO_MEMORY;
	strcpy(q.page, f[1]);
	q.index = (unsigned)n - 1;
	*slot = q;
	return PROGRESS_OK;
}

static enum progress_status rec_sim(struct reader *r, char **f)
{
	struct progress_sim *s;
	unsigned long long count;
	int64_t at;

	if (!progress_valid_name(f[1]) || !number(f[2], PROGRESS_MAX_COUNT, &count) ||
	    !read_time(f[3], &at))
		return bad(r, "'sim' needs a model name, a count and a time");
	if (!(s = progress_sim_append(r->p)))
		return PROGRESS_NO_MEMORY;
	strcpy(s->model, f[1]);
	s->opened = (unsigned long)count;
	s->at = at;
	return PROGRESS_OK;
}

static enum progress_status rec_tried(struct reader *r, char **f)
{
	struct progress_tried *t;
	int64_t at;

	if (!progress_valid_name(f[1]) || !progress_valid_name(f[2]) || !read_time(f[3], &at))
		return bad(r, "'tried' needs a page id, a model name and a time");
	if (!(t = progress_tried_append(r->p)))
		return PROGRESS_NO_MEMORY;
	strcpy(t->page, f[1]);
	strcpy(t->model, f[2]);
	t->at = at;
	return PROGRESS_OK;
}

/* The records: one table of keyword, field count (with the keyword) in
 * this format and in format 1 (0: the record was not in it), and reader. */
static const struct {
	const char *name;
	int nfields, v1_fields;
	enum progress_status (*read)(struct reader *r, char **f);
} records[] = {
	{ "last", 3, 3, rec_last },
	{ "page", 6, 5, rec_page },
	{ "quiz", 9, 9, rec_quiz },
	{ "sim", 4, 4, rec_sim },
	{ "tried", 4, 0, rec_tried },
};

static enum progress_status record(struct reader *r, char *line, size_t *nrecords, bool *ended)
{
	char *f[MAX_FIELDS];
	unsigned long long n;
	int nf;

	if (line[0] == '#')
		return PROGRESS_OK;
	if ((nf = split(line, f)) < 0)
		return bad(r, "fields must be separated by single spaces");
	if (strcmp(f[0], "end") == 0) {
		/* Records were appended as read: sort them once, which also
		 * finds a key given twice (on no one line). */
		const char *twice = progress_sort(r->p);

		if (twice) {
			r->lineno = 0;
			return bad(r, "%s", twice);
		}
		if (nf != 2 || !number(f[1], PROGRESS_MAX_RECORDS, &n))
			return bad(r, "'end' needs the number of records");
		if (n != *nrecords)
			return bad(r, "'end' counts %llu records but the file has %zu", n, *nrecords);
		*ended = true;
		return PROGRESS_OK;
	}
	for (size_t i = 0; i < sizeof records / sizeof *records; i++) {
		int want = r->version >= 2 ? records[i].nfields : records[i].v1_fields;

		if (strcmp(f[0], records[i].name) != 0 || want == 0)
			continue;
		if (nf != want)
			return bad(r, "'%s' has %d fields, not %d", f[0], nf - 1, want - 1);
		if (++*nrecords > PROGRESS_MAX_RECORDS)
			return bad(r, "more than %d records", PROGRESS_MAX_RECORDS);
		return records[i].read(r, f);
	}
	return bad(r, "unknown record '%.20s'", f[0]);
}

/* Only printable ASCII: no tabs, no carriage returns, no NULs. */
static bool printable(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7f)
			return false;
	return true;
}

/* Checks the first line, "cascade-progress N". */
static enum progress_status header(struct reader *r, const char *line)
{
	size_t m = strlen(MAGIC);
	unsigned long long v;

	if (strncmp(line, MAGIC, m) != 0 || line[m] != ' ' || !number(line + m + 1, 1000000, &v) || v == 0)
		return bad(r, "not a cascade progress file (it must start with '%s %d')", MAGIC,
		           PROGRESS_FORMAT);
	if (v > PROGRESS_FORMAT)
		return bad(r, "written by a newer cascade (format %llu; this one reads format %d)", v,
		           PROGRESS_FORMAT);
	r->version = (unsigned)v;
	return PROGRESS_OK;
}

enum progress_status progress_parse(struct progress *p, const char *text, size_t len,
                                    char *why, size_t size)
{
	struct reader r = { .p = p, .why = why, .size = size };
	char line[PROGRESS_MAX_LINE_BYTES + 1];
	size_t at = 0, nrecords = 0;
	bool ended = false;
	enum progress_status st = PROGRESS_OK;

	progress_clear(p);
	if (size)
		why[0] = '\0';
	if (len == 0)
		return bad(&r, "the file is empty");
	while (at < len && st == PROGRESS_OK) {
		const char *start = text + at;
		const char *nl = memchr(start, '\n', len - at);
		size_t n = nl ? (size_t)(nl - start) : len - at;

		r.lineno++;
		at += n + (nl != NULL);
		if (r.lineno > 1 && memchr(start, '\0', n))
			st = bad(&r, "binary data (a NUL byte)");
		else if (n > PROGRESS_MAX_LINE_BYTES)
			st = r.lineno == 1 ? bad(&r, "not a cascade progress file (no header line)")
			                   : bad(&r, "longer than %d bytes", PROGRESS_MAX_LINE_BYTES);
		else if (r.lineno > 1 && !nl)
			st = bad(&r, "truncated: the last line has no newline");
		else if (ended)
			st = bad(&r, "text after the 'end' line");
		else if (!printable(start, n))
			st = r.lineno == 1 ? bad(&r, "not a cascade progress file (no header line)")
			                   : bad(&r, "a control character or a non-ASCII byte");
		if (st != PROGRESS_OK)
			break;
		memcpy(line, start, n);
		line[n] = '\0';
		st = r.lineno == 1 ? header(&r, line) : record(&r, line, &nrecords, &ended);
	}
	if (st == PROGRESS_OK && !ended) {
		r.lineno = 0;
		st = bad(&r, "truncated: no 'end' line");
	}

	if (st != PROGRESS_OK)
		progress_clear(p);
	return st;
}
