/* sockdir.c — the directory the class sockets live in, and the socket
 * files: checking the directory before trusting it, replacing a stale
 * socket but never a live one, giving the file its group and mode, and
 * connecting with messages that say what to do. */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#include "class/impl.h"

#define CONNECT_WAIT_S 5 /* seconds a follower waits for a busy leader */

void class_errf(struct class_err *e, const char *fmt, ...)
{
	va_list ap;

	if (!e)
		return;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
}

enum class_status class_sock_path(char *buf, size_t size, const char *dir, const char *name,
                                  const char *suffix, struct class_err *err)
{
	struct sockaddr_un sun;
	int n;

	if (!class_valid_name(name)) {
		class_errf(err, "'%s' is not a class name: use 1 to %d of a-z, 0-9, '-' and '_', "
		           "starting with a letter or digit", name ? name : "", CLASS_NAME_MAX);
		return CLASS_ERR;
	}
	n = snprintf(buf, size, "%s/%s%s", dir, name, suffix);
	if (n < 0 || (size_t)n >= size || (size_t)n >= sizeof sun.sun_path) {
		class_errf(err, "the socket path %s/%s%s is too long (at most %zu bytes): "
		           "choose a shorter directory", dir, name, suffix, sizeof sun.sun_path - 1);
		return CLASS_ERR;
	}
	return CLASS_OK;
}

void class_user_name(uid_t uid, char *buf, size_t size)
{
	struct passwd *pw = getpwuid(uid);

	if (pw && pw->pw_name)
		snprintf(buf, size, "%s", pw->pw_name);
	else
		snprintf(buf, size, "uid %lu", (unsigned long)uid);
}

static void group_name(gid_t gid, char *buf, size_t size)
{
	struct group *gr = getgrgid(gid);

	if (gr && gr->gr_name)
		snprintf(buf, size, "%s", gr->gr_name);
	else
		snprintf(buf, size, "%lu", (unsigned long)gid);
}

static enum class_status make_dir(const char *dir, struct class_err *err)
{
	mode_t mode = strcmp(dir, CLASS_DEFAULT_DIR) == 0 ? 01777 : 0755;

	if (mkdir(dir, 0700) != 0) {
		if (errno == EEXIST)
			return CLASS_OK; /* someone was quicker: check theirs */
		class_errf(err, "cannot make the class directory %s: %s", dir, strerror(errno));
		return CLASS_ERR;
	}
	if (chmod(dir, mode) != 0) {
		class_errf(err, "cannot set the mode of %s: %s", dir, strerror(errno));
		return CLASS_ERR;
	}
	return CLASS_OK;
}

enum class_status class_dir_ready(const char *dir, bool create, uid_t trusted,
                                  struct class_err *err)
{
	struct stat st;
	char who[64];

	if (lstat(dir, &st) != 0 && errno == ENOENT && create) {
		if (make_dir(dir, err) != CLASS_OK)
			return CLASS_ERR;
	}
	if (lstat(dir, &st) != 0) {
		class_errf(err, "cannot use the class directory %s: %s", dir, strerror(errno));
		return CLASS_ERR;
	}
	if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode)) {
		class_errf(err, "%s is %s, not a directory: refusing it (choose another with --dir)",
		           dir, S_ISLNK(st.st_mode) ? "a symbolic link" : "a file");
		return CLASS_ERR;
	}
	if (st.st_uid != 0 && st.st_uid != geteuid() && st.st_uid != trusted) {
		class_user_name(st.st_uid, who, sizeof who);
		class_errf(err, "%s belongs to %s, neither root nor you: refusing it "
		           "(have it removed, or choose another directory with --dir)", dir, who);
		return CLASS_ERR;
	}
	if ((st.st_mode & (S_IWGRP | S_IWOTH)) && !(st.st_mode & S_ISVTX)) {
		class_errf(err, "%s is writable by others but not sticky (chmod +t): refusing it",
		           dir);
		return CLASS_ERR;
	}
	return CLASS_OK;
}

int class_fd_nonblock(int fd)
{
	int fl = fcntl(fd, F_GETFL);

	if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) != 0 ||
	    fcntl(fd, F_SETFD, FD_CLOEXEC) != 0)
		return -1;
	return 0;
}

static int unix_socket(const char *path, struct sockaddr_un *sun)
{
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	memset(sun, 0, sizeof *sun);
	sun->sun_family = AF_UNIX;
	snprintf(sun->sun_path, sizeof sun->sun_path, "%s", path);
	if (fd >= 0)
		fcntl(fd, F_SETFD, FD_CLOEXEC);
	return fd;
}

/* Removes a socket nobody listens on; refuses a live one or a non-socket. */
static enum class_status clear_stale(const char *path, struct class_err *err)
{
	struct sockaddr_un sun;
	struct stat st;
	int fd, rc, e;

