/* pty_bench.c — cascade against less, as a student on a shared lab server
 * meets them: each started in a pseudo-terminal of 80x24 and 200x60, the
 * time to the first frame (spawn to the last byte of the first burst),
 * then a script of keys, each timed from the write to the last byte of
 * its answer and counted in bytes, and the session's peak memory (VmHWM),
 * the memory it wrote (Private_Dirty) and its CPU (schedstat).  less
 * reads the same page in the same run, interleaved round by round, so the
 * machine's load falls on both alike.  Prints medians and the ratios
 * cascade ÷ less; never fails (a benchmark is not a test).
 *
 * cascade's own account (CASCADE_PROFILE) is printed too, so that a ratio
 * over its target says where the time went: of its first frame, loading
 * the lessons, the progress file, the glossary, starting curses, laying
 * out the page, running its previews, painting, and what came before its
 * clock started; of the frames after it, drawing and curses' refresh.
 *
 * Both do the same things: less shows the page as cascade lays it out (at
 * cascade's reading measure on a wide screen, with its previews as tall as
 * on a terminal of that many rows, styled as `cascade show` styles it on a
 * terminal, so both paint the same), cascade runs with
 * --space-stays (Space at the end stays, as in less) and a fresh progress
 * file (no saved place), and the Space presses are as many as move the
 * page (the last one reaching its end), so no press times a no-op at one
 * program's end against a new page at the other's.  Turning to the next
 * page is timed apart: cascade's ] (a new page laid out, its previews run)
 * against less's :n (the next file).
 *
 * A simulation is cascade's alone (less has none to compare with), so it
 * is timed in a session of its own, with no ratio: s and Enter open the
 * page's first simulation in the explorer, n runs it with a new seed.
 *
 * Given the lessons' directory, it also times the whole course as text,
 * `cascade show all --width 80`, against `lowdown -tterm` on the same
 * Markdown joined in one file, when lowdown is installed.
 *
 * Usage: pty_bench CASCADE [ROUNDS [CONTENT_DIR]] */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "tui/app.h" /* READING_MEASURE, WIDE_SCREEN_COLS */

#define QUIET_MS 60       /* no byte for this long ends a burst */
#define BURST_MAX_MS 5000 /* a burst that never ends is cut here */
#define PAGE_DOWNS_MAX 8 /* Space presses in a session, at most */
#define MAX_ROUNDS 25

struct session {
	pid_t pid;
	int fd;
};

/* One run's figures. */
struct figures {
	double first_ms, pgdn_ms, pgdn_bytes, search_ms, pgup_ms, next_ms;
	double rss_kb, dirty_kb, cpu_ms;
	double prog_kb, libs_kb, anon_kb; /* resident at the end, by where */
};

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* Reads until the program has been quiet for QUIET_MS; the time from t0
 * to the last byte read, and the bytes, in *bytes. */
static double burst(int fd, double t0, size_t *bytes)
{
	char buf[65536];
	double last = t0, start = now_ms();

	*bytes = 0;
	for (;;) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		int r = poll(&p, 1, QUIET_MS);
		ssize_t n;

		if (r <= 0 || now_ms() - start > BURST_MAX_MS)
			break;
		n = read(fd, buf, sizeof buf);
		if (n <= 0)
			break;
		*bytes += (size_t)n;
		last = now_ms();
	}
	return last - t0;
}

static char profile_path[128]; /* cascade's CASCADE_PROFILE, appended to */

static int spawn(struct session *s, int cols, int rows, char *const argv[], const char *state)
{
	struct winsize ws = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols };

	s->pid = forkpty(&s->fd, NULL, NULL, &ws);
	if (s->pid < 0)
		return -1;
	if (s->pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("LC_ALL", "C.UTF-8", 1);
		setenv("XDG_STATE_HOME", state, 1);
		setenv("LESSHISTFILE", "-", 1);
		setenv("CASCADE_PROFILE", profile_path, 1);
		unsetenv("NO_COLOR");
		unsetenv("LESS");
		execvp(argv[0], argv);
		_exit(127);
	}
	return 0;
}

