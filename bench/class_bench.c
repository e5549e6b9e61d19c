/* class_bench.c — how far a follower's screen lags its leader: the time
 * from class_leader_publish() to each follower having decoded that state.
 *
 * Owns: `make bench`'s class figures.  The leader runs a poll() loop in
 * this process, as the pager does; each follower is a process of its own,
 * as each student's cascade is, polling its socket.  The publish time
 * travels in the state (as its simulation seed), so a follower measures
 * its own lag on the shared CLOCK_MONOTONIC.  Reports the median, 99th
 * percentile and worst lag in ms for 1, 20 and 200 followers (or the
 * counts given), against the target of 100 ms: first while the leader
 * only moves, then during a clicker round, in which the first state puts
 * a question to the vote and every follower answers it once at a random
 * moment within the next second while the states go on.
 *
 * Usage: class_bench [-k STATES] [-i INTERVAL_MS] [FOLLOWERS...] */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "class/class.h"

#define MAX_STATES 1000  /* one follower's results fit one pipe write */
#define TARGET_MS 100.0
#define ANSWER_WITHIN_MS 1000 /* a clicker round: everyone answers within this */
#define VOTE_OPTIONS 4

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* A follower: joins, records the lag of each state in microseconds, and
 * writes them to out in one write when the leader leaves.  In a clicker
 * round it answers the vote once, at a random moment within
 * ANSWER_WITHIN_MS of seeing it. */
static void follower(const char *dir, int out, bool vote)
{
	struct class_follower_opts o = { .name = "bench", .dir = dir };
	struct class_follower *f;
	struct class_update u;
	struct class_err err;
	uint32_t lag[MAX_STATES];
	unsigned seed = (unsigned)getpid();
	uint64_t answer_at = 0; /* ns; 0: no vote seen yet */
	uint32_t round = 0;
	bool answered = false;
	size_t n = 0;

	if (class_follower_open(&f, &o, &err) != CLASS_OK) {
		fprintf(stderr, "class_bench: %s\n", err.msg);
		_exit(1);
	}
	for (;;) {
		struct pollfd p = { .fd = class_follower_fd(f), .events = POLLIN };
		int timeout = -1;
		enum class_status st;
		uint64_t now = now_ns();

		if (answer_at && !answered)
			timeout = answer_at > now ? (int)((answer_at - now) / 1000000u) + 1 : 0;
		if (poll(&p, 1, timeout) < 0 && errno != EINTR)
			break;
		st = class_follower_service(f, &u, &err);
		now = now_ns();
		if (u.state_changed && n < MAX_STATES)
			lag[n++] = (uint32_t)((now - u.state.sim.seed) / 1000);
		if (vote && u.state_changed && u.state.has_vote && !answer_at) {
			round = u.state.vote.round;
			answer_at = now + (uint64_t)(rand_r(&seed) % ANSWER_WITHIN_MS) * 1000000u;
		}
		if (answer_at && !answered && now >= answer_at) {
			class_follower_answer(f, round, (uint32_t)rand_r(&seed) % VOTE_OPTIONS, &err);
			answered = true;
		}
		if (st != CLASS_OK)
			break;
	}
	if (write(out, lag, n * sizeof *lag) < 0)
		_exit(1);
	_exit(0);
}

