# compare.gp - several pairs' metric over time, one line each.
#
#   gnuplot -c compare.gp DATA.tsv OUT TITLE TERM YLABEL YMIN YMAX NPAIRS XAXIS
#
# DATA.tsv: period_start, period_end, then one column per pair; the
# header row names the pairs (shown as they are, no markup). XAXIS: see
# common.gp.
data = ARG1; out = ARG2; chart_title = ARG3; term = ARG4
ylab = ARG5; ymin = real(ARG6); ymax = real(ARG7); npairs = int(ARG8)
xaxis = ARG9
load "common.gp"
set ylabel ylab noenhanced
set yrange [ymin:ymax]
plot for [i = 3:npairs + 2] data using (mid(t(1), t(2))):i with linespoints ls ((i - 3) % 8 + 1) title columnheader(i)