/* Peak resident memory of pid, in KiB (VmHWM), or 0. */
static double peak_rss(pid_t pid)
{
	char path[64], line[256];
	FILE *f;
	double kb = 0;

	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	if (!(f = fopen(path, "r")))
		return 0;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "VmHWM: %lf", &kb) == 1)
			break;
	fclose(f);
	return kb;
}

/* Memory pid has written, in KiB (Private_Dirty: heap, stack, relocated
 * data): what each more session adds on a shared server, where the pages
 * of the program and its libraries counted in the peak RSS are shared by
 * all; or 0. */
static double written_memory(pid_t pid)
{
	char path[64], line[256];
	FILE *f;
	double kb = 0, v;

	snprintf(path, sizeof path, "/proc/%d/smaps_rollup", (int)pid);
	if (!(f = fopen(path, "r")))
		return 0;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "Private_Dirty: %lf", &v) == 1)
			kb += v;
	fclose(f);
	return kb;
}

/* Where pid's resident memory is, in KiB, as the session ends (its peak,
 * for a pager that frees little): the program's own file, the other
 * files it maps (shared libraries, locale data), and anonymous memory
 * (heap, stack).  Zeros when /proc cannot say. */
static void resident_by_where(pid_t pid, struct figures *f)
{
	char path[64], exe[4096], line[4608], *name = NULL;
	ssize_t n;
	FILE *fp;
	double kb;

	f->prog_kb = f->libs_kb = f->anon_kb = 0;
	snprintf(path, sizeof path, "/proc/%d/exe", (int)pid);
	if ((n = readlink(path, exe, sizeof exe - 1)) < 0)
		return;
	exe[n] = '\0';
	snprintf(path, sizeof path, "/proc/%d/smaps", (int)pid);
	if (!(fp = fopen(path, "r")))
		return;
	while (fgets(line, sizeof line, fp)) {
		int off = 0;

		/* A mapping's first line: "start-end perms offset dev inode path". */
		if (isxdigit((unsigned char)line[0]) && strchr(line, '-') &&
		    strchr(line, '-') < strchr(line, ' ') &&
		    sscanf(line, "%*s %*s %*s %*s %*s %n", &off) == 0 && off > 0) {
			line[strcspn(line, "\n")] = '\0';
			free(name);
			name = strdup(line + off);
		} else if (sscanf(line, "Rss: %lf", &kb) == 1) {
			if (!name || !*name || *name == '[')
				f->anon_kb += kb;
			else if (strcmp(name, exe) == 0)
				f->prog_kb += kb;
			else
				f->libs_kb += kb;
		}
	}
	free(name);
	fclose(fp);
}

/* CPU time pid has run, in ms, to the nanosecond (the scheduler's own
 * sum, /proc/PID/schedstat); -1 when unknown.  getrusage() counts in
 * ticks of 4 ms or so, as long as a whole session. */
static double cpu_time(pid_t pid)
{
	char path[64];
	unsigned long long ns;
	FILE *f;
	int ok;

	snprintf(path, sizeof path, "/proc/%d/schedstat", (int)pid);
	if (!(f = fopen(path, "r")))
		return -1;
	ok = fscanf(f, "%llu", &ns) == 1;
	fclose(f);
	return ok ? (double)ns / 1e6 : -1;
}

static double key(struct session *s, const char *keys, size_t *bytes)
{
	double t0 = now_ms();

	if (write(s->fd, keys, strlen(keys)) < 0)
		return 0;
	return burst(s->fd, t0, bytes);
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, by_value);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The keys of a program's session. */
struct script {
	char *const *argv;
	const char *next; /* turns to the next page */
	const char *quit;
};

/* Forgets cascade's saved place, so that every session starts alike. */
static void fresh_state(const char *state)
{
	char path[256];

	snprintf(path, sizeof path, "%s/cascade/progress", state);
	remove(path);
	snprintf(path, sizeof path, "%s/cascade/progress.lock", state);
	remove(path);
}

/* One session: first frame, page_downs Space presses, a page up, a
 * search, the next page; then the peak memory, quit, and the CPU it used. */
