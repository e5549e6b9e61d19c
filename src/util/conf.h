/* conf.h — the reader of cascade's settings files (the site's
 * $(sysconfdir)/cascade/config and the user's
 * $XDG_CONFIG_HOME/cascade/config).
 *
 * Owns: the file format, and nothing about what the keys mean.  A file is
 * UTF-8 text, one setting a line:
 *
 *     # a comment, and blank lines, are skipped
 *     theme = light
 *
 * A key is 1 to CONF_MAX_KEY of a-z, 0-9, '-' and '_'; blanks around the
 * key and the value are trimmed; the value may be empty and holds any
 * printable text.  Every other line (no '=', a bad key, invalid UTF-8, a
 * control character, a line longer than CONF_MAX_LINE bytes) is reported
 * to warn() with its line number and skipped: a bad file is never fatal.
 * Bytes past CONF_MAX_BYTES are not read (one warning).  The caller's
 * set() judges each key and value; its complaint is reported the same way.
 * Libraries never print: both callbacks are the caller's. */
#ifndef CASCADE_CONF_H
#define CASCADE_CONF_H

#include <stddef.h>

#define CONF_MAX_BYTES (64u << 10) /* of one file */
#define CONF_MAX_LINE 1024         /* bytes in one line, without the newline */
#define CONF_MAX_KEY 32            /* bytes in a key */

/* Takes key = value from line `line`; returns NULL if accepted, else a
 * message saying why not ("unknown setting 'x'", "theme must be ...").
 * The strings live until set() returns. */
typedef const char *(*conf_set_fn)(void *arg, const char *key, const char *value, int line);
/* A problem on line `line` (0: the file as a whole). */
typedef void (*conf_warn_fn)(void *arg, int line, const char *msg);

/* Reads text[0..len) (need not be NUL-terminated; may hold NULs, which are
 * reported).  Returns the number of lines reported to warn(). */
size_t conf_parse(const char *text, size_t len, conf_set_fn set, conf_warn_fn warn, void *arg);

/* Reads the file at path.  A missing file is no problem (returns 0, says
 * nothing); one that cannot be read or is not a regular file is reported
 * as line 0.  Returns as conf_parse(). */
size_t conf_read_file(const char *path, conf_set_fn set, conf_warn_fn warn, void *arg);

#endif
