/* diag.h — diagnostics with a position and a level.
 *
 * Owns: struct diag and the list that collects them while content is
 * loaded, parsed or linted.  The lesson layer only records; the CLI and
 * TUI decide how to show them ("file:line: message") and which exit
 * status the worst level means. */
#ifndef CASCADE_DIAG_H
#define CASCADE_DIAG_H

#include <stddef.h>
#include <stdio.h>

enum diag_level {
	DIAG_WARNING, /* the content still loads */
	DIAG_ERROR,   /* this page (or file) cannot be used as written */
};

struct diag {
	enum diag_level level;
	char *file; /* owned; the name shown to people ("content/06-in-the-blood.md") */
	int line;   /* 1-based; 0 when the whole file is meant */
	char *msg;  /* owned */
};

struct diags {
	struct diag *items; /* owned */
	size_t len, cap;
	enum diag_level worst;
	size_t nerrors;
};

void diags_init(struct diags *d);
void diags_free(struct diags *d);
/* Records a message; out of memory it is dropped (nerrors still counts).
 * d may be NULL, for a caller that only wants a parser's verdict: the
 * message is then discarded. */
void diag_add(struct diags *d, enum diag_level level, const char *file,
              int line, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Writes every diagnostic to f as "file:line: [warning: ]message" (or
 * "file: ..." when no line is meant).  The one place that formats them. */
void diags_print(const struct diags *d, FILE *f);

#endif
