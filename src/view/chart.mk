# src/view/chart.mk — the chart layer (see chart.h): line, bar, histogram,
# funnel, band, heat-map and sparkline charts put onto the cell grid as
# roles and abstract marks.  Included from src/view/local.mk.
src_view_libview_a_SOURCES += \
	src/view/chart.c src/view/chart_kinds.h \
	src/view/chart_axis.h src/view/chart_numfmt.c src/view/chart_scale.c \
	src/view/chart_ticks.c \
	src/view/chart_cells.h src/view/chart_cells.c src/view/chart_dots.c \
	src/view/chart_frame.h src/view/chart_frame.c src/view/chart_legend.c \
	src/view/chart_text.c \
	src/view/chart_line.c src/view/chart_bar.c src/view/chart_hist.c \
	src/view/chart_band.c src/view/chart_heatmap.c src/view/chart_spark.c \
	src/view/chart_summary.c src/view/chart_vote.c
