/* replay.c — a main() for a fuzz harness without libFuzzer: runs it once
 * on each file named on the command line (a directory: each file in it,
 * in name order), so that `make check` replays every crasher ever found
 * and the seed corpora under the normal build and the sanitizers.
 * Prints one line per directory or file; exits 1 if one can't be read. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (!f) {
		perror(path);
		return -1;
	}
	do {
		if (len == cap) {
			unsigned char *p = realloc(buf, cap = cap ? cap * 2 : 4096);

			if (!p)
				abort();
			buf = p;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	fclose(f);
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

int main(int argc, char **argv)
{
	int status = 0;

	for (int i = 1; i < argc; i++) {
		struct stat st;
		struct dirent **names;
		int n, done = 0;

		if (stat(argv[i], &st) != 0) {
			perror(argv[i]);
			status = 1;
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			status |= replay_file(argv[i]) != 0;
			printf("%s\n", argv[i]);
			continue;
		}
		n = scandir(argv[i], &names, NULL, by_name);
		for (int k = 0; k < n; k++) {
			char path[4096];

			if (names[k]->d_name[0] != '.') {
				snprintf(path, sizeof path, "%s/%s", argv[i], names[k]->d_name);
				status |= replay_file(path) != 0;
				done++;
			}
			free(names[k]);
		}
		free(names);
		printf("%s: %d files\n", argv[i], done);
	}
	return status;
}
