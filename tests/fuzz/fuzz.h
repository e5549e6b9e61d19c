/* fuzz.h — what the libFuzzer harnesses share: each harness defines
 * LLVMFuzzerTestOneInput() and is linked either with libFuzzer (make
 * fuzz, built with --enable-fuzzers) or with replay.c, which feeds it the
 * files under tests/fuzz/regress/ and the seed corpora in `make check`. */
#ifndef CASCADE_FUZZ_H
#define CASCADE_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A private directory for this process's lesson files, made once. */
const char *fuzz_dir(void);
/* Writes size bytes to dir/name (replacing it); aborts on failure. */
void fuzz_write(const char *dir, const char *name, const void *data, size_t size);
/* /dev/null, opened once: where messages are printed to be formatted. */
FILE *fuzz_null(void);
/* Removes dir/name if it is there. */
void fuzz_remove(const char *dir, const char *name);
/* The laid-out cells of every line of g, encoded as a terminal would get
 * them in both charsets (the printer's and the pager's last step). */
struct grid;
void fuzz_encode_grid(const struct grid *g);

#endif
