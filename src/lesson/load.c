/* load.c — finding the course's files, built in or in a directory, and
 * checking each before it becomes a page (see course.h). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lesson/builtin.h"
#include "lesson/course.h"
#include "lesson/doc.h"
#include "util/edit.h"
#include "util/utf8.h"
#include "util/grow.h"

static char *path_join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);

	if (p)
		snprintf(p, n, "%s/%s", dir, name);
	return p;
}

/* Reads a whole file into a NUL-terminated buffer; NULL with errno set. */
static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0;

	if (!f)
		return NULL;
	for (;;) {
		if (n + 4096 + 1 > cap) {
			char *p;

			cap = cap ? cap * 2 : 8192;
			if (cap > COURSE_MAX_FILE_BYTES + 4097)
				cap = COURSE_MAX_FILE_BYTES + 4097;
			p = realloc(buf, cap);
			if (!p)
				goto fail;
			buf = p;
		}
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (n > COURSE_MAX_FILE_BYTES) {
			errno = EFBIG;
			goto fail;
		}
		if (got == 0)
			break;
	}
	if (ferror(f))
		goto fail;
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
fail:
	free(buf);
	fclose(f);
	return NULL;
}

/* 1-based line of the first invalid UTF-8 byte or NUL, or 0 if clean. */
static int bad_text_line(const char *text, size_t len, int *is_nul)
{
	int line = 1;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n;

		/* Most bytes are ASCII: those need no decoding (every page is
		 * checked at each start, before the first frame). */
		if ((unsigned char)text[i] < 0x80 && text[i] != '\0') {
			line += text[i++] == '\n';
			continue;
		}
		if (text[i] == '\0') {
			*is_nul = 1;
			return line;
		}
		n = utf8_decode(text + i, len - i, &cp);
		if (cp == 0xfffd && n == 1 && (unsigned char)text[i] >= 0x80) {
			*is_nul = 0;
			return line;
		}
		if (text[i] == '\n')
			line++;
		i += n;
	}
	return 0;
}

/* The page number from "NN-slug.md", or -1 if the name is not of a page. */
static int page_number(const char *name)
{
	char *end;
	long n;
	size_t len = strlen(name);

	if (len < 4 || strcmp(name + len - 3, ".md") != 0)
		return -1;
	if (name[0] < '0' || name[0] > '9')
		return -1;
	n = strtol(name, &end, 10);
	if (*end != '-' || n < 1 || n > COURSE_MAX_PAGES)
		return -1;
	return (int)n;
}

static void page_free(struct page *p)
{
	free(p->id);
	free(p->title);
	free(p->path);
	free(p->own_text);
	doc_free(p->doc);
	memset(p, 0, sizeof *p);
}

/* Takes ownership of path and own_text (NULL for a built-in file's text);
 * on any failure they are freed. */
static int add_file(struct course *c, size_t *cap, const char *name, char *path,
                    const char *text, char *own_text, size_t len, struct diags *d)
{
	struct page p = { .path = path, .text = text, .own_text = own_text, .len = len };
	int nul = 0, bad = bad_text_line(text, len, &nul);
	int number = page_number(name);
	int is_glossary = strcmp(name, "glossary.md") == 0;

	if (number < 0 && !is_glossary) {
		diag_add(d, DIAG_WARNING, path, 0,
		         "not a page: name it NN-slug.md (e.g. 03-%s), or glossary.md", name);
		goto drop;
	}
	if (bad) {
		diag_add(d, DIAG_ERROR, path, bad, nul ? "NUL byte in text" : "invalid UTF-8");
		goto drop;
	}
	if (page_parse_front_matter(&p, d) != 0)
		goto drop;
	p.number = number;
	if (is_glossary) {
		if (c->glossary) {
			diag_add(d, DIAG_ERROR, path, 0, "a second glossary");
			goto drop;
		}
		c->glossary = malloc(sizeof *c->glossary);
		if (!c->glossary)
			goto drop;
		*c->glossary = p;
		return 0;
	}
	for (size_t i = 0; i < c->npages; i++) {
		if (strcmp(c->pages[i].id, p.id) == 0 || c->pages[i].number == number) {
			diag_add(d, DIAG_ERROR, path, 2, "page %s '%s' is also %s",
			         c->pages[i].number == number ? "number" : "id",
			         c->pages[i].number == number ? name : p.id, c->pages[i].path);
			goto drop;
		}
	}
	if (grow_for_one((void **)&c->pages, cap, c->npages, sizeof *c->pages, 16))
		goto drop;
	c->pages[c->npages++] = p;
	return 0;
drop:
	page_free(&p);
	return -1;
}