static int run(struct figures *f, int cols, int rows, const struct script *sc, int page_downs,
               const char *state)
{
	struct session s;
	struct rusage ru;
	size_t bytes, total = 0;
	double t0, pg[PAGE_DOWNS_MAX];
	int status;

	fresh_state(state);
	t0 = now_ms();
	if (spawn(&s, cols, rows, sc->argv, state) != 0)
		return -1;
	f->first_ms = burst(s.fd, t0, &bytes);
	for (int i = 0; i < page_downs; i++) {
		pg[i] = key(&s, " ", &bytes);
		total += bytes;
	}
	f->pgdn_ms = median(pg, page_downs);
	f->pgdn_bytes = (double)total / page_downs;
	f->pgup_ms = key(&s, "g", &bytes);
	f->search_ms = key(&s, "/platelet\r", &bytes);
	f->next_ms = key(&s, sc->next, &bytes);
	f->rss_kb = peak_rss(s.pid);
	f->dirty_kb = written_memory(s.pid);
	resident_by_where(s.pid, f);
	if (write(s.fd, sc->quit, strlen(sc->quit)) < 0)
		kill(s.pid, SIGTERM);
	burst(s.fd, now_ms(), &bytes);
	/* Ended but not reaped: its exact CPU time is still readable. */
	f->cpu_ms = waitid(P_PID, (id_t)s.pid, &(siginfo_t){ 0 }, WEXITED | WNOWAIT) == 0
	          ? cpu_time(s.pid) : -1;
	if (wait4(s.pid, &status, 0, &ru) < 0)
		return -1;
	close(s.fd);
	if (f->cpu_ms < 0) /* rusage counts in scheduler ticks: coarse */
		f->cpu_ms = (double)ru.ru_utime.tv_sec * 1000 + (double)ru.ru_utime.tv_usec / 1000 +
		            (double)ru.ru_stime.tv_sec * 1000 + (double)ru.ru_stime.tv_usec / 1000;
	return 0;
}

/* A simulation, in a cascade session of its own: s selects the page's
 * first, Enter opens it in the explorer (which runs it), n runs it again
 * with a new seed (r would draw the same run, and send nothing); the
 * latency and bytes of the last two. */
struct sim_figures {
	double open_ms, open_bytes, run_ms, run_bytes;
};

static int run_sim(struct sim_figures *f, int cols, int rows, const char *cascade,
                   const char *state)
{
	char *argv[] = { (char *)cascade, "--page", "6", NULL };
	struct session s;
	size_t bytes;
	int status;

	fresh_state(state);
	if (spawn(&s, cols, rows, argv, state) != 0)
		return -1;
	burst(s.fd, now_ms(), &bytes);
	key(&s, "s", &bytes);
	f->open_ms = key(&s, "\r", &bytes);
	f->open_bytes = (double)bytes;
	f->run_ms = key(&s, "n", &bytes);
	f->run_bytes = (double)bytes;
	if (write(s.fd, "qq", 2) < 0)
		kill(s.pid, SIGTERM);
	burst(s.fd, now_ms(), &bytes);
	waitpid(s.pid, &status, 0);
	close(s.fd);
	return 0;
}

/* A row of the table; target 0: none (a figure to read, not to meet). */
static void row(const char *what, double c, double l, const char *unit, double target)
{
	double ratio = l > 0 ? c / l : 0;

	if (target <= 0) {
		printf("  %-22s %10.2f %10.2f %-3s %6.2fx  (no target)\n", what, c, l, unit, ratio);
		return;
	}
	printf("  %-22s %10.2f %10.2f %-3s %6.2fx  (target <= %.1fx)%s\n", what, c, l, unit, ratio,
	       target, ratio <= target ? "" : "  over");
}

#define FIELD(name) offsetof(struct figures, name)

static double med_of(struct figures *v, int n, size_t off)
{
	double x[MAX_ROUNDS];

	for (int i = 0; i < n; i++)
		x[i] = *(double *)((char *)&v[i] + off);
	return median(x, n);
}

#define PROFILE_FIELDS 8

/* The medians of the profile lines cascade appended: its first frame,
 * field by field, and the frames after it (drawing, and curses' refresh);
 * first_ms, the first frame as the bench saw it, shows what came before
 * cascade's clock started (exec, libraries, locale, settings). */
