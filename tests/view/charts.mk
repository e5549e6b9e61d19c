# tests/view/charts.mk — the chart layer's tests: cmocka cases for ticks,
# number formats, scales and the small-size policy (test_chart), for whole
# charts at every size and every degenerate data set (test_chart_draw),
# and golden charts of every kind in every charset at widths 20, 40, 80
# and 160 from the headless driver (charts.sh).
CHART_TEST_LIBS = src/view/libview.a src/sim/libsim.a src/util/libutil.a \
	$(GSL_LIBS) $(CMOCKA_LIBS) $(LIBS)

check_PROGRAMS += tests/view/test_chart tests/view/test_chart_draw \
	tests/view/chart_driver
TESTS += tests/view/test_chart tests/view/test_chart_draw tests/view/charts.sh

# grid.c is built in with tiny initial capacities, so that growth runs.
tests_view_test_chart_SOURCES = tests/view/test_chart.c src/view/grid.c
tests_view_test_chart_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS) -DGRID_INITIAL_CAP=1
tests_view_test_chart_LDADD = $(CHART_TEST_LIBS)
tests_view_test_chart_draw_SOURCES = tests/view/test_chart_draw.c \
	tests/view/test_chart_data.c tests/view/chart_data.h src/view/grid.c
tests_view_test_chart_draw_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS) -DGRID_INITIAL_CAP=1
tests_view_test_chart_draw_LDADD = $(CHART_TEST_LIBS)

tests_view_chart_driver_SOURCES = tests/view/chart_driver.c \
	tests/view/test_chart_data.c tests/view/chart_data.h
tests_view_chart_driver_LDADD = src/view/libview.a src/sim/libsim.a \
	src/util/libutil.a $(GSL_LIBS) $(LIBS)

EXTRA_DIST += tests/view/charts.sh tests/view/regen-charts.sh \
	tests/view/golden/charts
