/*
 * util/tsv.h - the lexicon file format shared by every file in lexicons/:
 * UTF-8, TAB-separated, one header line naming the columns, '#' starts a
 * comment line, blank lines ignored, LF or CRLF line ends, a UTF-8 BOM is
 * skipped. A data line with fewer fields than the header is an error;
 * missing trailing optional fields may be left out.
 */
#ifndef DYAD_TSV_H
#define DYAD_TSV_H

#include "dyad/common.h"

#define DYAD_TSV_MAXCOLS 16

typedef struct dyad_tsv {
    const char *name;          /* file name for messages */
    const char *p, *end;
    unsigned long line;        /* line number of the current row */
    int ncols;                 /* header columns */
    dyad_span header[DYAD_TSV_MAXCOLS];
    int nfields;               /* fields in the current row */
    dyad_span field[DYAD_TSV_MAXCOLS];
    int clean;                 /* the rows' bytes: 0 not checked yet, 1
                                * no NUL and all UTF-8, -1 checked a line
                                * at a time */
} dyad_tsv;

/* Starts reading data (len bytes) and reads the header line. */
int dyad_tsv_open(dyad_tsv *t, const char *name, const char *data, size_t len,
                  dyad_err *err);
/* Lines of data (len bytes; a last line without its '\n' counts): an
 * upper bound of its rows, for sizing tables before reading them. */
size_t dyad_tsv_lines(const char *data, size_t len);
/* Index of the header column called name, or -1. */
int dyad_tsv_col(const dyad_tsv *t, const char *name);
/* Reads the next data row: 1, 0 at end, DYAD_EPARSE on a malformed line. */
int dyad_tsv_next(dyad_tsv *t, dyad_err *err);
/* Field i of the current row (empty span when the row is shorter). */
dyad_span dyad_tsv_field(const dyad_tsv *t, int i);
/* Parses a field as a number within [lo, hi]; DYAD_EPARSE otherwise. */
int dyad_tsv_number(const dyad_tsv *t, int i, double lo, double hi,
                    double *out, dyad_err *err);

#endif
