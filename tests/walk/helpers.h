/* helpers.h — what the walkthrough tests share: the built-in course, and
 * parsing a text into its messages ("LINE: message\n" each). */
#ifndef CASCADE_TESTS_WALK_HELPERS_H
#define CASCADE_TESTS_WALK_HELPERS_H

#include <stddef.h>

#include "lesson/course.h"
#include "lesson/walkthrough.h"

/* cmocka group setup and teardown: load and free the built-in course. */
int walk_setup(void **state);
int walk_teardown(void **state);
/* The course loaded by walk_setup(). */
struct course *walk_course(void);
/* The index of the page with this id or number in walk_course(). */
size_t walk_page(const char *key);

/* Parses len bytes of text as "t.walk" into w; returns the parser's result
 * and sets *msgs (owned by the caller) to every message, one
 * "LINE: message\n" each (line 0 for the whole file). */
int walk_parse_len(struct walkthrough *w, const char *text, size_t len, char **msgs);
int walk_parse(struct walkthrough *w, const char *text, char **msgs);
/* Parses text, which must fail, and checks that its messages are want
 * exactly; on a mismatch prints both. */
void walk_expect(const char *text, const char *want);

/* A path under top_srcdir; owned by the caller. */
char *walk_srcdir_path(const char *rel);

#endif
