/* frontmatter.c — the block of "key: value" lines between two "---" lines
 * at the top of a lesson file: id and title (see course.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/course.h"

#define FRONT_MATTER_MAX_LINES 32

/* Copies the line at s (up to '\n' or end) without trailing blanks/CR. */
static char *line_dup(const char *s, const char *end, const char **next)
{
	const char *eol = memchr(s, '\n', (size_t)(end - s));
	const char *stop = eol ? eol : end;
	char *out;

	*next = eol ? eol + 1 : end;
	while (stop > s && (stop[-1] == '\r' || stop[-1] == ' ' || stop[-1] == '\t'))
		stop--;
	out = malloc((size_t)(stop - s) + 1);
	if (out) {
		memcpy(out, s, (size_t)(stop - s));
		out[stop - s] = '\0';
	}
	return out;
}

static int valid_id(const char *id)
{
	if (!*id || strlen(id) > 64)
		return 0;
	for (const char *s = id; *s; s++)
		if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-'))
			return 0;
	return 1;
}

/* Handles one "key: value" line; returns 0, or -1 after a diagnostic. */
static int front_matter_line(struct page *p, char *line, int lineno, struct diags *d)
{
	char *colon = strchr(line, ':');
	char *value;
	char **slot;

	if (!colon) {
		diag_add(d, DIAG_ERROR, p->path, lineno, "front matter line is not 'key: value'");
		return -1;
	}
	*colon = '\0';
	value = colon + 1;
	while (*value == ' ' || *value == '\t')
		value++;
	if (strcmp(line, "id") == 0) {
		slot = &p->id;
		if (!valid_id(value)) {
			diag_add(d, DIAG_ERROR, p->path, lineno,
			         "id '%s' must be 1-64 lower-case letters, digits or '-'", value);
			return -1;
		}
	} else if (strcmp(line, "title") == 0) {
		slot = &p->title;
		if (!*value) {
			diag_add(d, DIAG_ERROR, p->path, lineno, "empty title");
			return -1;
		}
	} else {
		diag_add(d, DIAG_WARNING, p->path, lineno,
		         "unknown front matter key '%s' (known: id, title)", line);
		return 0;
	}
	if (*slot) {
		diag_add(d, DIAG_ERROR, p->path, lineno, "'%s' given twice", line);
		return -1;
	}
	*slot = strdup(value);
	return *slot ? 0 : -1;
}

int page_parse_front_matter(struct page *p, struct diags *d)
{
	const char *s = p->text, *end = p->text + p->len, *next;
	char *line = line_dup(s, end, &next);
	int lineno = 1, rc = -1;

	if (!line)
		return -1;
	if (strcmp(line, "---") != 0) {
		diag_add(d, DIAG_ERROR, p->path, 1,
		         "missing front matter: the file must start with '---', 'id: ...', 'title: ...', '---'");
		free(line);
		return -1;
	}
	for (;;) {
		free(line);
		s = next;
		lineno++;
		if (s >= end || lineno > FRONT_MATTER_MAX_LINES) {
			diag_add(d, DIAG_ERROR, p->path, 1, "front matter is not closed by '---'");
			return -1;
		}
		if (!(line = line_dup(s, end, &next)))
			return -1;
		if (strcmp(line, "---") == 0)
			break;
		if (!*line)
			continue;
		if (front_matter_line(p, line, lineno, d) != 0) {
			free(line);
			return -1;
		}
	}
	free(line);
	if (!p->id)
		diag_add(d, DIAG_ERROR, p->path, lineno, "front matter has no 'id:'");
	else if (!p->title)
		diag_add(d, DIAG_ERROR, p->path, lineno, "front matter has no 'title:'");
	else
		rc = 0;
	p->body_offset = (size_t)(next - p->text);
	p->body_line = lineno + 1;
	return rc;
}
