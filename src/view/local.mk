# src/view/local.mk — laying pages and charts out on the cell grid.
noinst_LIBRARIES += src/view/libview.a
src_view_libview_a_SOURCES = \
	src/view/flow.c src/view/flow.h \
	src/view/frame.c src/view/frame.h \
	src/view/glyph.c src/view/glyph.h \
	src/view/grid.c src/view/grid.h \
	src/view/export.c src/view/export_vote.c src/view/export.h \
	src/view/fit.c src/view/fit.h \
	src/view/layout.c src/view/layout.h \
	src/view/theme.c src/view/theme.h \
	src/view/chart.h
include src/view/chart.mk
