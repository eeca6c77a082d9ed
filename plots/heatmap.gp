# heatmap.gp - pairs by periods: the metric of each pair in each period,
# blue for cooperative, vermillion for tense, white for neutral, grey for
# no articles. Red and blue never alone: the scale is labelled.
#
#   gnuplot -c heatmap.gp DATA.tsv OUT TITLE TERM CBLABEL CBMIN CBMAX NPAIRS REVERSE
#
# REVERSE 1 puts vermillion at the top of the scale (tension: high is
# conflict), 0 at the bottom (tone, Goldstein: low is conflict).
#
# DATA.tsv: x (period index), y (pair index), value (NaN = none), period
# label, pair label; labels are shown as they are.
data = ARG1; out = ARG2; chart_title = ARG3; term = ARG4
cblab = ARG5; cbmin = real(ARG6); cbmax = real(ARG7); npairs = int(ARG8)
reverse = int(ARG9)
load "common.gp"
unset grid
set key off
set cblabel cblab noenhanced
set cbrange [cbmin:cbmax]
if (reverse) {
    set palette defined (0 okabe_blue, 0.5 "#ffffff", 1 okabe_vermillion)
} else {
    set palette defined (0 okabe_vermillion, 0.5 "#ffffff", 1 okabe_blue)
}
set yrange [-0.5:npairs - 0.5] reverse
set xtics rotate by -45
set object 1 rectangle from graph 0, graph 0 to graph 1, graph 1 behind fc rgb "#eeeeee" fs solid noborder
plot data using 1:2:3:xtic(4):ytic(5) with image pixels