static int by_number(const void *a, const void *b)
{
	const struct page *p = a, *q = b;

	return (p->number > q->number) - (p->number < q->number);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_builtin(struct course *c, size_t *cap, struct diags *d)
{
	for (size_t i = 0; i < builtin_file_count; i++) {
		const struct builtin_file *f = &builtin_files[i];
		char *path = path_join("content", f->name);

		if (path)
			add_file(c, cap, f->name, path, f->text, NULL, f->len, d);
	}
}

static int load_dir(struct course *c, size_t *cap, const char *dir, struct diags *d)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, ncap = 0;

	if (!dp) {
		diag_add(d, DIAG_ERROR, dir, 0, "cannot open content directory: %s", strerror(errno));
		return -1;
	}
	while ((e = readdir(dp)) != NULL) {
		size_t len = strlen(e->d_name);

		if (e->d_name[0] == '.' || len < 4 || strcmp(e->d_name + len - 3, ".md") != 0)
			continue;
		if (grow_for_one((void **)&names, &ncap, n, sizeof *names, 32))
			break;
		if ((names[n] = strdup(e->d_name)) != NULL)
			n++;
		if (n > COURSE_MAX_PAGES + 1)
			break;
	}
	closedir(dp);
	qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		char *path = path_join(dir, names[i]);
		struct stat st;
		size_t len = 0;
		char *text = NULL;

		if (path && stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
			diag_add(d, DIAG_WARNING, path, 0, "not a regular file; skipped");
		} else if (path && !(text = read_file(path, &len))) {
			diag_add(d, DIAG_ERROR, path, 0, "cannot read: %s",
			         errno == EFBIG ? "larger than 4 MiB" : strerror(errno));
		} else if (path) {
			add_file(c, cap, names[i], path, text, text, len, d);
			path = NULL;
		}
		free(path);
		free(names[i]);
	}
	free(names);
	return 0;
}

int course_load(struct course *c, const char *dir, struct diags *d)
{
	size_t cap = 0;

	memset(c, 0, sizeof *c);
	if (dir) {
		if (load_dir(c, &cap, dir, d) != 0)
			return -1;
	} else {
		load_builtin(c, &cap, d);
	}
	if (c->npages == 0) {
		diag_add(d, DIAG_ERROR, dir ? dir : "content", 0, "no lesson pages found");
		return -1;
	}
	qsort(c->pages, c->npages, sizeof *c->pages, by_number);
	return 0;
}

void course_free(struct course *c)
{
	for (size_t i = 0; i < c->npages; i++)
		page_free(&c->pages[i]);
	free(c->pages);
	if (c->glossary)
		page_free(c->glossary);
	free(c->glossary);
	memset(c, 0, sizeof *c);
}

struct page *course_find(struct course *c, const char *key)
{
	char *end;
	long n;

	if (!key || !*key)
		return NULL;
	n = strtol(key, &end, 10);
	if (*end == '\0' && end != key) {
		for (size_t i = 0; i < c->npages; i++)
			if (c->pages[i].number == n)
				return &c->pages[i];
		return NULL;
	}
	for (size_t i = 0; i < c->npages; i++)
		if (strcmp(c->pages[i].id, key) == 0)
			return &c->pages[i];
	return NULL;
}

struct page *course_find_prefix(struct course *c, const char *prefix)
{
	struct page *found = NULL;
	size_t n = strlen(prefix);

	if (n == 0)
		return NULL;
	for (size_t i = 0; i < c->npages; i++)
		if (strncmp(c->pages[i].id, prefix, n) == 0) {
			if (found)
				return NULL;
			found = &c->pages[i];
		}
	return found;
}

const char *course_suggest(const struct course *c, const char *key)
{
	const char **ids = malloc((c->npages + 1) * sizeof *ids);
	const char *near;

	if (!ids)
		return NULL;
	for (size_t i = 0; i < c->npages; i++)
		ids[i] = c->pages[i].id;
	near = edit_nearest(key, ids, c->npages);
	free(ids);
	return near;
}

void course_no_page(const struct course *c, const char *key, char *buf, size_t size)
{
	const char *near = course_suggest(c, key);
	size_t len = strlen(key), n = 0, used = 0;
	char ids[160];

	/* a start that several ids share (course_find_prefix refuses it):
	 * name them, not "no page" */
	for (size_t i = 0; len && i < c->npages; i++)
		if (strncmp(c->pages[i].id, key, len) == 0 && used < sizeof ids)
			used += (size_t)snprintf(ids + used, sizeof ids - used, "%s%s", n++ ? ", " : "",
			                         c->pages[i].id);
	if (n > 1) {
		snprintf(buf, size, "'%.40s' starts more than one page's id: %s", key, ids);
		return;
	}
	snprintf(buf, size, "no page '%.40s'%s%s%s: give a number from %d to %d, or a page id", key,
	         near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "",
	         c->npages ? c->pages[0].number : 0,
	         c->npages ? c->pages[c->npages - 1].number : 0);
}

size_t course_index(const struct course *c, const struct page *p)
{
	return (size_t)(p - c->pages);
}
