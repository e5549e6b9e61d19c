/* search_bench.c — how long a search of the whole course takes, from the
 * pattern as typed to the spans to highlight on every page: compiling it
 * (smart case), running it over each page's text, mapping every
 * match back to grid cells, and the context line of each page.  Reports
 * milliseconds per whole-course search (median and worst of many runs)
 * for a literal and for regular expressions, against the 5 ms budget,
 * plus the one-off costs (laying the course out, building its texts) and
 * the glossary matcher.  A benchmark, not a test: it always exits 0
 * unless something fails to run.  Usage: search_bench [RUNS] */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lesson/course.h"
#include "lesson/glossary.h"
#include "search/glossary_match.h"
#include "search/search.h"

#define BUDGET_MS 5.0
#define WIDTH 80

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

struct stats {
	double median, worst;
	size_t matches, pages;
};

/* One whole-course search, timed from the pattern to the spans. */
static int search_once(const char *pattern, const struct search_index *ix, double *ms,
                       struct stats *s)
{
	struct search_pattern *p;
	struct search_error err;
	struct search_course_result r;
	double t0 = now_ms();

	if (search_compile(&p, pattern, NULL, &err) != SEARCH_OK) {
		fprintf(stderr, "search_bench: '%s': %s at offset %zu\n", pattern, err.message, err.offset);
		return -1;
	}
	if (search_course(p, ix, &r) != SEARCH_OK) {
		fprintf(stderr, "search_bench: '%s': %s\n", pattern, search_status_message(r.status));
		return -1;
	}
	*ms = now_ms() - t0;
	s->matches = r.total;
	s->pages = r.npages;
	search_course_free(&r);
	search_pattern_free(p);
	return 0;
}

static int bench_pattern(const char *kind, const char *pattern,
                         const struct search_index *ix, int runs, bool *over)
{
	double *t = malloc((size_t)runs * sizeof *t);
	struct stats s = { 0 };

	if (!t)
		return -1;
	for (int i = 0; i < runs; i++)
		if (search_once(pattern, ix, &t[i], &s) != 0) {
			free(t);
			return -1;
		}
	qsort(t, (size_t)runs, sizeof *t, by_value);
	s.median = t[runs / 2];
	s.worst = t[runs - 1];
	printf("  %-8s %-40s %7.3f ms median %7.3f ms worst  %5zu matches on %2zu pages\n",
	       kind, pattern, s.median, s.worst, s.matches, s.pages);
	if (s.median > BUDGET_MS)
		*over = true;
	free(t);
	return 0;
}

/* The glossary matcher over every page (texts already built). */
static void bench_glossary(struct course *c, const struct search_index *ix, int runs)
{
	struct glossary g;
	struct gloss_matcher m;
	double t0, best = 1e9;
	size_t hits = 0;

	if (!c->glossary || glossary_load(&g, c->glossary, NULL) != 0)
		return;
	t0 = now_ms();
	if (gloss_matcher_from_glossary(&m, &g) != SEARCH_OK) {
		fprintf(stderr, "search_bench: glossary matcher: out of memory\n");
		glossary_free(&g);
		return;
	}
	printf("  glossary matcher: %zu names of %zu terms built in %.3f ms\n",
	       m.nnames, g.nterms, now_ms() - t0);
	for (int i = 0; i < runs; i++) {
		double t = now_ms();

		hits = 0;
		for (size_t k = 0; k < ix->npages; k++) {
			struct gloss_hits h;

			gloss_find(&m, &ix->pages[k].text, &h);
			hits += h.result.nmatches;
			gloss_hits_free(&h);
		}
		t = now_ms() - t;
		if (t < best)
			best = t;
	}
	printf("  glossary look-ups on every page: %zu found in %.3f ms (best of %d)\n",
	       hits, best, runs);
	gloss_matcher_free(&m);
	glossary_free(&g);
}

int main(int argc, char **argv)
{
	static const struct { const char *kind, *pattern; } cases[] = {
		{ "literal", "platelet" },
		{ "literal", "circulating tumour cell" },
		{ "regex", "\\b(intra|extra)vasat\\w*" },
		{ "regex", "[0-9]+(\\.[0-9]+)?\\s*(µm|%|days?)" },
		{ "regex", "(?i)cells?\\s+\\w+ed\\b" },
	};
	int runs = argc > 1 ? atoi(argv[1]) : 200;
	struct course c = { 0 };
	struct diags d;
	struct search_index ix;
	struct layout_opts o = { .width = WIDTH, .charset = CHARSET_BLOCKS, .sim_previews = true };
	double t0, t_layout, t_text = 0;
	size_t bytes = 0;
	bool over = false;

	setlocale(LC_ALL, "C.UTF-8");
	if (runs < 1)
		runs = 1;
	diags_init(&d);
	if (course_load(&c, NULL, &d) != 0) {
		fprintf(stderr, "search_bench: the built-in course did not load\n");
		return 1;
	}
	t0 = now_ms();
	if (search_index_build(&ix, &c, &o, &d) != 0) {
		fprintf(stderr, "search_bench: out of memory\n");
		return 1;
	}
	t_layout = now_ms() - t0;
	for (size_t i = 0; i < ix.npages; i++) {
		struct search_text t;

		bytes += ix.pages[i].text.len;
		t0 = now_ms();
		search_text_build(&t, &ix.pages[i].layout.grid);
		t_text += now_ms() - t0;
		search_text_free(&t);
	}
	printf("search_bench: %zu pages (with the glossary), %zu bytes of text at %d columns, %d runs each\n",
	       ix.npages, bytes, WIDTH, runs);
	printf("  one-off: laying out the course with sim previews and its texts %.2f ms; "
	       "the texts alone %.3f ms\n", t_layout, t_text);
	printf("  whole-course search, pattern to highlighted spans (budget %.0f ms):\n", BUDGET_MS);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		if (bench_pattern(cases[i].kind, cases[i].pattern, &ix, runs, &over) != 0)
			return 1;
	bench_glossary(&c, &ix, runs < 20 ? runs : 20);
	printf("search_bench: %s\n", over ? "OVER the 5 ms budget" : "every search under the 5 ms budget");
	search_index_free(&ix);
	course_free(&c);
	diags_free(&d);
	return 0;
}
