/* leader.c — an instructor's class session: opening its two sockets
 * (DIR/NAME.sock for followers, DIR/NAME.notes.sock for the instructor's
 * own notes clients), publishing states and notes, counting peers and
 * closing.  The per-peer work is in leader_peer.c. */
#include <errno.h>
#include <grp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "class/leader_impl.h"

void leader_log(struct class_leader *l, const char *fmt, ...)
{
	char line[400];
	va_list ap;

	if (!l->log)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	l->log(l->log_ctx, line);
}

static void free_members(char **m)
{
	for (size_t i = 0; m && m[i]; i++)
		free(m[i]);
	free(m);
}

/* A copy of the group's member list; NULL when out of memory. */
static char **copy_members(char *const *src)
{
	size_t n = 0;
	char **m;

	while (src && src[n])
		n++;
	if (!(m = calloc(n + 1, sizeof *m)))
		return NULL;
	for (size_t i = 0; i < n; i++)
		if (!(m[i] = strdup(src[i]))) {
			free_members(m);
			return NULL;
		}
	return m;
}

/* Who may follow: see class_leader_opts.group. */
static enum class_status resolve_group(struct class_leader *l, const char *group,
                                       struct class_err *err)
{
	struct group *gr;
	uint64_t num;

	l->has_group = !group || *group;
	if (!l->has_group)
		return CLASS_OK;
	errno = 0;
	gr = group ? getgrnam(group) : getgrgid(getegid());
	if (!gr && group && class_parse_u64(group, strlen(group), 0x7fffffff, &num) == 0)
		gr = getgrgid((gid_t)num);
	if (!gr) {
		if (group)
			class_errf(err, "no group '%s' on this machine", group);
		else
			class_errf(err, "cannot look up your primary group (gid %lu)",
			           (unsigned long)getegid());
		return CLASS_ERR;
	}
	l->gid = gr->gr_gid;
	if (!(l->members = copy_members(gr->gr_mem))) {
		class_errf(err, "out of memory");
		return CLASS_ERR;
	}
	return CLASS_OK;
}

static enum class_status listen_both(struct class_leader *l, const char *dir,
                                     struct class_err *err)
{
	static const char *const suffix[2] = {".sock", ".notes.sock"};

	for (int r = 0; r < 2; r++) {
		struct class_listener *ls = &l->ls[r];
		struct class_listen how = { .path = ls->path,
			.has_group = r == CLASS_ROLE_FOLLOWER && l->has_group, .gid = l->gid };

		if (class_sock_path(ls->path, sizeof ls->path, dir, l->name, suffix[r], err) != CLASS_OK)
			return CLASS_ERR;
		if ((ls->fd = class_sock_listen(&how, err)) < 0)
			return CLASS_ERR;
		ls->dev = how.dev;
		ls->ino = how.ino;
	}
	return CLASS_OK;
}

enum class_status class_leader_open(struct class_leader **out,
                                    const struct class_leader_opts *o,
                                    struct class_err *err)
{
	const char *dir = o->dir ? o->dir : CLASS_DEFAULT_DIR;
	struct class_leader *l;
	char probe[108];

	*out = NULL;
	if (class_sock_path(probe, sizeof probe, dir, o->name, ".notes.sock", err) != CLASS_OK)
		return CLASS_ERR;
	if (!(l = calloc(1, sizeof *l))) {
		class_errf(err, "out of memory");
		return CLASS_ERR;
	}
	snprintf(l->name, sizeof l->name, "%s", o->name);
	l->ls[0].fd = l->ls[1].fd = -1;
	l->uid = geteuid();
	l->max_peers = o->max_peers ? o->max_peers : 1000;
	l->log = o->log;
	l->log_ctx = o->log_ctx;
	l->now_ms = class_clock_ms();
	if (resolve_group(l, o->group, err) != CLASS_OK ||
	    class_dir_ready(dir, true, (uid_t)-1, err) != CLASS_OK ||
	    listen_both(l, dir, err) != CLASS_OK) {
		class_leader_close(l);
		return CLASS_ERR;
	}
	*out = l;
	return CLASS_OK;
}

