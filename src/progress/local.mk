# src/progress/local.mk — a student's progress: the model, the versioned
# state file, the locked and merged store, and summaries per page.
noinst_LIBRARIES += src/progress/libprogress.a
src_progress_libprogress_a_SOURCES = \
	src/progress/progress.h \
	src/progress/state.c src/progress/state.h \
	src/progress/format.c \
	src/progress/merge.c \
	src/progress/store.c \
	src/progress/summary.c src/progress/summary.h
