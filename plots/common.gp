# common.gp - what every dyad chart shares: terminal, fonts, colours,
# grid. Loaded by the chart templates; not a chart itself.
#
# Colours: the Okabe-Ito palette, readable with every common form of
# colour blindness.
okabe_blue = "#0072B2"
okabe_sky = "#56B4E9"
okabe_orange = "#E69F00"
okabe_green = "#009E73"
okabe_vermillion = "#D55E00"
okabe_purple = "#CC79A7"
okabe_yellow = "#F0E442"
okabe_grey = "#999999"

if (term eq "svg") {
    set terminal svg size 1000,560 dynamic font "DejaVu Sans,13" background "#ffffff"
} else {
    if (term eq "pdfcairo") {
        set terminal pdfcairo size 10in,5.6in font "DejaVu Sans,10"
    } else {
        set terminal pngcairo size 1400,780 font "DejaVu Sans,13" background "#ffffff"
    }
}
set output out
set encoding utf8
set datafile separator "\t"
# "NaN" in a data file is an undefined value: lines break there (a period
# without articles is a gap, not a straight line to the next one)
# every text from data is shown as it is: no enhanced-text markup
set termoption noenhanced
set title chart_title noenhanced font ",15"
set border 3 lc rgb "#444444"
set tics nomirror textcolor rgb "#333333"
set grid ytics lc rgb "#dddddd" lt 1
# the legend below the plot, never on the data; fixed side margins, so
# that a pair's charts stacked in a report line up
set key outside below center horizontal noenhanced box lc rgb "#cccccc"
set lmargin 11
set rmargin 11
set style line 1 lc rgb okabe_blue lw 2.2 pt 7 ps 0.6
set style line 2 lc rgb okabe_orange lw 2.2 pt 5 ps 0.6
set style line 3 lc rgb okabe_green lw 2.2 pt 9 ps 0.6
set style line 4 lc rgb okabe_vermillion lw 2.2 pt 11 ps 0.6
set style line 5 lc rgb okabe_purple lw 2.2 pt 13 ps 0.6
set style line 6 lc rgb okabe_sky lw 2.2 pt 3 ps 0.6
set style line 7 lc rgb okabe_yellow lw 2.2 pt 1 ps 0.6
set style line 8 lc rgb okabe_grey lw 2.2 pt 2 ps 0.6
# A time axis, when the chart sets xaxis (its XAXIS argument): "FORMAT
# XMIN XMAX TIC... mTIC..." with times in seconds since 1970, the ticks on
# calendar boundaries (m: a minor tick). A value is drawn in the middle
# of its period: mid(start, end).
mid(a, b) = a + (b - a) / 2
t(c) = timecolumn(c, "%Y-%m-%d")
if (exists("xaxis")) {
    set xdata time
    set timefmt "%Y-%m-%d"
    set format x word(xaxis, 1)
    if (words(xaxis) >= 3) {
        set xrange [real(word(xaxis, 2)):real(word(xaxis, 3))]
    } else {
        set autoscale xfix
    }
    if (words(xaxis) >= 4) {
        set xtics (real(word(xaxis, 4)))
        do for [i = 5:words(xaxis)] {
            tic = word(xaxis, i)
            if (tic[1:1] eq "m") {
                set xtics add (real(tic[2:*]) 1)
            } else {
                set xtics add (real(tic))
            }
        }
    }
    set xtics nomirror out
    set mxtics
}
