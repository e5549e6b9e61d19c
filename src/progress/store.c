/* store.c — the progress file on disk (see progress.h): the state
 * directory, the lock, reading with set-aside of bad files, and atomic
 * saves (temporary file, fsync, rename, fsync of the directory; the
 * checkpoints of a page turn without the fsyncs).
 *
 * The lock is an fcntl() write lock on a separate file, "progress.lock",
 * so that it survives the renames of the file itself; fcntl() locks also
 * work over NFS, where lab machines keep home directories. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "progress/state.h"

#define LOCK_TRIES 500          /* waits of LOCK_WAIT_NS for the lock, ... */
#define LOCK_WAIT_NS 10000000L  /* ... of 10 ms each: 5 s in all */

int progress_dir(char *out, size_t size, const char *xdg_state_home, const char *home)
{
	int n;

	/* The XDG spec: a relative XDG_STATE_HOME is invalid and ignored. */
	if (xdg_state_home && xdg_state_home[0] == '/')
		n = snprintf(out, size, "%s/cascade", xdg_state_home);
	else if (home && home[0] == '/')
		n = snprintf(out, size, "%s/.local/state/cascade", home);
	else
		return -1;
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

static void note(struct progress *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note(struct progress *p, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(p->message, sizeof p->message, fmt, ap);
	va_end(ap);
	p->message_new = true;
}

static int join(char out[PATH_MAX], const char *dir, const char *name)
{
	int n = snprintf(out, PATH_MAX, "%s/%s", dir, name);

	if (n < 0 || n >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	return 0;
}

/* What an errno from writing means for the student. */
static enum progress_status from_errno(int err)
{
	switch (err) {
	case EROFS: case EACCES: case EPERM:
		return PROGRESS_READ_ONLY;
	case ENOSPC: case EDQUOT:
		return PROGRESS_NO_SPACE;
	case ENOMEM:
		return PROGRESS_NO_MEMORY;
	case ENOTDIR: case ENOENT: case ENAMETOOLONG: case ELOOP:
		return PROGRESS_NO_DIR;
	default:
		return PROGRESS_IO;
	}
}

/* A save or reset that failed: said once per kind of failure, until one
 * succeeds again. */
static enum progress_status failed(struct progress *p, enum progress_status st, int err,
                                   const char *doing)
{
	if (st != p->failing && !p->dir[0])
		note(p, "cannot %s progress: there is no state directory (neither XDG_STATE_HOME nor "
		     "HOME is an absolute path); it is kept for this session only", doing);
	else if (st != p->failing)
		note(p, "cannot %s progress in %s: %s%s%s%s; it is kept for this session only", doing,
		     p->dir, progress_status_text(st), err ? " (" : "", err ? strerror(err) : "",
		     err ? ")" : "");
	p->failing = st;
	return st;
}

/* mkdir -p, new directories 0700 as the XDG spec asks. */
static int make_dirs(const char *dir)
{
	char path[PATH_MAX];
	size_t n = strlen(dir);

	if (n == 0 || n >= sizeof path) {
		errno = n ? ENAMETOOLONG : ENOENT;
		return -1;
	}
	memcpy(path, dir, n + 1);
	for (size_t i = 1; i <= n; i++) {
		if (path[i] != '/' && path[i] != '\0')
			continue;
		path[i] = '\0';
		if (mkdir(path, 0700) != 0 && errno != EEXIST)
			return -1;
		path[i] = i < n ? '/' : '\0';
	}
	return 0;
}

/* Takes the lock; *fd is -1 if the file system has no locks (then we go
 * on without: the rename still keeps the file whole). */
static enum progress_status lock_take(const struct progress *p, int *fd, int *err)
{
	char path[PATH_MAX];
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	struct timespec wait = { 0, LOCK_WAIT_NS };

	*fd = -1;
	if (join(path, p->dir, PROGRESS_LOCK) != 0 ||
	    (*fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOCTTY, 0600)) < 0) {
		*err = errno;
		return from_errno(errno);
	}
	for (int i = 0; fcntl(*fd, F_SETLK, &fl) != 0; i++) {
		if (errno == ENOLCK || errno == EOPNOTSUPP || errno == EINVAL) {
			close(*fd);
			*fd = -1;
			return PROGRESS_OK;
		}
		if (i == LOCK_TRIES) {
			close(*fd);
			*fd = -1;
			*err = 0;
			return PROGRESS_BUSY;
		}
		nanosleep(&wait, NULL);
	}
	return PROGRESS_OK;
}

static void lock_drop(int fd)
{
	if (fd >= 0)
		close(fd); /* releases the fcntl() lock */
}

/* Reads the file into *buf (malloc'd).  Returns 0 and *buf NULL if there
 * is none; 0 with the text; or -1 with why saying what is wrong with it
 * (not a regular file, too large, unreadable). */
static int read_file(const char *path, char **buf, size_t *len, char *why, size_t size)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	size_t got = 0;

	*buf = NULL;
	*len = 0;
	if (fd < 0) {
		if (errno == ENOENT || errno == ENOTDIR) /* no file (or no directory) yet */
			return 0;
		snprintf(why, size, "cannot read it (%s)", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) != 0) {
		snprintf(why, size, "cannot read it (%s)", strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode) || st.st_size > (off_t)PROGRESS_MAX_BYTES) {
		if (S_ISREG(st.st_mode))
			snprintf(why, size, "larger than %u bytes", PROGRESS_MAX_BYTES);
		else
			snprintf(why, size, "not a regular file");
		close(fd);
		return -1;
	}
	if (!(*buf = malloc((size_t)st.st_size + 1))) {
		snprintf(why, size, "out of memory");
		close(fd);
		return -2;
	}
	while (got <= (size_t)st.st_size) {
		ssize_t n = read(fd, *buf + got, (size_t)st.st_size + 1 - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			snprintf(why, size, "cannot read it (%s)", strerror(errno));
			free(*buf);
			*buf = NULL;
			close(fd);
			return -1;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	*len = got; /* a file that grew meanwhile is cut, and fails to parse */
	return 0;
}

/* Renames the bad file to "progress.bad-YYYYMMDD-HHMMSS[-N]"; its new
 * name goes to name.  Returns 0, or -1 with errno. */
static int set_aside(const struct progress *p, time_t now, char *name, size_t size)
{
	char from[PATH_MAX], to[PATH_MAX], stamp[32];
	struct tm tm;
	struct stat st;

	if (!localtime_r(&now, &tm) || !strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm))
		snprintf(stamp, sizeof stamp, "%lld", (long long)now);
	if (join(from, p->dir, PROGRESS_FILE) != 0)
		return -1;
	for (int i = 1; i < 1000; i++) {
		if (i == 1)
			snprintf(name, size, "%s.bad-%s", PROGRESS_FILE, stamp);
		else
			snprintf(name, size, "%s.bad-%s-%d", PROGRESS_FILE, stamp, i);
		if (join(to, p->dir, name) != 0)
			return -1;
		if (lstat(to, &st) == 0)
			continue;
		if (errno != ENOENT)
			return -1;
		return rename(from, to);
	}
	errno = EEXIST;
	return -1;
}

/* Reads the file on disk into disk.  A bad file is set aside (a message
 * says so) and disk left empty; unless only_read, when it is left where
 * it is, for a caller that holds no lock to read it again under one.
 * Returns PROGRESS_OK, PROGRESS_SET_ASIDE, or an error if a bad file could
 * not be moved (it must not then be overwritten) or memory ran out. */
static enum progress_status read_disk(struct progress *p, struct progress *disk, time_t now,
                                      bool only_read, int *err)
{
	char path[PATH_MAX], why[256], aside[64];
	char *text;
	size_t len;
	int rc;
	enum progress_status st;

	*err = 0;
	progress_clear(disk);
	if (join(path, p->dir, PROGRESS_FILE) != 0) {
		*err = errno;
		return PROGRESS_NO_DIR;
	}
	rc = read_file(path, &text, &len, why, sizeof why);
	if (rc == -2)
		return PROGRESS_NO_MEMORY;
	if (rc == 0 && !text)
		return PROGRESS_OK;
	st = rc == 0 ? progress_parse(disk, text, len, why, sizeof why) : PROGRESS_SET_ASIDE;
	free(text);
	if (st != PROGRESS_SET_ASIDE || only_read)
		return st;
	if (set_aside(p, now, aside, sizeof aside) != 0) {
		*err = errno;
		note(p, "%s: %s; it could not be set aside (%s), so progress is not saved",
		     path, why, strerror(errno));
		return from_errno(errno) == PROGRESS_NO_MEMORY ? PROGRESS_IO : from_errno(errno);
	}
	note(p, "%s: %s; set aside as %s, and progress starts afresh", path, why, aside);
	return PROGRESS_SET_ASIDE;
}

static int write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t n = write(fd, buf, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Makes a rename in the directory durable.  Some file systems cannot
 * sync a directory (EINVAL); the rename stands.  0, or -1 with errno. */
static int sync_dir(const struct progress *p)
{
	int dfd = open(p->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC), saved;

	if (dfd < 0)
		return 0;
	if (fsync(dfd) != 0 && errno != EINVAL) {
		saved = errno;
		close(dfd);
		errno = saved;
		return -1;
	}
	close(dfd);
	return 0;
}

/* Replaces the file with text, atomically, and durably when sync is set.
 * Returns 0, or -1 with errno. */
static int write_file(const struct progress *p, const char *text, size_t len, bool sync)
{
	char tmp[PATH_MAX], path[PATH_MAX];
	int fd, saved;

	if (join(path, p->dir, PROGRESS_FILE) != 0 || join(tmp, p->dir, PROGRESS_FILE ".XXXXXX") != 0)
		return -1;
	if ((fd = mkstemp(tmp)) < 0) /* mode 0600 */
		return -1;
	if (write_all(fd, text, len) != 0 || (sync && fsync(fd) != 0)) {
		saved = errno;
		close(fd);
		unlink(tmp);
		errno = saved;
		return -1;
	}
	if (close(fd) != 0 || rename(tmp, path) != 0) {
		saved = errno;
		unlink(tmp);
		errno = saved;
		return -1;
	}
	return sync ? sync_dir(p) : 0;
}

/* Makes disk's items p's model, all clean; disk is left empty. */
static void adopt(struct progress *p, struct progress *disk)
{
	progress_clear(p);
	p->pages = disk->pages, p->npages = disk->npages, p->cap_pages = disk->cap_pages;
	p->quizzes = disk->quizzes, p->nquizzes = disk->nquizzes, p->cap_quizzes = disk->cap_quizzes;
	p->sims = disk->sims, p->nsims = disk->nsims, p->cap_sims = disk->cap_sims;
	p->tried = disk->tried, p->ntried = disk->ntried, p->cap_tried = disk->cap_tried;
	memcpy(p->last_page, disk->last_page, sizeof p->last_page);
	p->last_at = disk->last_at;
	for (size_t i = 0; i < p->npages; i++)
		p->pages[i].dirty = false;
	for (size_t i = 0; i < p->nquizzes; i++)
		p->quizzes[i].first_dirty = p->quizzes[i].latest_dirty = false;
	for (size_t i = 0; i < p->nsims; i++)
		p->sims[i].unsaved = 0;
	for (size_t i = 0; i < p->ntried; i++)
		p->tried[i].dirty = false;
	memset(disk, 0, sizeof *disk);
}

/* Writes disk (durably when sync is set) and, on success, makes it p's
 * model (clean). */
static enum progress_status commit(struct progress *p, struct progress *disk, int *err,
                                   bool sync)
{
	size_t len;
	char *text = progress_format(disk, &len);
	int rc;

	*err = 0;
	if (!text)
		return PROGRESS_NO_MEMORY;
	rc = write_file(p, text, len, sync);
	*err = errno;
	free(text);
	if (rc != 0)
		return from_errno(*err);
	adopt(p, disk);
	p->unsynced = !sync;
	return PROGRESS_OK;
}

/* Makes the file a checkpoint wrote durable: syncs it and its directory.
 * Returns 0, or -1 with errno. */
static int sync_file(const struct progress *p)
{
	char path[PATH_MAX];
	int fd, saved;

	if (join(path, p->dir, PROGRESS_FILE) != 0)
		return -1;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) >= 0) {
		if (fsync(fd) != 0) {
			saved = errno;
			close(fd);
			errno = saved;
			return -1;
		}
		close(fd);
	}
	return sync_dir(p);
}

static enum progress_status save(struct progress *p, time_t now, bool sync)
{
	struct progress disk = { 0 };
	enum progress_status st, read_st = PROGRESS_OK;
	int fd = -1, err = 0;

	if (!p->dir[0])
		return failed(p, PROGRESS_NO_DIR, 0, "save");
	if (make_dirs(p->dir) != 0)
		return failed(p, from_errno(errno), errno, "save");
	if ((st = lock_take(p, &fd, &err)) != PROGRESS_OK)
		return failed(p, st, err, "save");
	st = read_st = read_disk(p, &disk, now, false, &err);
	if (st == PROGRESS_OK && !progress_changed(p)) {
		/* Nothing of p's to add: the file stands as it is (p takes in
		 * what other sessions saved), synced if a checkpoint left it
		 * unsynced and this save is to be durable. */
		adopt(p, &disk);
		if (sync && p->unsynced && sync_file(p) != 0)
			st = from_errno(err = errno);
		else if (sync)
			p->unsynced = false;
	} else if (st == PROGRESS_OK || st == PROGRESS_SET_ASIDE) {
		st = progress_merge(&disk, p);
		if (st == PROGRESS_OK)
			st = commit(p, &disk, &err, sync);
	}
	lock_drop(fd);
	progress_clear(&disk);
	if (st != PROGRESS_OK)
		return failed(p, st, err, "save");
	p->failing = PROGRESS_OK;
	return read_st;
}

enum progress_status progress_save(struct progress *p, time_t now)
{
	return save(p, now, true);
}

enum progress_status progress_checkpoint(struct progress *p, time_t now)
{
	return save(p, now, false);
}

enum progress_status progress_reset(struct progress *p, time_t now)
{
	struct progress empty = { 0 };
	enum progress_status st;
	int fd = -1, err = 0;

	(void)now;
	if (!p->dir[0])
		return failed(p, PROGRESS_NO_DIR, 0, "reset");
	if (make_dirs(p->dir) != 0)
		return failed(p, from_errno(errno), errno, "reset");
	if ((st = lock_take(p, &fd, &err)) != PROGRESS_OK)
		return failed(p, st, err, "reset");
	st = commit(p, &empty, &err, true);
	lock_drop(fd);
	if (st != PROGRESS_OK)
		return failed(p, st, err, "reset");
	p->failing = PROGRESS_OK;
	return PROGRESS_OK;
}

enum progress_status progress_load(struct progress *p, time_t now)
{
	struct progress disk = { 0 };
	enum progress_status st;
	int fd = -1, err = 0;

	if (!p->dir[0]) {
		progress_clear(p);
		return PROGRESS_OK;
	}
	/* A file that reads well needs no lock: saves replace it by a rename,
	 * so a reader finds the old file or the new one, whole.  Taking the
	 * lock at every start (over NFS, a round trip to the lock manager) is
	 * left to a bad file, set aside under it.  No lock where the directory
	 * is missing or read-only: read anyway. */
	st = read_disk(p, &disk, now, true, &err);
	if (st == PROGRESS_SET_ASIDE) {
		lock_take(p, &fd, &err);
		st = read_disk(p, &disk, now, false, &err);
		lock_drop(fd);
	}
	progress_clear(p);
	if (st == PROGRESS_OK) {
		adopt(p, &disk);
		return PROGRESS_OK;
	}
	progress_clear(&disk);
	/* A bad file that could not be moved is still reported as set aside:
	 * the session starts afresh either way, and saves will say why not. */
	return st == PROGRESS_NO_MEMORY ? st : PROGRESS_SET_ASIDE;
}
