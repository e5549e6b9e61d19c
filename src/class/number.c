/* number.c — numbers on the wire, the same text in every locale: a
 * parameter value is written as the shortest decimal that reads back to
 * the same double, and read with a strict grammar (no hex, no "inf", no
 * spaces, no locale's decimal comma). */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "class/wire.h"

#define NUMBER_MAX 32 /* bytes of a number on the wire */

/* The locale's decimal point: "." in C, "," in many others. */
static const char *decimal_point(void)
{
	const struct lconv *lc = localeconv();

	return lc && lc->decimal_point && *lc->decimal_point ? lc->decimal_point : ".";
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Digits from s[*i]; returns how many. */
static size_t digits(const char *s, size_t len, size_t *i)
{
	size_t start = *i;

	while (*i < len && is_digit(s[*i]))
		(*i)++;
	return *i - start;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? exactly. */
static bool number_syntax(const char *s, size_t len)
{
	size_t i = 0, n;

	if (i < len && s[i] == '-')
		i++;
	if (i >= len || !is_digit(s[i]))
		return false;
	n = digits(s, len, &i);
	if (n > 1 && s[i - n] == '0')
		return false;
	if (i < len && s[i] == '.') {
		i++;
		if (digits(s, len, &i) == 0)
			return false;
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		if (digits(s, len, &i) == 0)
			return false;
	}
	return i == len;
}

int class_parse_double(const char *s, size_t len, double *out)
{
	const char *dp = decimal_point();
	char buf[NUMBER_MAX * 2 + 8];
	size_t o = 0, dplen = strlen(dp);
	char *end;
	double v;

	if (len == 0 || len > NUMBER_MAX || !number_syntax(s, len) || dplen > NUMBER_MAX)
		return -1;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '.') {
			memcpy(buf + o, dp, dplen);
			o += dplen;
		} else {
			buf[o++] = s[i];
		}
	}
	buf[o] = '\0';
	v = strtod(buf, &end);
	if (end != buf + o || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

/* Turns the locale's decimal point in s back into '.'. */
static void delocalise(char *s)
{
	const char *dp = decimal_point();
	size_t dplen = strlen(dp);
	char *at;

	if (strcmp(dp, ".") == 0 || !(at = strstr(s, dp)))
		return;
	*at = '.';
	memmove(at + 1, at + dplen, strlen(at + dplen) + 1);
}

size_t class_format_double(double v, char *buf, size_t size)
{
	char tmp[64], *e;
	size_t len = 0;
	int exp;

	if (!isfinite(v))
		return 0;
	for (int prec = 1; prec <= 17; prec++) {
		double back;

		snprintf(tmp, sizeof tmp, "%.*g", prec, v);
		delocalise(tmp);
		len = strlen(tmp);
		if (class_parse_double(tmp, len, &back) == 0 && back == v)
			break;
	}
	/* "2.4e+02" is as short as it gets, but people write 240. */
	if ((e = strchr(tmp, 'e')) && (exp = atoi(e + 1)) >= 0 && exp < 17) {
		snprintf(tmp, sizeof tmp, "%.*g", exp + 1, v);
		delocalise(tmp);
		len = strlen(tmp);
	}
	if (len == 0 || len >= size)
		return 0;
	memcpy(buf, tmp, len + 1);
	return len;
}

int class_parse_u64(const char *s, size_t len, uint64_t max, uint64_t *out)
{
	uint64_t v = 0;

	if (len == 0 || len > 20 || (len > 1 && s[0] == '0'))
		return -1;
	for (size_t i = 0; i < len; i++) {
		unsigned d;

		if (!is_digit(s[i]))
			return -1;
		d = (unsigned)(s[i] - '0');
		if (v > (UINT64_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	if (v > max)
		return -1;
	*out = v;
	return 0;
}