static void print_profile(double first_ms)
{
	static const char *const names[PROFILE_FIELDS] = { "load", "session", "glossary", "curses",
	                                                   "layout", "previews", "paint", "total" };
	double v[PROFILE_FIELDS][MAX_ROUNDS * 2], draw[MAX_ROUNDS * 2], refresh[MAX_ROUNDS * 2];
	double screens_kb = 0;
	char line[512];
	int n = 0, nf = 0;
	FILE *f = fopen(profile_path, "r");

	if (!f)
		return;
	while (fgets(line, sizeof line, f)) {
		char *p = line;
		int k = 0;
		unsigned long frames;

		if (sscanf(line, "frames %lu draw %lf refresh %lf", &frames, &draw[nf % (MAX_ROUNDS * 2)],
		           &refresh[nf % (MAX_ROUNDS * 2)]) == 3) {
			nf += nf < MAX_ROUNDS * 2;
			continue;
		}
		if (sscanf(line, "screens %lf", &screens_kb) == 1)
			continue;
		if (n == MAX_ROUNDS * 2)
			continue;
		for (; k < PROFILE_FIELDS; k++) {
			char name[16];
			int used;

			if (sscanf(p, "%15s %lf%n", name, &v[k][n], &used) != 2)
				break;
			p += used;
		}
		n += k == PROFILE_FIELDS;
	}
	fclose(f);
	remove(profile_path);
	if (n > 0) {
		double total = median(v[PROFILE_FIELDS - 1], n);

		printf("  cascade's first frame by its own clock (ms, medians):\n   ");
		for (int k = 0; k < PROFILE_FIELDS; k++)
			printf(" %s %.2f", names[k], median(v[k], n));
		printf("\n    (layout: the page's text and its glossary marks; previews: running its\n"
		       "    sims and drawing their charts)\n"
		       "    before its clock starts (exec, libraries, locale, settings): %.2f\n",
		       first_ms > total ? first_ms - total : 0);
	}
	if (nf > 0)
		printf("  cascade's frames after the first (ms, medians of means): draw %.3f, curses'\n"
		       "    refresh (work out and write the bytes) %.3f; the rest of a key's latency is\n"
		       "    the pty and the kernel\n", median(draw, nf), median(refresh, nf));
	if (screens_kb > 0)
		printf("  curses' three copies of the screen (on the terminal, to come, drawn in):\n"
		       "    %.2f MB of cascade's heap and stack\n", screens_kb / 1024);
}

/* Lines in file, or 0. */
static int count_lines(const char *path)
{
	FILE *f = fopen(path, "r");
	int n = 0, ch;

	if (!f)
		return 0;
	while ((ch = getc(f)) != EOF)
		n += ch == '\n';
	fclose(f);
	return n;
}

