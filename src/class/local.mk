# src/class/local.mk — following an instructor's screen: the shared state,
# the wire format, and the Unix-socket transport of leader and followers.
# libc only (no curses, no cmark); see class.h.
noinst_LIBRARIES += src/class/libclass.a
src_class_libclass_a_SOURCES = \
	src/class/class.h \
	src/class/wire.h \
	src/class/impl.h \
	src/class/leader_impl.h \
	src/class/state.c \
	src/class/number.c \
	src/class/encode.c \
	src/class/decode.c \
	src/class/sockdir.c \
	src/class/peer.c \
	src/class/leader.c \
	src/class/leader_peer.c \
	src/class/follower.c
