# line.gp - one pair's metric over time: the value per period, its 95%
# confidence interval (tone, the intensities) as a band of boxes, one
# across each period (so that a period between two without one shows
# too), the detected shifts as
# vertical lines and the segment means as horizontal lines.
#
#   gnuplot -c line.gp DATA.tsv OUT TITLE TERM YLABEL YMIN YMAX SHIFTS.tsv XAXIS
#
# SHIFTS.tsv may be '' (no shifts); XAXIS is the x axis (see common.gp;
# a lone date format such as '%Y' lets gnuplot choose).
#
# DATA.tsv: period_start, value, ci_low, ci_high, articles, period_end
# (NaN = none). The ci_low header is the band's legend entry: empty
# when the metric has no band.
# SHIFTS.tsv: segment_start, segment_end, segment_mean, shift (1 when a
# shift starts the segment); the shift header is the legend entry of
# the shift lines, empty when there is none.
# Every text comes in as an ARGn string and is used as a string variable,
# never as code.
data = ARG1; out = ARG2; chart_title = ARG3; term = ARG4
ylab = ARG5; ymin = real(ARG6); ymax = real(ARG7); shifts = ARG8
xaxis = ARG9
load "common.gp"
set ylabel ylab noenhanced
set yrange [ymin:ymax]
x(c) = mid(t(1), t(6))
plot data using (x(0)):(($3 + $4) / 2):(t(1)):(t(6)):3:4 with boxxyerror fc rgb okabe_sky fs transparent solid 0.35 noborder title columnheader(3), \
     data using (x(0)):2 with linespoints ls 1 title "per period", \
     for [k = 1:(shifts ne "")] shifts using (t(1)):3:(t(2) + 86400 - t(1)):(0) with vectors nohead lc rgb okabe_vermillion lw 2.5 dt 2 title "segment mean", \
     for [k = 1:(shifts ne "")] shifts using (t(1)):(($4 > 0) ? ymin : NaN):(0):(ymax - ymin) with vectors nohead lc rgb okabe_vermillion lw 1.5 title columnheader(4)
