/* fixture.c — see fixture.h. */
#include <dirent.h>
#include <ftw.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "fixture.h"

char *fx_mkdtemp(void)
{
	const char *tmp = getenv("TMPDIR");
	char buf[4096];
	char *dir;

	snprintf(buf, sizeof buf, "%s/cascade-progress.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	dir = mkdtemp(buf);
	assert_non_null(dir);
	dir = strdup(dir);
	assert_non_null(dir);
	return dir;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	chmod(path, 0700); /* a test may have made it read-only */
	return remove(path);
}

void fx_rmtree(const char *dir)
{
	chmod(dir, 0700);
	nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

const char *fx_path(const char *dir, const char *name)
{
	static char bufs[4][4096];
	static int turn;
	char *b = bufs[turn++ % 4];

	snprintf(b, sizeof bufs[0], "%s/%s", dir, name);
	return b;
}

void fx_write(const char *dir, const char *name, const char *text, size_t len)
{
	FILE *f = fopen(fx_path(dir, name), "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

char *fx_read(const char *dir, const char *name, size_t *len)
{
	FILE *f = fopen(fx_path(dir, name), "rb");
	char *buf;
	long n;

	if (!f)
		return NULL;
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	if (len)
		*len = (size_t)n;
	return buf;
}

int fx_count(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)))
		n += strncmp(e->d_name, prefix, strlen(prefix)) == 0;
	closedir(d);
	return n;
}
