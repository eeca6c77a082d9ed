/*
 * ingest_int.h - the reader's inside, shared by the format readers:
 * ingest.c (the byte source, format detection, JSON), csvin.c (CSV) and
 * feed.c (RSS and Atom). Not part of the library's interface.
 */
#ifndef DYAD_INGEST_INT_H
#define DYAD_INGEST_INT_H

#include <zlib.h>

#include "dyad/ingest.h"

enum dyad_in_mode {
    MODE_UNKNOWN,   /* detect the format at the next byte */
    MODE_LINES,     /* JSON Lines */
    MODE_ARRAY,     /* inside a JSON array */
    MODE_CSV,
    MODE_FEED,
    MODE_DONE
};

typedef struct dyad_csv_state dyad_csv_state;
typedef struct dyad_feed_state dyad_feed_state;

struct dyad_reader {
    gzFile gz;
    char *name;
    dyad_ingest_opts opts;
    unsigned char *chunk;
    size_t pos, fill;
    dyad_buf back;             /* bytes given back (dyad_in_unread): read
                                  before the chunk */
    size_t back_pos;
    int eof;
    int io_error;
    int io_pending;            /* io_err not returned yet */
    dyad_err io_err;           /* the read error, reported after the data */
    enum dyad_in_mode mode;
    int started;               /* a byte was read (the BOM check) */
    int after_array;           /* an array ended: JSON only from here */
    int array_lines;           /* lines of a broken array: a comma after
                                  an element, a lone ']' tolerated */
    unsigned long array_line;  /* the line of the array's '[' */
    int array_elems;           /* elements of the array read so far */
    unsigned long line;        /* lines consumed so far */
    dyad_buf rec;              /* current raw record */
    unsigned long rec_line;
    int rec_oversize;
    dyad_buf id, title, text, tmp;
    struct dyad_scored_parser *sp; /* for lines of `dyad score` output */
    dyad_csv_state *csv;
    dyad_feed_state *feed;
    dyad_ingest_stats stats;
};

/* One record's fields as strings (NULL: absent), with the names they were
 * found under (for messages) and the lists looked through. */
typedef struct dyad_in_fields {
    const char *id, *date, *title, *text;
    size_t id_len, date_len, title_len, text_len;
    const char *date_name;     /* the field the date came from */
} dyad_in_fields;

/* The default field lists (first present wins). */
extern const char *const dyad_in_default_id[];
extern const char *const dyad_in_default_date[];
extern const char *const dyad_in_default_title[];
extern const char *const dyad_in_default_text[];

/* The next byte of input, or -1 at its end or on a read error (then
 * r->io_error is set and err filled). Counts lines. */
int dyad_in_byte(dyad_reader *r, dyad_err *err);
/* Gives n bytes back: the next reads return them first (the line count
 * goes back by their line feeds). DYAD_OK or DYAD_ENOMEM. */
int dyad_in_unread(dyad_reader *r, const void *p, size_t n);
/* The next run of input bytes, consumed (lines are not counted): 1, 0 at
 * the end, -1 on a read error. */
int dyad_in_span(dyad_reader *r, const unsigned char **p, size_t *n,
                 dyad_err *err);
/* The current raw record: start (at the next line), append (beyond
 * max_record_bytes only flagged). */
void dyad_in_rec_start(dyad_reader *r);
int dyad_in_rec_add(dyad_reader *r, const void *p, size_t n, dyad_err *err);
/* Rejects the current record (rec_line) with a reason: DYAD_EPARSE,
 * counted. */
int dyad_in_reject(dyad_reader *r, dyad_err *err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A record from named fields (CSV, feeds) into *a: 1, a rejection, or
 * DYAD_ENOMEM. title_names/text_names/date_names describe where was
 * looked, for messages. */
int dyad_in_fields_article(dyad_reader *r, const dyad_in_fields *f,
                           const char *where, dyad_article *a,
                           dyad_err *err);
/* "a, b, c" of a field option or a default list into out. */
void dyad_in_field_names(char *out, size_t n, const char *opt,
                         const char *const *defaults);

/* CSV (csvin.c): the next record, as dyad_reader_next. */
int dyad_csv_next(dyad_reader *r, dyad_article *a, dyad_err *err);
void dyad_csv_free(dyad_csv_state *s);
/* Feeds (feed.c): the next item, as dyad_reader_next. */
int dyad_feed_next(dyad_reader *r, dyad_article *a, dyad_err *err);
void dyad_feed_free(dyad_feed_state *s);

/* dyad_date_parse without its reading of the common forms at their fixed
 * places (date.c): what the unit test compares that reading with. */
int dyad_date__parse_general(const char *s, size_t len, dyad_date *out,
                             dyad_err *err);

/* dyad_date_iso of a parsed date, from its year, month and day (every
 * dyad_date has them, equal to what dyad_civil_from_days finds of its
 * day): the reader's, without that finding again (date.c). */
void dyad_date__iso(const dyad_date *d, char out[11]);

#endif
