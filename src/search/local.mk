# src/search/local.mk — PCRE2 search over laid-out pages.
noinst_LIBRARIES += src/search/libsearch.a
src_search_libsearch_a_SOURCES = \
	src/search/search.h src/search/search_impl.h \
	src/search/pattern.c \
	src/search/text.c \
	src/search/match.c \
	src/search/course.c \
	src/search/glossary_match.c src/search/glossary_match.h
src_search_libsearch_a_CPPFLAGS = $(AM_CPPFLAGS) $(PCRE2_CFLAGS)
