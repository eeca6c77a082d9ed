# volume.gp - a pair's article volume as bars, with its tension (share of
# conflict among tension hits) as a line on the right axis.
#
#   gnuplot -c volume.gp DATA.tsv OUT TITLE TERM XAXIS YMAX YSTEP BARWIDTH
#
# DATA.tsv: period_start, articles, tension (NaN = no hits), period_end.
# XAXIS: see common.gp; YMAX and YSTEP: the articles axis (whole
# articles); BARWIDTH: the share of its period a bar fills (1 for long
# series: an area rather than a barcode).
data = ARG1; out = ARG2; chart_title = ARG3; term = ARG4
xaxis = ARG5; ymax = real(ARG6); ystep = real(ARG7); barw = real(ARG8)
load "common.gp"
set ylabel "articles"
set y2label "tension (conflict share of hits)"
set yrange [0:ymax]
set ytics 0, ystep nomirror
set y2range [0:1]
set y2tics 0, 0.25 nomirror
# bars that fill their periods are opaque and overlap a little, so that
# no seams show between them
set style fill solid 0.85 noborder
if (barw >= 1) {
    set style fill solid 1 noborder
    barw = 1.04
}
plot data using (mid(t(1), t(4))):2:((t(4) - t(1)) * barw) with boxes fc rgb okabe_sky title "articles", \
     data using (mid(t(1), t(4))):3 axes x1y2 with linespoints ls 4 ps (barw < 1 ? 0.6 : 0.45) title "tension"
