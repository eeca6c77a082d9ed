# compare.gp - several pairs' metric over time, one line each.
#
#   gnuplot -c compare.gp DATA.tsv OUT TITLE TERM YLABEL YMIN YMAX NPAIRS XFORMAT
#
# DATA.tsv: period_start, then one column per pair; the header row names
# the pairs (shown as they are, no markup).
data = ARG1; out = ARG2; chart_title = ARG3; term = ARG4
ylab = ARG5; ymin = real(ARG6); ymax = real(ARG7); npairs = int(ARG8)
load "common.gp"
set xdata time
set timefmt "%Y-%m-%d"
xfmt = (strlen(ARG9) > 0) ? ARG9 : "%Y-%m"
set format x xfmt
set xtics rotate by -30
set autoscale xfix
set ylabel ylab noenhanced
set yrange [ymin:ymax]
set key autotitle columnheader
plot for [i=2:npairs + 1] data using 1:i with linespoints ls ((i - 2) % 8 + 1)