	if (lstat(path, &st) != 0)
		return errno == ENOENT ? CLASS_OK : (class_errf(err, "cannot use %s: %s", path,
		                                                strerror(errno)), CLASS_ERR);
	if (!S_ISSOCK(st.st_mode)) {
		class_errf(err, "%s exists and is not a socket: refusing to replace it", path);
		return CLASS_ERR;
	}
	if ((fd = unix_socket(path, &sun)) < 0) {
		class_errf(err, "cannot make a socket: %s", strerror(errno));
		return CLASS_ERR;
	}
	rc = connect(fd, (struct sockaddr *)&sun, sizeof sun);
	e = errno;
	close(fd);
	if (rc == 0) {
		class_errf(err, "class already running: %s is in use", path);
		return CLASS_ERR;
	}
	if (e != ECONNREFUSED) {
		class_errf(err, "%s exists and cannot be checked (%s): remove it if no class "
		           "is running", path, strerror(e));
		return CLASS_ERR;
	}
	if (unlink(path) != 0 && errno != ENOENT) {
		class_errf(err, "cannot remove the stale socket %s: %s", path, strerror(errno));
		return CLASS_ERR;
	}
	return CLASS_OK;
}

/* The file's group and mode, after bind. */
static enum class_status set_owner(struct class_listen *ls, struct class_err *err)
{
	struct stat st;
	char g[64];

	if (lstat(ls->path, &st) != 0 || !S_ISSOCK(st.st_mode)) {
		class_errf(err, "%s vanished after it was made", ls->path);
		return CLASS_ERR;
	}
	ls->dev = st.st_dev;
	ls->ino = st.st_ino;
	if (ls->has_group && chown(ls->path, (uid_t)-1, ls->gid) != 0) {
		group_name(ls->gid, g, sizeof g);
		class_errf(err, "cannot give %s to group %s (%s): you must be a member of it",
		           ls->path, g, strerror(errno));
		return CLASS_ERR;
	}
	if (chmod(ls->path, ls->has_group ? 0660 : 0600) != 0) {
		class_errf(err, "cannot set the mode of %s: %s", ls->path, strerror(errno));
		return CLASS_ERR;
	}
	return CLASS_OK;
}

int class_sock_listen(struct class_listen *ls, struct class_err *err)
{
	struct sockaddr_un sun;
	mode_t old;
	int fd, rc;

	if (clear_stale(ls->path, err) != CLASS_OK)
		return -1;
	if ((fd = unix_socket(ls->path, &sun)) < 0) {
		class_errf(err, "cannot make a socket: %s", strerror(errno));
		return -1;
	}
	old = umask(0177); /* born 0600; opened up by set_owner() */
	rc = bind(fd, (struct sockaddr *)&sun, sizeof sun);
	umask(old);
	if (rc != 0) {
		class_errf(err, "cannot make the socket %s: %s", ls->path, strerror(errno));
		close(fd);
		return -1;
	}
	if (set_owner(ls, err) != CLASS_OK)
		goto fail;
	if (listen(fd, SOMAXCONN) != 0 || class_fd_nonblock(fd) != 0) {
		class_errf(err, "cannot listen on %s: %s", ls->path, strerror(errno));
		goto fail;
	}
	return fd;
fail:
	unlink(ls->path);
	close(fd);
	return -1;
}

void class_sock_unlink(const char *path, dev_t dev, ino_t ino)
{
	struct stat st;

	if (lstat(path, &st) == 0 && st.st_dev == dev && st.st_ino == ino)
		unlink(path);
}

/* Why connecting was refused, from the socket file's group and mode. */
static void refused(const char *path, const char *class_name, struct class_err *err)
{
	struct stat st;
	char g[64];

	if (stat(path, &st) != 0) {
		class_errf(err, "not allowed to join class '%s' (%s)", class_name, path);
		return;
	}
	group_name(st.st_gid, g, sizeof g);
	if ((st.st_mode & 0777) == 0600)
		class_errf(err, "not allowed to join class '%s': only its instructor may "
		           "(%s has mode 0600)", class_name, path);
	else
		class_errf(err, "not allowed to join class '%s': it admits group %s, and you are "
		           "not in it (%s)", class_name, g, path);
}

int class_sock_connect(const char *path, const char *class_name, const char *dir,
                       struct class_err *err)
{
	struct timeval wait = { .tv_sec = CONNECT_WAIT_S };
	struct sockaddr_un sun;
	int fd = unix_socket(path, &sun);

	if (fd < 0) {
		class_errf(err, "cannot make a socket: %s", strerror(errno));
		return -1;
	}
	/* A stuck leader with a full backlog must not hang us: connect and
	 * the hello give up after CONNECT_WAIT_S. */
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &wait, sizeof wait);
	if (connect(fd, (struct sockaddr *)&sun, sizeof sun) == 0)
		return fd;
	if (errno == ENOENT || errno == ECONNREFUSED) {
		class_errf(err, errno == ENOENT
		           ? "no class '%s' in %s (is the instructor's session running?)"
		           : "class '%s' in %s is not running (its socket is left over from "
		             "a session that ended)", class_name, dir);
		close(fd);
		return CLASS_SOCK_ABSENT;
	} else if (errno == EACCES || errno == EPERM)
		refused(path, class_name, err);
	else if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINPROGRESS)
		class_errf(err, "class '%s' in %s does not answer (its leader is busy or stuck)",
		           class_name, dir);
	else
		class_errf(err, "cannot connect to %s: %s", path, strerror(errno));
	close(fd);
	return -1;
}