/* text is page 6 as cascade lays it out at this size, next page 7. */
static void bench_size(const char *cascade, const char *text, const char *next, int cols,
                       int rows, int rounds, const char *state)
{
	struct figures c[MAX_ROUNDS], l[MAX_ROUNDS];
	struct sim_figures sim[MAX_ROUNDS];
	double open_ms[MAX_ROUNDS], open_bytes[MAX_ROUNDS], run_ms[MAX_ROUNDS], run_bytes[MAX_ROUNDS];
	char *cargv[] = { (char *)cascade, "--page", "6", "--space-stays", NULL };
	char *largv[] = { "less", "-R", (char *)text, (char *)next, NULL };
	const struct script cs = { cargv, "]", "q" }, ls = { largv, ":n", "q" };
	/* Space presses that move the page: a window (rows - 1 lines) each,
	 * the last reaching the end. */
	int window = rows - 1, lines = count_lines(text);
	int page_downs = lines > window ? (lines - window + window - 1) / window : 1;

	if (page_downs > PAGE_DOWNS_MAX)
		page_downs = PAGE_DOWNS_MAX;
	for (int i = 0; i < rounds; i++) {
		/* Interleaved: one of each per round, in turn first. */
		if (i % 2 == 0) {
			run(&c[i], cols, rows, &cs, page_downs, state);
			run(&l[i], cols, rows, &ls, page_downs, state);
		} else {
			run(&l[i], cols, rows, &ls, page_downs, state);
			run(&c[i], cols, rows, &cs, page_downs, state);
		}
		if (run_sim(&sim[i], cols, rows, cascade, state) != 0)
			sim[i] = (struct sim_figures){ 0 };
		open_ms[i] = sim[i].open_ms, open_bytes[i] = sim[i].open_bytes;
		run_ms[i] = sim[i].run_ms, run_bytes[i] = sim[i].run_bytes;
	}
	printf("at %dx%d (%d lines, %d page-downs), medians of %d rounds\n"
	       "                                cascade       less     cascade/less\n",
	       cols, rows, lines, page_downs, rounds);
	row("first frame", med_of(c, rounds, FIELD(first_ms)), med_of(l, rounds, FIELD(first_ms)),
	    "ms", 1.5);
	row("page-down latency", med_of(c, rounds, FIELD(pgdn_ms)),
	    med_of(l, rounds, FIELD(pgdn_ms)), "ms", 1.5);
	row("bytes per page-down", med_of(c, rounds, FIELD(pgdn_bytes)),
	    med_of(l, rounds, FIELD(pgdn_bytes)), "B", 1.1);
	row("search latency", med_of(c, rounds, FIELD(search_ms)),
	    med_of(l, rounds, FIELD(search_ms)), "ms", 1.5);
	row("peak RSS", med_of(c, rounds, FIELD(rss_kb)) / 1024, med_of(l, rounds, FIELD(rss_kb)) / 1024,
	    "MB", 2.0);
	printf("    resident at the end, by where (MB): cascade: the program %.2f, other files\n"
	       "    (libraries, locale) %.2f, heap and stack %.2f; less: %.2f, %.2f, %.2f\n",
	       med_of(c, rounds, FIELD(prog_kb)) / 1024, med_of(c, rounds, FIELD(libs_kb)) / 1024,
	       med_of(c, rounds, FIELD(anon_kb)) / 1024, med_of(l, rounds, FIELD(prog_kb)) / 1024,
	       med_of(l, rounds, FIELD(libs_kb)) / 1024, med_of(l, rounds, FIELD(anon_kb)) / 1024);
	row("written memory", med_of(c, rounds, FIELD(dirty_kb)) / 1024,
	    med_of(l, rounds, FIELD(dirty_kb)) / 1024, "MB", 0);
	row("CPU for the session", med_of(c, rounds, FIELD(cpu_ms)),
	    med_of(l, rounds, FIELD(cpu_ms)), "ms", 1.5);
	row("next page (] / :n)", med_of(c, rounds, FIELD(next_ms)),
	    med_of(l, rounds, FIELD(next_ms)), "ms", 0);
	print_profile(med_of(c, rounds, FIELD(first_ms)));
	printf("  a simulation (cascade only): opening it (s, Enter) %.2f ms, %.0f B;\n"
	       "    running it again with a new seed (n) %.2f ms, %.0f B\n", median(open_ms, rounds),
	       median(open_bytes, rounds), median(run_ms, rounds), median(run_bytes, rounds));
}

/* Median wall time of sh -c CMD over rounds runs, in ms. */
static double time_command(const char *cmd, int rounds)
{
	double t[MAX_ROUNDS];

	for (int i = 0; i < rounds; i++) {
		double t0 = now_ms();

		if (system(cmd) != 0)
			return -1;
		t[i] = now_ms() - t0;
	}
	return median(t, rounds);
}

/* The whole course as text: cascade's show against lowdown's terminal
 * output of the same Markdown. */
static void bench_course(const char *cascade, const char *content, const char *state,
                         int rounds)
{
	char cmd[8400], joined[256];
	double c, l;

	if (system("command -v lowdown >/dev/null 2>&1") != 0) {
		printf("whole course as text: lowdown is not installed; skipped\n");
		return;
	}
	snprintf(joined, sizeof joined, "%s/course.md", state);
	/* the lessons and the glossary, as show all prints them */
	snprintf(cmd, sizeof cmd, "cat '%s'/[0-9]*.md '%s'/glossary.md > '%s'", content, content,
	         joined);
	if (system(cmd) != 0)
		return;
	snprintf(cmd, sizeof cmd, "'%s' show all --width 80 > /dev/null", cascade);
	c = time_command(cmd, rounds);
	snprintf(cmd, sizeof cmd, "lowdown -tterm '%s' > /dev/null", joined);
	l = time_command(cmd, rounds);
	printf("whole course as text, medians of %d            cascade    lowdown\n", rounds);
	row("show all vs lowdown -tterm", c, l, "ms", 1.0);
	printf("  (cascade runs every page's simulation previews; lowdown reads the front\n"
	       "  matter and sim blocks as text)\n");
}

