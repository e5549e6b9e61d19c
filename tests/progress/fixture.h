/* fixture.h — scratch state directories and whole-file helpers for the
 * progress tests. */
#ifndef CASCADE_TEST_PROGRESS_FIXTURE_H
#define CASCADE_TEST_PROGRESS_FIXTURE_H

#include <stddef.h>

/* A new empty directory under $TMPDIR; caller frees the name and removes
 * it with fx_rmtree(). */
char *fx_mkdtemp(void);
void fx_rmtree(const char *dir);
/* dir/name, in a static buffer (one of a few, reused in turn). */
const char *fx_path(const char *dir, const char *name);
/* Writes len bytes to dir/name, replacing it. */
void fx_write(const char *dir, const char *name, const char *text, size_t len);
/* The whole of dir/name, NUL-terminated (length in *len if not NULL);
 * NULL if it does not exist.  Caller frees. */
char *fx_read(const char *dir, const char *name, size_t *len);
/* How many entries of dir start with prefix. */
int fx_count(const char *dir, const char *prefix);

#endif
