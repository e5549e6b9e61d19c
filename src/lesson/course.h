/* course.h — the pages of a course and how they are found.
 *
 * Owns: finding pages (built into the binary, or *.md files in a
 * directory), their order (the number before the first '-' in the file
 * name), front matter (id, title) and the glossary file.  A page's
 * document model is parsed on demand by doc.h.  Never prints: problems go
 * to a struct diags with file:line. */
#ifndef CASCADE_COURSE_H
#define CASCADE_COURSE_H

#include <stddef.h>

#include "lesson/diag.h"

/* Limits on hostile input. */
#define COURSE_MAX_FILE_BYTES (4u << 20) /* one lesson file */
#define COURSE_MAX_PAGES 999

struct doc;

struct page {
	int number;        /* from the file name's prefix: 6 for "06-..." */
	char *id;          /* from front matter; owned */
	char *title;       /* from front matter; owned */
	char *path;        /* as shown in messages: "content/06-in-the-blood.md" */
	const char *text;  /* the whole file, NUL-terminated */
	char *own_text;    /* owned: text, when it was read from a file (a
	                    * built-in page's text is the program's own) */
	size_t len;        /* bytes in text */
	size_t body_offset;/* where the Markdown starts, after front matter */
	int body_line;     /* the file line (1-based) of body_offset */
	struct doc *doc;   /* parsed on first use by page_doc(); owned */
};

struct course {
	struct page *pages;   /* owned, sorted by number */
	size_t npages;
	struct page *glossary;/* owned; NULL if the course has none */
};

/* Loads the built-in pages (dir == NULL) or the *.md files of dir.  Pages
 * with errors are left out and reported in d.  Returns 0 when at least one
 * page loaded, -1 otherwise (d says why). */
int course_load(struct course *c, const char *dir, struct diags *d);
void course_free(struct course *c);

/* A page by its number ("7") or id ("in-the-blood"); NULL if none. */
struct page *course_find(struct course *c, const char *key);
/* The one page whose id starts with prefix ("in-the-bl"), when exactly
 * one does; NULL otherwise (none, or several). */
struct page *course_find_prefix(struct course *c, const char *prefix);
/* The id nearest key, to suggest for a typo ("in-the-bloo"), or NULL. */
const char *course_suggest(const struct course *c, const char *key);
/* What to tell a person whose key names no page, the one wording for the
 * command line and the pager: "no page 'in-the-bloo' (did you mean
 * 'in-the-blood'?): give a number from 1 to 11, or a page id"; for the
 * start of several ids, "'in' starts more than one page's id: ...". */
void course_no_page(const struct course *c, const char *key, char *buf, size_t size);
/* The index of page p in c->pages. */
size_t course_index(const struct course *c, const struct page *p);

/* Parses front matter of text into p (id, title, body_offset, body_line).
 * Exposed for the tests.  Returns 0, or -1 with errors in d. */
int page_parse_front_matter(struct page *p, struct diags *d);

#endif
