/* impl.h — the class layer's internals shared between its files: error
 * messages, the socket directory and socket files (sockdir.c), and peer
 * credentials (peer.c).  Not for use outside src/class. */
#ifndef CASCADE_CLASS_IMPL_H
#define CASCADE_CLASS_IMPL_H

#include <sys/types.h>

#include "class/class.h"

/* Formats e->msg. */
void class_errf(struct class_err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* "DIR/NAME" + suffix into buf[size] (at most the 108 bytes a socket
 * address holds); CLASS_ERR if name is not a valid class name or the path
 * is too long. */
enum class_status class_sock_path(char *buf, size_t size, const char *dir, const char *name,
                                  const char *suffix, struct class_err *err);

/* Checks the directory sockets live in: not a symlink, a directory, owned
 * by root, the caller or trusted (pass (uid_t)-1 for none), and sticky if
 * others may write to it.  With create, makes it first if it is missing:
 * CLASS_DEFAULT_DIR with mode 01777, any other with 0755. */
enum class_status class_dir_ready(const char *dir, bool create, uid_t trusted,
                                  struct class_err *err);

/* How a listening socket's file is made. */
struct class_listen {
	const char *path;
	bool has_group;   /* give the file to gid, mode 0660; else mode 0600 */
	gid_t gid;
	dev_t dev;        /* out: the file made, to remove only that one */
	ino_t ino;
};
/* Replaces a stale socket at path (refusing a live one or a non-socket),
 * binds, sets group and mode, listens.  A non-blocking descriptor, or -1. */
int class_sock_listen(struct class_listen *ls, struct class_err *err);
/* Removes the file at path if it is still the one made (same dev, ino). */
void class_sock_unlink(const char *path, dev_t dev, ino_t ino);
/* Connects to path, naming class and dir in the messages; gives up after
 * a few seconds if the leader does not accept.  A blocking descriptor
 * (sends time out the same way) with close-on-exec; CLASS_SOCK_ABSENT
 * when no session serves it (no socket, or one left by a session that
 * ended); else -1. */
#define CLASS_SOCK_ABSENT (-2)
int class_sock_connect(const char *path, const char *class_name, const char *dir,
                       struct class_err *err);
/* O_NONBLOCK and FD_CLOEXEC; 0 or -1. */
int class_fd_nonblock(int fd);

/* The peer's effective uid, gid and pid at connect time; 0 or -1. */
int class_peer_cred(int fd, uid_t *uid, gid_t *gid, pid_t *pid);
/* Whether the peer's process has gid among its groups (SO_PEERGROUPS);
 * where the kernel cannot say, whether uid's user is listed in members
 * (NULL-terminated, may be NULL).  The primary gid is not looked at. */
bool class_peer_in_group(int fd, gid_t gid, uid_t uid, char *const *members);
/* The user name of uid into buf[size], or "uid N". */
void class_user_name(uid_t uid, char *buf, size_t size);

#endif
