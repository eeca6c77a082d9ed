# volume.gp - a pair's article volume as bars, with its tension (share of
# conflict among tension hits) as a line on the right axis.
#
#   gnuplot -c volume.gp DATA.tsv OUT TITLE TERM XFORMAT
#
# DATA.tsv: period_start, articles, tension (NaN = no hits).
data = ARG1; out = ARG2; chart_title = ARG3; term = ARG4
load "common.gp"
set xdata time
set timefmt "%Y-%m-%d"
xfmt = (strlen(ARG5) > 0) ? ARG5 : "%Y-%m"
set format x xfmt
set xtics rotate by -30
set autoscale xfix
set ylabel "articles"
set y2label "tension (conflict share)"
set yrange [0:*]
set y2range [0:1]
set y2tics 0, 0.25 nomirror
set style fill solid 0.85 noborder
set boxwidth 0.8 relative
plot data using 1:2 with boxes fc rgb okabe_sky title "articles", \
     data using 1:3 axes x1y2 with linespoints ls 4 title "tension"
