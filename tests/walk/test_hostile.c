/* test_hostile.c — the walkthrough parser (lesson/walkthrough.h) on input
 * meant to break it: NUL and binary bytes, lines and files over the
 * limits, thousands of stops and of errors, random token soup; and
 * walkthrough_load() on files that are not walkthroughs at all.  Under
 * ASan and UBSan (CI) this is where a wrong index would show. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "helpers.h"

/* A growing text buffer; aborts the test out of memory. */
struct buf {
	char *s;
	size_t len, cap;
};

static void put_bytes(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		assert_non_null(b->s);
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void put(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(struct buf *b, const char *fmt, ...)
{
	char tmp[8192];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	assert_true(n >= 0 && (size_t)n < sizeof tmp);
	put_bytes(b, tmp, (size_t)n);
}

/* xorshift64: the same bytes on every run. */
static uint64_t next_random(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/* Parses len bytes and checks what holds for any input: success exactly
 * when there is no message, an empty walkthrough after a failure, and a
 * bounded number of messages.  Returns the parser's result. */
static int survive(const char *text, size_t len, size_t *nmsgs)
{
	struct walkthrough w;
	char *msgs;
	int rc = walk_parse_len(&w, text, len, &msgs);
	size_t n = 0;

	for (const char *m = msgs; (m = strchr(m, '\n')) != NULL; m++)
		n++;
	/* At most the cap, the one line that crossed it (one message per
	 * word), and the closing message. */
	assert_true(n <= WALK_MAX_ERRORS + WALK_MAX_LINE_BYTES / 2 + 2);
	if (rc != 0) {
		assert_int_equal(w.nstops, 0);
		assert_null(w.stops);
	} else {
		assert_true(w.nstops >= 1 && w.nstops <= WALK_MAX_STOPS);
		for (size_t i = 0; i < w.nstops; i++) {
			assert_true(w.stops[i].page < walk_course()->npages);
			assert_true(!w.stops[i].notes ||
			            strlen(w.stops[i].notes) <= WALK_MAX_STOP_NOTES_BYTES);
		}
	}
	walkthrough_free(&w);
	free(msgs);
	if (nmsgs)
		*nmsgs = n;
	return rc;
}

static void expect_len(const char *text, size_t len, const char *want)
{
	struct walkthrough w;
	char *msgs;
	int rc = walk_parse_len(&w, text, len, &msgs);

	assert_string_equal(msgs, want);
	assert_int_equal(rc, *want ? -1 : 0);
	walkthrough_free(&w);
	free(msgs);
}

static void nul_bytes(void **state)
{
	static const char text[] = "walkthrough 1\nstop 6\n  note: a\0b\nstop 5\n\0\n";

	(void)state;
	/* Each line with a NUL is told, and the others are still read. */
	expect_len(text, sizeof text - 1,
	           "3: NUL byte: a walkthrough is text\n5: NUL byte: a walkthrough is text\n");
	expect_len("\0", 1, "1: NUL byte: a walkthrough is text\n"
	           "0: empty walkthrough: write 'walkthrough 1', then 'stop PAGE' lines\n");
}

static void binary_bytes(void **state)
{
	uint64_t seed = 0x9e3779b97f4a7c15u;
	char bytes[6000];

	(void)state;
	for (int round = 0; round < 300; round++) {
		size_t len = next_random(&seed) % sizeof bytes;

		for (size_t i = 0; i < len; i++)
			bytes[i] = (char)(next_random(&seed) & 0xff);
		assert_int_equal(survive(bytes, len, NULL), -1);
	}
}

/* Random sequences of the format's own words: "deep nonsense" that gets
 * past the text checks and into every directive's reader. */
static void token_soup(void **state)
{
	static const char *const tokens[] = {
		"walkthrough", " 1", "\n", "\n", "\n", "stop", " ", " ", "\t", "6", "9",
		"in-the-blood", "#", "travelling-in-groups", "glossary", "sim", "circulation",
		"organs", " preset=", "breast", " platelets=", "0.8", "nan", "inf", "1e999",
		" seed=", "42", "-", " run", "note:", "note", "=", "==", "é", "\xff", "\r",
		"\0", "#comment", "  ", "walkthrough 1\n", "stop 6\n", "  sim circulation",
		"  note: x", "99999999999999999999999", "\xc2\x9b", "\xef\xbb\xbf",
	};
	size_t ntokens = sizeof tokens / sizeof *tokens, ok = 0;
	uint64_t seed = 12345;
	struct buf b = { 0 };

	(void)state;
	for (int round = 0; round < 2000; round++) {
		size_t n = next_random(&seed) % 200;

		b.len = 0;
		put(&b, "%s", round % 2 ? "walkthrough 1\nstop 6\n" : "");
		for (size_t i = 0; i < n; i++) {
			const char *t = tokens[next_random(&seed) % ntokens];

			put_bytes(&b, t, *t ? strlen(t) : 1);
		}
		ok += survive(b.s ? b.s : "", b.len, NULL) == 0;
	}
	/* Some of the soup is a valid walkthrough by chance. */
	assert_true(ok > 0);
	free(b.s);
}

static void strange_but_short(void **state)
{
	static const char *const lines[] = {
		"stop a#b#c#d", "stop 6##", "stop 6#travelling-in-groups#x", "stop ####",
		"stop -1", "stop 0", "stop 6.0", "stop +6x", "stop 99999999999999999999999999",
		"  sim circulation ====", "  sim circulation =1", "  sim circulation platelets==0.5",
		"  sim circulation seed==1", "  sim = = =", "  sim circulation platelets=nan",
		"  sim circulation platelets=inf", "  sim circulation platelets=1e-400",
		"  sim circulation preset=", "  sim circulation preset=platelets preset=x",
		"note:", "  note:", "  note:::::", ":", "#", "  #", "\t\t\t", "stop\t6\t#x",
	};
	struct buf b = { 0 };

	(void)state;
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
		b.len = 0;
		put(&b, "walkthrough 1\nstop 6\n%s\nstop 5\n", lines[i]);
		survive(b.s, b.len, NULL);
	}
	/* A slug far longer than any anchor. */
	b.len = 0;
	put(&b, "walkthrough 1\nstop 6#");
	for (int i = 0; i < 400; i++)
		put(&b, "travelling-");
	put(&b, "\n");
	assert_int_equal(survive(b.s, b.len, NULL), -1);
	free(b.s);
}

static void long_lines(void **state)
{
	struct buf b = { 0 };
	char *line = malloc(WALK_MAX_FILE_BYTES);

	(void)state;
	assert_non_null(line);
	/* Exactly the limit is a line; one byte more is not, and the rest of
	 * the file is still read. */
	memset(line, 'x', WALK_MAX_FILE_BYTES);
	put(&b, "walkthrough 1\n#");
	put_bytes(&b, line, WALK_MAX_LINE_BYTES - 1);
	put(&b, "\r\nstop 6\n#");
	put_bytes(&b, line, WALK_MAX_LINE_BYTES);
	put(&b, "\nstop 6#nowhere\n");
	expect_len(b.s, b.len, "4: line is 4097 bytes long: at most 4096\n"
	           "5: page 'in-the-blood' has no heading '#nowhere'\n");
	/* One line of almost a mebibyte. */
	b.len = 0;
	put(&b, "walkthrough 1\nstop 6\n  note: ");
	put_bytes(&b, line, WALK_MAX_FILE_BYTES - b.len);
	expect_len(b.s, b.len, "3: line is 1048555 bytes long: at most 4096\n");
	free(line);
	free(b.s);
}

static void file_size_limit(void **state)
{
	struct buf b = { 0 };

	(void)state;
	put(&b, "walkthrough 1\nstop 6\n");
	while (b.len + 80 <= WALK_MAX_FILE_BYTES)
		put(&b, "# %77s\n", "padding");
	while (b.len < WALK_MAX_FILE_BYTES)
		put(&b, "\n");
	assert_int_equal(b.len, WALK_MAX_FILE_BYTES);
	expect_len(b.s, b.len, "");
	put(&b, "\n");
	expect_len(b.s, b.len, "0: larger than 1 MiB\n");
	free(b.s);
}

static void thousands_of_stops(void **state)
{
	struct walkthrough w;
	struct buf b = { 0 };
	char *msgs;

	(void)state;
	put(&b, "walkthrough 1\n");
	for (int i = 0; i < 5000; i++)
		put(&b, "stop %s\n  sim circulation nk=%d seed=%d\n  note: stop %d\n",
		    i % 2 ? "6#travelling-in-groups" : "into-the-blood", i % 3, i, i);
	assert_int_equal(walk_parse_len(&w, b.s, b.len, &msgs), 0);
	assert_string_equal(msgs, "");
	assert_int_equal(w.nstops, 5000);
	assert_int_equal(w.stops[4999].line, 2 + 3 * 4999);
	assert_int_equal(w.stops[4999].seed, 4999);
	assert_string_equal(w.stops[4999].notes, "stop 4999");
	assert_string_equal(w.stops[4999].heading, "travelling-in-groups");
	walkthrough_free(&w);
	free(msgs);

	/* One more than the limit is told once, on the stop that crosses it. */
	b.len = 0;
	put(&b, "walkthrough 1\n");
	for (int i = 0; i < WALK_MAX_STOPS + 50; i++)
		put(&b, "stop 6\n");
	expect_len(b.s, b.len, "10002: more than 10000 stops: split the walkthrough into "
	           "several files\n");
	free(b.s);
}

static void thousands_of_errors(void **state)
{
	struct buf b = { 0 };
	size_t n;

	(void)state;
	put(&b, "walkthrough 1\nstop 6\n");
	for (int i = 0; i < 100000; i++)
		put(&b, "bogus\n");
	assert_int_equal(survive(b.s, b.len, &n), -1);
	assert_int_equal(n, WALK_MAX_ERRORS + 1);
	/* The last message says the rest was not read, at the line it stopped. */
	b.len = 0;
	put(&b, "walkthrough 1\nstop 6\n");
	for (int i = 0; i < WALK_MAX_ERRORS; i++)
		put(&b, "bogus\n");
	put(&b, "stop nowhere\n");
	{
		struct walkthrough w;
		char *msgs, *last;

		assert_int_equal(walk_parse_len(&w, b.s, b.len, &msgs), -1);
		last = strstr(msgs, "102: too many errors");
		assert_non_null(last);
		assert_string_equal(last, "102: too many errors: the rest of the file is not checked\n");
		free(msgs);
	}
	/* Many errors on one line: every word of a sim line. */
	b.len = 0;
	put(&b, "walkthrough 1\nstop 6\n  sim circulation");
	while (b.len < WALK_MAX_LINE_BYTES)
		put(&b, " x");
	put(&b, "\n");
	assert_int_equal(survive(b.s, b.len, &n), -1);
	assert_true(n > WALK_MAX_ERRORS);
	free(b.s);
}

/* ---- walkthrough_load ---- */

static char tmpdir[] = "/tmp/cascade-walk.XXXXXX";

static char *tmp_path(const char *name)
{
	size_t n = strlen(tmpdir) + strlen(name) + 2;
	char *p = malloc(n);

	assert_non_null(p);
	snprintf(p, n, "%s/%s", tmpdir, name);
	return p;
}

static void write_file(const char *path, const char *text, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* Loads path and checks the messages, "path: message" or "path:LINE: ...". */
static int load_expect(const char *path, const char *want_msg, int want_line)
{
	struct walkthrough w;
	struct diags d;
	int rc;

	diags_init(&d);
	rc = walkthrough_load(&w, path, walk_course(), &d);
	if (!want_msg) {
		assert_int_equal(d.len, 0);
		assert_int_equal(rc, 0);
		rc = (int)w.nstops;
	} else {
		assert_int_equal(rc, -1);
		assert_int_equal(d.len, 1);
		assert_string_equal(d.items[0].file, path);
		assert_int_equal(d.items[0].line, want_line);
		assert_string_equal(d.items[0].msg, want_msg);
		assert_int_equal(w.nstops, 0);
	}
	walkthrough_free(&w);
	diags_free(&d);
	return rc;
}

static void loading_files(void **state)
{
	char *example = walk_srcdir_path("examples/intro-lecture.walk");
	char *missing = tmp_path("missing.walk"), *empty = tmp_path("empty.walk");
	char *fifo = tmp_path("fifo.walk"), *big = tmp_path("big.walk");
	char *good = tmp_path("good.walk");
	char *text = calloc(WALK_MAX_FILE_BYTES + 10, 1);

	(void)state;
	assert_non_null(text);
	assert_int_equal(load_expect(example, NULL, 0), 6);
	write_file(good, "walkthrough 1\nstop 6\n", 21);
	assert_int_equal(load_expect(good, NULL, 0), 1);
	load_expect(missing, "cannot read: No such file or directory", 0);
	load_expect(tmpdir, "cannot read: not a regular file", 0);
	load_expect("/dev/null", "cannot read: not a regular file", 0);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	load_expect(fifo, "cannot read: not a regular file", 0); /* and does not hang */
	write_file(empty, "", 0);
	load_expect(empty, "empty walkthrough: write 'walkthrough 1', then 'stop PAGE' lines", 0);
	memset(text, '\n', WALK_MAX_FILE_BYTES + 10);
	write_file(big, text, WALK_MAX_FILE_BYTES + 10);
	load_expect(big, "larger than 1 MiB", 0);
	unlink(good);
	unlink(empty);
	unlink(fifo);
	unlink(big);
	free(example);
	free(missing);
	free(empty);
	free(fifo);
	free(big);
	free(good);
	free(text);
}

static int setup(void **state)
{
	if (!mkdtemp(tmpdir))
		return -1;
	return walk_setup(state);
}

static int teardown(void **state)
{
	rmdir(tmpdir);
	return walk_teardown(state);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(nul_bytes),
		cmocka_unit_test(binary_bytes),
		cmocka_unit_test(token_soup),
		cmocka_unit_test(strange_but_short),
		cmocka_unit_test(long_lines),
		cmocka_unit_test(file_size_limit),
		cmocka_unit_test(thousands_of_stops),
		cmocka_unit_test(thousands_of_errors),
		cmocka_unit_test(loading_files),
	};

	return cmocka_run_group_tests_name("walkthrough-hostile", tests, setup, teardown);
}
