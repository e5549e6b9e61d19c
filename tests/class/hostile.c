/* hostile.c — a peer that breaks the class protocol on purpose, for the
 * tests.  Frames are made by hand here, not with the library's encoders,
 * so that they can be wrong.
 *
 *   hostile peer PATH MODE [MS]   connects to a leader's socket, misbehaves,
 *       and reports "MODE: dropped after N ms" (exit 0) or "MODE: not
 *       dropped" (exit 1).  MODE: random oversized hugehello truncated
 *       twohellos latehello state silent badversion garbled notesrole empty
 *       flood (MS connections that say nothing), slow (a good hello, then
 *       reads nothing for MS ms; reports "slow: connected, N bytes waiting").
 *   hostile leader PATH MODE      listens on PATH as a fake leader, takes one
 *       follower's hello and sends it something bad; reports "peer closed"
 *       (exit 0) or "peer still open" (exit 1).  MODE: random oversized
 *       truncated badversion notes backwards hello garbled. */
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define HELLO "cascade-class 1.0\nmsg hello\nrole follower\nuser mallory\n"
#define STATE(seq) "cascade-class 1.0\nmsg state\nseq " seq "\npage in-the-blood\nscroll 0\n"

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void put_len(unsigned char *b, uint32_t n)
{
	b[0] = (unsigned char)(n >> 24), b[1] = (unsigned char)(n >> 16);
	b[2] = (unsigned char)(n >> 8), b[3] = (unsigned char)n;
}

/* Sends a frame of text (its true length); ignores errors: the other
 * side may already have hung up, which is the point. */
static void frame(int fd, const char *text)
{
	unsigned char buf[8192];
	size_t n = strlen(text);

	put_len(buf, (uint32_t)n);
	memcpy(buf + 4, text, n);
	send(fd, buf, n + 4, MSG_NOSIGNAL);
}

static void raw(int fd, const void *b, size_t n)
{
	send(fd, b, n, MSG_NOSIGNAL);
}

static void random_bytes(int fd, uint64_t seed)
{
	unsigned char buf[4096];

	for (int k = 0; k < 16; k++) {
		for (size_t i = 0; i < sizeof buf; i++) { /* xorshift64 */
			seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
			buf[i] = (unsigned char)seed;
		}
		if (send(fd, buf, sizeof buf, MSG_NOSIGNAL | MSG_DONTWAIT) < 0)
			break;
	}
}

static int unix_fd(const char *path, struct sockaddr_un *sun)
{
	memset(sun, 0, sizeof *sun);
	sun->sun_family = AF_UNIX;
	snprintf(sun->sun_path, sizeof sun->sun_path, "%s", path);
	return socket(AF_UNIX, SOCK_STREAM, 0);
}

static int dial(const char *path)
{
	struct sockaddr_un sun;
	int fd = unix_fd(path, &sun);

	if (fd < 0 || connect(fd, (struct sockaddr *)&sun, sizeof sun) != 0) {
		perror("hostile: connect");
		exit(2);
	}
	return fd;
}

/* Reads and discards until end of stream; ms waited, or -1 on timeout. */
static long until_closed(int fd, int timeout_ms)
{
	uint64_t start = now_ms();
	char buf[4096];

	while (now_ms() - start < (uint64_t)timeout_ms) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		ssize_t n;

		if (poll(&p, 1, 100) <= 0)
			continue;
		n = recv(fd, buf, sizeof buf, 0);
		if (n <= 0)
			return (long)(now_ms() - start);
	}
	return -1;
}

static void misbehave(int fd, const char *mode)
{
	unsigned char b[8];

	if (strcmp(mode, "random") == 0) {
		random_bytes(fd, 0x9e3779b97f4a7c15u);
	} else if (strcmp(mode, "oversized") == 0) {
		put_len(b, 0x7fffffff);
		raw(fd, b, 4);
		raw(fd, "cascade-class 1.0\n", 18);
	} else if (strcmp(mode, "hugehello") == 0) {
		char text[301];

		memset(text, 'x', 300);
		memcpy(text, HELLO, strlen(HELLO));
		text[300] = '\0';
		frame(fd, text);
	} else if (strcmp(mode, "truncated") == 0) {
		put_len(b, 100);
		raw(fd, b, 4);
		raw(fd, HELLO, 40);
	} else if (strcmp(mode, "twohellos") == 0) {
		/* Both in one send, so that the leader reads them together.
		 * Sent apart, a busy machine can let the leader take the first
		 * as a good hello before the second comes, and that is
		 * "latehello" (logged as data after the hello), not this. */
		unsigned char two[2 * (4 + sizeof HELLO - 1)];
		size_t n = sizeof HELLO - 1;

		put_len(two, (uint32_t)n);
		memcpy(two + 4, HELLO, n);
		put_len(two + 4 + n, (uint32_t)n);
		memcpy(two + 8 + n, HELLO, n);
		raw(fd, two, sizeof two);
	} else if (strcmp(mode, "latehello") == 0) {
		frame(fd, HELLO);
		usleep(200000);
		frame(fd, HELLO);
	} else if (strcmp(mode, "state") == 0) {
		frame(fd, STATE("1"));
	} else if (strcmp(mode, "badversion") == 0) {
		frame(fd, "cascade-class 2.0\nmsg hello\nrole follower\nuser mallory\n");
	} else if (strcmp(mode, "garbled") == 0) {
		frame(fd, "cascade-class 1.0\nmsg hello\nrole follower\nuser \x1b[2Jmallory\n");
	} else if (strcmp(mode, "notesrole") == 0) {
		frame(fd, "cascade-class 1.0\nmsg hello\nrole notes\nuser mallory\n");
	} else if (strcmp(mode, "empty") == 0) {
		put_len(b, 0);
		raw(fd, b, 4);
	} else if (strcmp(mode, "silent") != 0) {
		fprintf(stderr, "hostile: unknown mode '%s'\n", mode);
		exit(2);
	}
}

