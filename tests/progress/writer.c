/* writer.c — a test helper for the concurrency test: one process that
 * records and saves many times, as a busy cascade session would.
 *
 *   writer DIR PAGE N
 *
 * For i in 0..N-1: answers quiz i of PAGE (option i % 4, right when i is
 * even), visits PAGE, opens the sim model "shared", and saves.  Exits 1
 * with a message if any save does not succeed. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "progress/progress.h"

int main(int argc, char **argv)
{
	struct progress p;
	enum progress_status st;
	long n;

	if (argc != 4 || (n = strtol(argv[3], NULL, 10)) <= 0 || n > 1000) {
		fprintf(stderr, "usage: writer DIR PAGE N (N from 1 to 1000)\n");
		return 2;
	}
	if (progress_init(&p, argv[1]) != PROGRESS_OK || progress_load(&p, time(NULL)) != PROGRESS_OK) {
		fprintf(stderr, "writer: cannot load: %s\n", p.message);
		return 1;
	}
	for (long i = 0; i < n; i++) {
		time_t now = time(NULL);

		if (progress_answer(&p, argv[2], (unsigned)i, (unsigned)(i % 4), i % 2 == 0, now, NULL) ||
		    progress_visit(&p, argv[2], (size_t)i, 0.5, now) ||
		    progress_sim_opened(&p, "shared", now)) {
			fprintf(stderr, "writer: cannot record\n");
			return 1;
		}
		if ((st = progress_save(&p, now)) != PROGRESS_OK) {
			fprintf(stderr, "writer: save %ld: %s: %s\n", i, progress_status_text(st), p.message);
			return 1;
		}
	}
	progress_free(&p);
	return 0;
}