size_t class_leader_pollfds(const struct class_leader *l, struct pollfd *fds, size_t max)
{
	size_t k = 0;

	for (int r = 0; r < 2; r++, k++)
		if (k < max)
			fds[k] = (struct pollfd){ .fd = l->ls[r].fd,
				.events = l->accept_paused ? 0 : POLLIN };
	for (size_t i = 0; i < l->npeers; i++, k++) {
		const struct class_peer *p = l->peers[i];
		bool out = p->out_off < p->out_len || p->want_state || p->want_notes;

		if (k < max)
			fds[k] = (struct pollfd){ .fd = p->fd, .events = POLLIN | (out ? POLLOUT : 0) };
	}
	return k;
}

enum class_status class_leader_publish(struct class_leader *l, const struct class_state *s,
                                       struct class_err *err)
{
	enum class_field f = class_state_check(s);

	if (f != CLASS_FIELD_NONE) {
		class_errf(err, "cannot share this state: the %s is not valid", class_field_name(f));
		return CLASS_ERR;
	}
	if (l->seq && class_state_equal(s, &l->last))
		return CLASS_OK;
	if (s->has_vote && s->vote.round != l->tally.round)
		l->tally = (struct class_tally){ .round = s->vote.round, .options = s->vote.options };
	l->tally.open = s->has_vote && s->vote.open && s->vote.round == l->tally.round;
	l->last = *s;
	l->last.seq = ++l->seq;
	l->state_len = class_encode_state(&l->last, l->state_frame, sizeof l->state_frame);
	if (!l->state_len) { /* cannot happen: a valid state fits */
		class_errf(err, "cannot encode the state");
		return CLASS_ERR;
	}
	for (size_t i = l->npeers; i-- > 0;)
		if (l->peers[i]->phase == PEER_READY)
			leader_queue(l, l->peers[i], FRAME_STATE);
	return CLASS_OK;
}

uint64_t class_leader_seq(const struct class_leader *l)
{
	return l->seq;
}

enum class_status class_leader_notes(struct class_leader *l, const char *text,
                                     struct class_err *err)
{
	size_t len = text ? strlen(text) : 0;

	if (!class_valid_notes(text, len)) {
		class_errf(err, "the notes must be at most %d bytes of UTF-8 text without "
		           "control characters", CLASS_NOTES_MAX);
		return CLASS_ERR;
	}
	l->notes_len = class_encode_notes(text ? text : "", len, l->notes_frame,
	                                  sizeof l->notes_frame);
	for (size_t i = l->npeers; i-- > 0;)
		if (l->peers[i]->phase == PEER_READY && l->peers[i]->role == CLASS_ROLE_NOTES)
			leader_queue(l, l->peers[i], FRAME_NOTES);
	return CLASS_OK;
}

size_t class_leader_count(const struct class_leader *l, enum class_role role)
{
	return (size_t)role < 2 ? l->count[role] : 0;
}

void class_leader_tally(const struct class_leader *l, struct class_tally *t)
{
	*t = l->tally;
}

size_t class_leader_paused(const struct class_leader *l)
{
	return l->paused;
}

const char *class_leader_path(const struct class_leader *l)
{
	return l->ls[CLASS_ROLE_FOLLOWER].path;
}

void class_leader_close(struct class_leader *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->npeers; i++) {
		close(l->peers[i]->fd);
		leader_free_peer(l->peers[i]);
	}
	for (int r = 0; r < 2; r++)
		if (l->ls[r].fd >= 0) {
			close(l->ls[r].fd);
			class_sock_unlink(l->ls[r].path, l->ls[r].dev, l->ls[r].ino);
		}
	free(l->peers);
	free(l->by_fd);
	free_members(l->members);
	free(l);
}