static int slow(const char *path, int ms)
{
	int fd = dial(path), small = 4096, waiting = 0;
	char buf[65536];
	ssize_t n;

	setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
	frame(fd, HELLO);
	usleep((useconds_t)ms * 1000);
	while ((n = recv(fd, buf, sizeof buf, MSG_DONTWAIT)) > 0)
		waiting += (int)n;
	if (n == 0) {
		printf("slow: dropped\n");
		return 1;
	}
	printf("slow: connected, %d bytes waiting\n", waiting);
	return 0;
}

static int flood(const char *path, int count)
{
	int *fds = calloc((size_t)count, sizeof *fds), closed = 0;

	for (int i = 0; i < count; i++)
		fds[i] = dial(path);
	for (int i = 0; i < count; i++)
		closed += until_closed(fds[i], 5000) >= 0;
	printf("flood: %d of %d dropped\n", closed, count);
	free(fds);
	return closed == count ? 0 : 1;
}

static int peer(const char *path, const char *mode, int arg)
{
	long ms;
	int fd;

	if (strcmp(mode, "slow") == 0)
		return slow(path, arg);
	if (strcmp(mode, "flood") == 0)
		return flood(path, arg);
	fd = dial(path);
	misbehave(fd, mode);
	ms = until_closed(fd, 5000);
	if (ms < 0) {
		printf("%s: not dropped\n", mode);
		return 1;
	}
	printf("%s: dropped after %ld ms\n", mode, ms);
	return 0;
}

static void lie(int fd, const char *mode)
{
	unsigned char b[16];

	if (strcmp(mode, "random") == 0) {
		random_bytes(fd, 42);
	} else if (strcmp(mode, "oversized") == 0) {
		put_len(b, 1u << 20);
		raw(fd, b, 4);
	} else if (strcmp(mode, "truncated") == 0) {
		put_len(b, 100);
		raw(fd, b, 4);
		raw(fd, STATE("1"), 10);
		shutdown(fd, SHUT_WR);
	} else if (strcmp(mode, "badversion") == 0) {
		frame(fd, "cascade-class 2.0\nmsg state\nseq 1\npage a\nscroll 0\n");
	} else if (strcmp(mode, "notes") == 0) {
		frame(fd, "cascade-class 1.0\nmsg notes\n\nsecret answers\n");
	} else if (strcmp(mode, "backwards") == 0) {
		frame(fd, STATE("5"));
		frame(fd, STATE("3"));
	} else if (strcmp(mode, "hello") == 0) {
		frame(fd, HELLO);
	} else if (strcmp(mode, "garbled") == 0) {
		frame(fd, "cascade-class 1.0\nmsg state\nseq 1\npage a\nscroll 2000000\n");
	} else {
		fprintf(stderr, "hostile: unknown mode '%s'\n", mode);
		exit(2);
	}
}

static int fake_leader(const char *path, const char *mode)
{
	struct sockaddr_un sun;
	int lfd = unix_fd(path, &sun), fd;
	char buf[512];

	unlink(path);
	if (lfd < 0 || bind(lfd, (struct sockaddr *)&sun, sizeof sun) != 0 || listen(lfd, 4) != 0) {
		perror("hostile: listen");
		return 2;
	}
	printf("listening\n");
	fflush(stdout);
	if ((fd = accept(lfd, NULL, NULL)) < 0) {
		perror("hostile: accept");
		return 2;
	}
	recv(fd, buf, sizeof buf, 0); /* its hello */
	lie(fd, mode);
	if (until_closed(fd, 3000) < 0) {
		printf("peer still open\n");
		return 1;
	}
	printf("peer closed\n");
	unlink(path);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 4 && strcmp(argv[1], "peer") == 0)
		return peer(argv[2], argv[3], argc > 4 ? atoi(argv[4]) : 0);
	if (argc == 4 && strcmp(argv[1], "leader") == 0)
		return fake_leader(argv[2], argv[3]);
	fprintf(stderr, "usage: hostile peer PATH MODE [N] | hostile leader PATH MODE\n");
	return 2;
}
