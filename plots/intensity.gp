# intensity.gp - one pair's conflict and cooperation intensities over
# time: articles of the pair with conflict (or cooperation) events or
# tension hits per 1,000 articles stored in the period, each with its 95%
# Wilson band (a box across each period), and the detected shifts of the report's metric as
# vertical lines.
#
#   gnuplot -c intensity.gp DATA.tsv OUT TITLE TERM XAXIS YMAX SHIFTS.tsv
#
# DATA.tsv: period_start, conflict, conflict_ci_low, conflict_ci_high,
# cooperation, cooperation_ci_low, cooperation_ci_high, articles (all
# articles stored in the period), period_end; NaN where the store has
# none. XAXIS: see common.gp.
# SHIFTS.tsv may be '': segment_start, segment_end, segment_mean, shift
# (as line.gp's); only the shift lines are drawn.
data = ARG1; out = ARG2; chart_title = ARG3; term = ARG4
xaxis = ARG5; ymax = real(ARG6); shifts = ARG7
load "common.gp"
set ylabel "articles per 1,000 stored"
set yrange [0:ymax]
x(c) = mid(t(1), t(9))
plot data using (x(0)):(($3 + $4) / 2):(t(1)):(t(9)):3:4 with boxxyerror fc rgb okabe_vermillion fs transparent solid 0.18 noborder title "conflict 95% CI", \
     data using (x(0)):(($6 + $7) / 2):(t(1)):(t(9)):6:7 with boxxyerror fc rgb okabe_blue fs transparent solid 0.18 noborder title "cooperation 95% CI", \
     data using (x(0)):2 with linespoints ls 4 title "conflict", \
     data using (x(0)):5 with linespoints ls 1 title "cooperation", \
     for [k = 1:(shifts ne "")] shifts using (t(1)):(($4 > 0) ? 0 : NaN):(0):(ymax) with vectors nohead lc rgb okabe_grey lw 1.5 dt 2 title columnheader(4)
