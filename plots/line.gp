# line.gp - one pair's metric over time: the value per period, its 95%
# confidence band (tone), the detected shifts as vertical lines and the
# segment means as horizontal lines.
#
#   gnuplot -c line.gp DATA.tsv OUT TITLE TERM YLABEL YMIN YMAX SHIFTS.tsv XFORMAT
#
# SHIFTS.tsv may be '' (no shifts); XFORMAT is the date format of the x
# axis ('%Y' for long series).
#
# DATA.tsv: period_start, value, ci_low, ci_high, articles (NaN = none).
# SHIFTS.tsv: segment_start, segment_end, segment_mean, shift (1 when a
# shift starts the segment).
# Every text comes in as an ARGn string and is used as a string variable,
# never as code.
data = ARG1; out = ARG2; chart_title = ARG3; term = ARG4
ylab = ARG5; ymin = real(ARG6); ymax = real(ARG7); shifts = ARG8
load "common.gp"
set xdata time
set timefmt "%Y-%m-%d"
xfmt = (strlen(ARG9) > 0) ? ARG9 : "%Y-%m"
set format x xfmt
set xtics rotate by -30
set autoscale xfix
set ylabel ylab noenhanced
set yrange [ymin:ymax]
t(c) = timecolumn(c, "%Y-%m-%d")
if (strlen(shifts) > 0) {
    plot data using 1:3:4 with filledcurves fc rgb okabe_sky fs transparent solid 0.35 noborder title "95% CI", \
         data using 1:2 with linespoints ls 1 title "per period", \
         shifts using (t(1)):3:(t(2) - t(1)):(0) with vectors nohead lc rgb okabe_vermillion lw 2.5 dt 2 title "segment mean", \
         shifts using (t(1)):(($4 > 0) ? ymin : NaN):(0):(ymax - ymin) with vectors nohead lc rgb okabe_vermillion lw 1.5 title "shift"
} else {
    plot data using 1:3:4 with filledcurves fc rgb okabe_sky fs transparent solid 0.35 noborder title "95% CI", \
         data using 1:2 with linespoints ls 1 title "per period"
}
