/* peer.c — who is at the other end of a class socket: the kernel's
 * record of the peer's uid, gid and pid (SO_PEERCRED) and of its groups
 * (SO_PEERGROUPS, Linux 4.13 and later), taken when it connected.  This
 * is the only file that needs the GNU socket extensions. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "class/impl.h"

int class_peer_cred(int fd, uid_t *uid, gid_t *gid, pid_t *pid)
{
	struct ucred uc;
	socklen_t len = sizeof uc;

	if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &uc, &len) != 0 || len != sizeof uc)
		return -1;
	*uid = uc.uid;
	*gid = uc.gid;
	*pid = uc.pid;
	return 0;
}

/* 1 if listed, 0 if not, -1 if the kernel cannot tell. */
static int kernel_groups(int fd, gid_t gid)
{
#ifdef SO_PEERGROUPS
	gid_t small[64], *g = small;
	socklen_t len = sizeof small;
	int found = 0;

	if (getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, g, &len) != 0) {
		if (errno != ERANGE || !(g = malloc(len)))
			return -1;
		if (getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, g, &len) != 0) {
			free(g);
			return -1;
		}
	}
	for (size_t i = 0; i < len / sizeof *g; i++)
		if (g[i] == gid)
			found = 1;
	if (g != small)
		free(g);
	return found;
#else
	(void)fd;
	(void)gid;
	return -1;
#endif
}

bool class_peer_in_group(int fd, gid_t gid, uid_t uid, char *const *members)
{
	int k = kernel_groups(fd, gid);
	struct passwd *pw;

	if (k >= 0)
		return k == 1;
	if (!members || !(pw = getpwuid(uid)) || !pw->pw_name)
		return false;
	for (size_t i = 0; members[i]; i++)
		if (strcmp(members[i], pw->pw_name) == 0)
			return true;
	return false;
}