/* Runs the leader's loop for ms milliseconds. */
static void serve(struct class_leader *l, int ms)
{
	uint64_t end = now_ns() + (uint64_t)ms * 1000000u;
	static struct pollfd fds[2048];

	for (uint64_t t = now_ns(); t < end; t = now_ns()) {
		size_t n = class_leader_pollfds(l, fds, 2048);

		poll(fds, n > 2048 ? 2048 : n, (int)((end - t) / 1000000u) + 1);
		class_leader_service(l, fds, n > 2048 ? 2048 : n, class_clock_ms());
	}
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* Reads every follower's lags until all have closed the pipe. */
static size_t collect(int in, uint32_t *lag, size_t cap)
{
	size_t n = 0;
	ssize_t r;

	while ((r = read(in, (char *)lag + n * sizeof *lag, (cap - n) * sizeof *lag)) > 0)
		n += (size_t)r / sizeof *lag;
	return n;
}

/* Publishes states to nf followers (the first putting a question to the
 * vote, when vote); prints one row.  0, or -1. */
static int run(const char *dir, int nf, int k, int interval_ms, bool vote)
{
	struct class_tally t = { 0 };
	struct class_leader_opts o = { .name = "bench", .dir = dir, .group = "" };
	struct class_leader *l;
	struct class_state s;
	struct class_err err;
	uint32_t *lag = malloc((size_t)nf * (size_t)k * sizeof *lag);
	int pipefd[2];
	size_t n;

	if (!lag || pipe(pipefd) != 0 || class_leader_open(&l, &o, &err) != CLASS_OK) {
		fprintf(stderr, "class_bench: %s\n", lag ? err.msg : "out of memory");
		return -1;
	}
	for (int i = 0; i < nf; i++)
		if (fork() == 0) {
			close(pipefd[0]);
			follower(dir, pipefd[1], vote);
		}
	close(pipefd[1]);
	for (int waited = 0; class_leader_followers(l) < (size_t)nf && waited < 30000; waited += 10)
		serve(l, 10);
	class_state_init(&s);
	strcpy(s.page, "in-the-blood");
	s.has_sim = true;
	strcpy(s.sim.model, "circulation");
	if (vote) {
		s.has_quiz = s.has_vote = true;
		s.quiz = 1;
		s.vote = (struct class_vote){ .round = 1, .options = VOTE_OPTIONS, .open = true };
	}
	for (int i = 1; i <= k; i++) {
		s.scroll = (uint32_t)i;
		s.sim.seed = now_ns(); /* the publish time, for the followers */
		class_leader_publish(l, &s, &err);
		serve(l, interval_ms);
	}
	serve(l, 200);
	class_leader_tally(l, &t);
	class_leader_close(l);
	n = collect(pipefd[0], lag, (size_t)nf * (size_t)k);
	close(pipefd[0]);
	while (wait(NULL) > 0)
		;
	qsort(lag, n, sizeof *lag, cmp_u32);
	if (n == 0) {
		printf("%9d %8s  nothing received\n", nf, "0");
	} else {
		double med = lag[n / 2] / 1000.0, p99 = lag[(n * 99) / 100] / 1000.0;

		char answers[32] = "";

		if (vote)
			snprintf(answers, sizeof answers, "%u/%d", (unsigned)t.answered, nf);
		printf("%9d %6zu/%-6zu %9.3f %9.3f %9.3f %9s  %s\n", nf, n, (size_t)nf * (size_t)k,
		       med, p99, lag[n - 1] / 1000.0, answers, p99 < TARGET_MS ? "ok" : "OVER TARGET");
	}
	free(lag);
	return 0;
}

int main(int argc, char **argv)
{
	int k = 100, interval = 10, opt, counts[16] = { 1, 20, 200 }, ncounts = 3;
	char dir[] = "/tmp/class-bench.XXXXXX";

	while ((opt = getopt(argc, argv, "k:i:")) != -1) {
		if (opt == 'k')
			k = atoi(optarg);
		else if (opt == 'i')
			interval = atoi(optarg);
		else
			return 2;
	}
	if (k < 1 || k > MAX_STATES || interval < 0) {
		fprintf(stderr, "class_bench: -k takes 1 to %d states, -i a positive interval\n",
		        MAX_STATES);
		return 2;
	}
	if (optind < argc)
		for (ncounts = 0; optind < argc && ncounts < 16; ncounts++)
			counts[ncounts] = atoi(argv[optind++]);
	if (!mkdtemp(dir)) {
		perror("class_bench: mkdtemp");
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);
	printf("class_bench: %d states, one every %d ms; each follower a process; lag from "
	       "publish to decoded\n", k, interval);
	for (int vote = 0; vote < 2; vote++) {
		if (vote)
			printf("during a clicker round (every follower answers once within %d ms):\n",
			       ANSWER_WITHIN_MS);
		printf("%9s %13s %9s %9s %9s %9s\n", "followers", "received", "median ms", "p99 ms",
		       "max ms", vote ? "answers" : "");
		for (int i = 0; i < ncounts; i++)
			if (counts[i] > 0 && run(dir, counts[i], k, interval, vote) != 0)
				break;
	}
	rmdir(dir);
	printf("target: a follower lags its leader by under %.0f ms\n", TARGET_MS);
	return 0;
}
