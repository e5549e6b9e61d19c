/* conf.c — the settings file reader of conf.h: splits lines, checks each
 * one and hands key and value to the caller.  Never allocates. */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/conf.h"
#include "util/utf8.h"

static bool blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static bool key_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/* Why line s[0..len) cannot be text, or NULL: a NUL or another control
 * character (tabs and a final CR pass), or invalid UTF-8. */
static const char *bad_text(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);

		if (cp == 0xFFFD && n == 1)
			return "invalid UTF-8; line ignored";
		if ((cp < 0x20 && cp != '\t' && cp != '\r') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
			return "a control character; line ignored";
		i += n;
	}
	return NULL;
}

/* One line, without its newline.  Returns 1 if it was reported. */
static int parse_line(const char *s, size_t len, int line, conf_set_fn set,
                      conf_warn_fn warn, void *arg)
{
	char key[CONF_MAX_KEY + 1], value[CONF_MAX_LINE + 1];
	size_t a = 0, b = len, k, v0, v1;
	const char *why, *eq;

	if (len > CONF_MAX_LINE) {
		snprintf(value, sizeof value, "line longer than %d bytes; ignored", CONF_MAX_LINE);
		warn(arg, line, value);
		return 1;
	}
	if ((why = bad_text(s, len))) {
		warn(arg, line, why);
		return 1;
	}
	while (a < b && blank(s[a]))
		a++;
	while (b > a && blank(s[b - 1]))
		b--;
	if (a == b || s[a] == '#')
		return 0;
	if (!(eq = memchr(s + a, '=', b - a))) {
		warn(arg, line, "not 'key = value'; line ignored");
		return 1;
	}
	k = (size_t)(eq - s);
	while (k > a && blank(s[k - 1]))
		k--;
	if (k == a) {
		warn(arg, line, "no key before '='; line ignored");
		return 1;
	}
	if (k - a > CONF_MAX_KEY) {
		snprintf(value, sizeof value, "key longer than %d characters; line ignored",
		         CONF_MAX_KEY);
		warn(arg, line, value);
		return 1;
	}
	for (size_t i = a; i < k; i++) {
		if (!key_char(s[i])) {
			warn(arg, line, "a key is a-z, 0-9, '-' and '_'; line ignored");
			return 1;
		}
	}
	memcpy(key, s + a, k - a);
	key[k - a] = '\0';
	v0 = (size_t)(eq - s) + 1;
	v1 = b;
	while (v0 < v1 && blank(s[v0]))
		v0++;
	memcpy(value, s + v0, v1 - v0);
	value[v1 - v0] = '\0';
	if ((why = set(arg, key, value, line))) {
		warn(arg, line, why);
		return 1;
	}
	return 0;
}

size_t conf_parse(const char *text, size_t len, conf_set_fn set, conf_warn_fn warn, void *arg)
{
	size_t reported = 0, start = 0;
	int line = 0;

	if (len > CONF_MAX_BYTES) {
		char msg[80];

		snprintf(msg, sizeof msg, "larger than %u bytes; only the start is read",
		         CONF_MAX_BYTES);
		warn(arg, 0, msg);
		reported++;
		len = CONF_MAX_BYTES;
		/* The cut line is not read at all. */
		while (len > 0 && text[len - 1] != '\n')
			len--;
	}
	while (start < len) {
		const char *nl = memchr(text + start, '\n', len - start);
		size_t end = nl ? (size_t)(nl - text) : len;

		if (line < 1000000)
			line++;
		reported += (size_t)parse_line(text + start, end - start, line, set, warn, arg);
		start = end + 1;
	}
	return reported;
}

size_t conf_read_file(const char *path, conf_set_fn set, conf_warn_fn warn, void *arg)
{
	char msg[160], *buf;
	struct stat st;
	size_t len = 0;
	ssize_t n;
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0) {
		if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno));
		warn(arg, 0, msg);
		return 1;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		warn(arg, 0, "not a regular file; ignored");
		return 1;
	}
	/* One more byte than the limit, so that a larger file is noticed. */
	if (!(buf = malloc(CONF_MAX_BYTES + 1))) {
		close(fd);
		warn(arg, 0, "out of memory; ignored");
		return 1;
	}
	while (len < CONF_MAX_BYTES + 1 && (n = read(fd, buf + len, CONF_MAX_BYTES + 1 - len)) != 0) {
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno));
			close(fd);
			free(buf);
			warn(arg, 0, msg);
			return 1;
		}
		len += (size_t)n;
	}
	close(fd);
	n = (ssize_t)conf_parse(buf, len, set, warn, arg);
	free(buf);
	return (size_t)n;
}
