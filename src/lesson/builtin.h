/* builtin.h — the lessons compiled into the binary.
 *
 * The table is generated at build time from the content directory by src/tools/embed
 * (see src/local.mk); this header only declares it. */
#ifndef CASCADE_BUILTIN_H
#define CASCADE_BUILTIN_H

#include <stddef.h>

struct builtin_file {
	const char *name; /* base name: "06-in-the-blood.md" */
	const char *text; /* the file's bytes (NUL-terminated for convenience) */
	size_t len;       /* in bytes, without the terminating NUL */
};

extern const struct builtin_file builtin_files[];
extern const size_t builtin_file_count;

#endif
