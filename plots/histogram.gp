# histogram.gp - how a pair's article tones are distributed over a range
# of dates.
#
#   gnuplot -c histogram.gp DATA.tsv OUT TITLE TERM
#
# DATA.tsv: bin_center, articles (bins of 0.1 from -1 to 1).
data = ARG1; out = ARG2; chart_title = ARG3; term = ARG4
load "common.gp"
set key off
set xlabel "article tone (mean sentence compound)"
set ylabel "articles"
set xrange [-1:1]
set yrange [0:*]
set xtics -1, 0.25, 1
set style fill solid 0.85 noborder
set boxwidth 0.09
set arrow from 0, graph 0 to 0, graph 1 nohead lc rgb okabe_grey dt 2
plot data using 1:2 with boxes fc rgb okabe_blue notitle