/* Writes page as `cascade show` prints it to a terminal (its styles as
 * SGR, which less -R shows as they are) to path: less then paints what
 * cascade paints, and the bytes of the two compare like for like. */
static int styled_page(const char *cascade, const char *page, int width, int rows,
                       const char *path, const char *state)
{
	char w[16], h[16], buf[65536];
	char *argv[] = { (char *)cascade, "show", (char *)page, "--width", w, "--height", h, NULL };
	struct session s;
	FILE *out;
	ssize_t n;
	int status;

	snprintf(w, sizeof w, "%d", width);
	snprintf(h, sizeof h, "%d", rows);
	if (spawn(&s, width, 24, argv, state) != 0)
		return -1;
	if (!(out = fopen(path, "w"))) {
		kill(s.pid, SIGTERM);
		waitpid(s.pid, &status, 0);
		close(s.fd);
		return -1;
	}
	/* the terminal's line discipline turned each \n into \r\n */
	while ((n = read(s.fd, buf, sizeof buf)) > 0)
		for (ssize_t i = 0; i < n; i++)
			if (buf[i] != '\r')
				putc(buf[i], out);
	fclose(out);
	close(s.fd);
	return waitpid(s.pid, &status, 0) == s.pid && WIFEXITED(status) &&
	       WEXITSTATUS(status) == 0 ? 0 : -1;
}

int main(int argc, char **argv)
{
	char state[] = "/tmp/cascade-pty-bench-XXXXXX", text[512], cmd[8400];
	int rounds = argc > 2 ? atoi(argv[2]) : 7;

	if (argc < 2) {
		fprintf(stderr, "usage: pty_bench CASCADE [ROUNDS]\n");
		return 0;
	}
	if (rounds < 1 || rounds > MAX_ROUNDS)
		rounds = 7;
	if (!mkdtemp(state)) {
		perror("pty_bench");
		return 0;
	}
	snprintf(profile_path, sizeof profile_path, "%s/profile.txt", state);
	/* A program just linked is still dirty in the page cache until it is
	 * written back, and smaps counts its mapped pages as written memory
	 * (Private_Dirty) then: write it back first. */
	sync();
	printf("pty_bench: cascade --page 6 --space-stays against less -R on `cascade show 6\n"
	       "--width W --height H` as it prints to a terminal (W: cascade's text width, H: the\n"
	       "terminal's rows, so both show the same page; styled, so both paint the same); per\n"
	       "session Space until the page's end, a page-up, a search and the next page; quiet\n"
	       "for %d ms ends a burst (latencies include no quiet time: they end at the last\n"
	       "byte)\n", QUIET_MS);
	for (int size = 0; size < 2; size++) {
		int cols = size ? 200 : 80, rows = size ? 60 : 24;
		/* less gets the page at the width cascade lays it out in, its
		 * previews as tall as cascade draws them on this many rows */
		int width = cols >= WIDE_SCREEN_COLS ? READING_MEASURE : cols;
		char next[512];

		snprintf(text, sizeof text, "%s/page6-%dx%d.txt", state, width, rows);
		snprintf(next, sizeof next, "%s/page7-%dx%d.txt", state, width, rows);
		if (styled_page(argv[1], "6", width, rows, text, state) != 0 ||
		    styled_page(argv[1], "7", width, rows, next, state) != 0) {
			fprintf(stderr, "pty_bench: could not run %s\n", argv[1]);
			return 0;
		}
		bench_size(argv[1], text, next, cols, rows, rounds, state);
	}
	if (argc > 3)
		bench_course(argv[1], argv[3], state, rounds);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", state);
	if (system(cmd) != 0)
		return 0;
	return 0;
}
