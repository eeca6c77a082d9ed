# intensity.gp - one pair's conflict and cooperation intensities over
# time: articles of the pair with conflict (or cooperation) events or
# tension hits per 1,000 articles stored in the period, each with its 95%
# Wilson band, and the detected shifts of the report's metric as
# vertical lines.
#
#   gnuplot -c intensity.gp DATA.tsv OUT TITLE TERM XFORMAT YMAX SHIFTS.tsv
#
# DATA.tsv: period_start, conflict, conflict_ci_low, conflict_ci_high,
# cooperation, cooperation_ci_low, cooperation_ci_high, articles (all
# articles stored in the period); NaN where the store has none.
# SHIFTS.tsv may be '': segment_start, segment_end, segment_mean, shift
# (as line.gp's); only the shift lines are drawn.
data = ARG1; out = ARG2; chart_title = ARG3; term = ARG4
ymax = real(ARG6); shifts = ARG7
load "common.gp"
set xdata time
set timefmt "%Y-%m-%d"
xfmt = (strlen(ARG5) > 0) ? ARG5 : "%Y-%m"
set format x xfmt
set xtics rotate by -30
set autoscale xfix
set ylabel "articles per 1,000 stored"
set yrange [0:ymax]
t(c) = timecolumn(c, "%Y-%m-%d")
if (strlen(shifts) > 0) {
    plot data using 1:3:4 with filledcurves fc rgb okabe_vermillion fs transparent solid 0.18 noborder title "conflict 95% CI", \
         data using 1:6:7 with filledcurves fc rgb okabe_blue fs transparent solid 0.18 noborder title "cooperation 95% CI", \
         data using 1:2 with linespoints ls 4 title "conflict", \
         data using 1:5 with linespoints ls 1 title "cooperation", \
         shifts using (t(1)):(($4 > 0) ? 0 : NaN):(0):(ymax) with vectors nohead lc rgb okabe_grey lw 1.5 dt 2 title "shift"
} else {
    plot data using 1:3:4 with filledcurves fc rgb okabe_vermillion fs transparent solid 0.18 noborder title "conflict 95% CI", \
         data using 1:6:7 with filledcurves fc rgb okabe_blue fs transparent solid 0.18 noborder title "cooperation 95% CI", \
         data using 1:2 with linespoints ls 4 title "conflict", \
         data using 1:5 with linespoints ls 1 title "cooperation"
}
