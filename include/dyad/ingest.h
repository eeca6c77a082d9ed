/*
 * dyad/ingest.h - read news articles: JSON Lines, a JSON array file, CSV,
 * RSS 2.0 or Atom feeds, .gz (read transparently), or stdin ("-"),
 * mapping fields and normalising dates to UTC, and rejecting bad records
 * with a reason.
 *
 * Format (dyad_ingest_opts.format, DYAD_INPUT_AUTO by default): a name
 * ending in .csv or .csv.gz is CSV; otherwise the first byte that is not
 * blank (after a UTF-8 byte order mark) decides: '[' a JSON array, '<'
 * followed by ?xml, !--, !DOCTYPE, rss, feed or rdf:RDF an RSS or Atom
 * feed, anything else JSON Lines. An array element that cannot be part of
 * an array (a line break inside a string, a closing bracket without its
 * opening one, a whole value followed by anything but ',' or ']', or a
 * later line that is a JSON object by itself) makes the rest of the input
 * JSON Lines, each line read on its own (a comma after an object and a
 * lone ']' line allowed): a JSON Lines file whose first line is damaged
 * and starts with '[' loses that line only. After an array's closing
 * bracket the format is decided again (JSON only). A broken end of the
 * input (an array not closed, a feed that is not well-formed, a CSV
 * header without the columns needed) is one rejected record, so read =
 * good + rejected always.
 *
 * Field mapping, first present wins (an option overrides the list; CSV
 * header names match in any case):
 *   id    id, url, guid, link    (else "h" + 16 hex digits of a hash of
 *                                 date, title and text)
 *   date  date, published, publishedAt, pubDate, timestamp, year,
 *         publish_date, published_at, datetime
 *   title title, headline, headline_text, headlines
 *   text  text, body, content, article, news
 * A record needs a text or a title (a headline alone is scored).
 * Feeds (each item or entry): id guid, else Atom id, else link (RSS
 * text, Atom href); date pubDate, else published, dc:date, updated;
 * title; text content:encoded, else Atom content, description, summary;
 * HTML stripped and entities decoded. No external entity or DTD is ever
 * read.
 * A record with a `pairs` array and a `lexicon` string and no text is a
 * line of `dyad score` output: it is read as such (dyad_article.scored),
 * so that shards scored elsewhere can be stored as they are.
 * Dates: RFC 3339 / ISO 8601 with offset (normalised to UTC), RFC 2822,
 * YYYY-MM-DD, YYYY-MM, a bare year (number or string), Unix seconds
 * (number or string of 9+ digits). Years 1000 to two days from now.
 *
 * Ownership: the reader owns every dyad_article it returns; the strings in
 * it stay valid until the next dyad_reader_next or dyad_reader_close.
 *
 * Errors: dyad_reader_next returns DYAD_EPARSE for a record it rejects
 * (err names file, line and reason; dyad_reader_raw gives the record as
 * read) and the caller may go on reading; any other negative code (I/O,
 * memory) ends the input.
 *
 * Thread-safety: a reader belongs to one thread; readers are independent.
 *
 * Example:
 *     dyad_reader *r = dyad_reader_open("news.jsonl.gz", NULL, &err);
 *     dyad_article a;
 *     int rc;
 *     while ((rc = dyad_reader_next(r, &a, &err)) != 0) {
 *         if (rc == DYAD_EPARSE) { report(&err); continue; }
 *         if (rc < 0) break;
 *         use(&a);
 *     }
 *     dyad_reader_close(r);
 */
#ifndef DYAD_INGEST_H
#define DYAD_INGEST_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/common.h"

enum dyad_date_prec {
    DYAD_DATE_YEAR = 1,
    DYAD_DATE_MONTH = 2,
    DYAD_DATE_DAY = 3,
    DYAD_DATE_TIME = 4
};

typedef struct dyad_date {
    int64_t unix;      /* seconds since 1970-01-01T00:00:00Z */
    int32_t day;       /* days since 1970-01-01 (UTC) */
    int year, month, mday;
    int prec;          /* enum dyad_date_prec */
} dyad_date;

/* One pair of a line of `dyad score` output. */
typedef struct dyad_scored_pair {
    char pair[20];               /* "CHN-JPN" */
    unsigned sentences, conflict, cooperation, threats, acts;
    /* events: the weights goldstein is the mean of; comentions: sentences
     * naming both without linking them. A line without them (an older
     * dyad): comentions 0, events conflict + cooperation when goldstein
     * != 0, else 0. */
    unsigned events, comentions;
    double tone, goldstein;
    const char *evidence;        /* the evidence array, as JSON text */
} dyad_scored_pair;

/* A line of `dyad score` output read back: the per-article scores, so that
 * shards scored elsewhere are stored without rescoring. */
typedef struct dyad_scored {
    size_t words;
    double sentiment, tone, positive, negative, polarity;
    const char *lexicon;
    const dyad_scored_pair *pairs;
    size_t npairs;
} dyad_scored;

typedef struct dyad_article {
    const char *id;
    const char *title;   /* "" when absent */
    const char *text;    /* title is not included; valid UTF-8; may be
                            "" when the title is not */
    size_t text_len;
    dyad_date date;
    char date_iso[11];   /* YYYY-MM-DD of date, UTC */
    const char *src;     /* input name for messages */
    unsigned long line;  /* line where the record starts */
    int repaired;        /* bytes of invalid UTF-8 that were repaired */
    const dyad_scored *scored;  /* non-NULL for a line of `dyad score`
                                   output (then text is "") */
} dyad_article;

/* Input formats (dyad_ingest_opts.format). */
enum dyad_input_format {
    DYAD_INPUT_AUTO = 0,   /* by name (.csv) and first byte */
    DYAD_INPUT_JSONL,      /* JSON Lines, never an array */
    DYAD_INPUT_JSON,       /* JSON: an array or lines, never CSV or XML */
    DYAD_INPUT_CSV,
    DYAD_INPUT_RSS,        /* RSS 2.0 or Atom: the same reader */
    DYAD_INPUT_ATOM
};

/* "auto", "jsonl", "json", "csv", "rss", "atom": the enum value, or -1. */
int dyad_input_format_parse(const char *s);

typedef struct dyad_ingest_opts {
    const char *id_field;     /* NULL: the default list */
    const char *date_field;
    const char *title_field;
    const char *text_field;
    size_t max_record_bytes;  /* 0: DYAD_MAX_RECORD_DEFAULT */
    int64_t now;              /* 0: time(NULL); for the "future" check */
    int format;               /* enum dyad_input_format */
    int cjson_only;           /* 1: every record through cJSON, never the
                                 fast scanner: the reference the tests
                                 and the fuzzer compare the scanner with */
} dyad_ingest_opts;

#define DYAD_MAX_RECORD_DEFAULT ((size_t)256 << 20)

typedef struct dyad_ingest_stats {
    unsigned long read;       /* records seen */
    unsigned long good;
    unsigned long rejected;
    unsigned long repaired;   /* good records with repaired UTF-8 */
} dyad_ingest_stats;

typedef struct dyad_reader dyad_reader;

/* Opens path ("-" or NULL for stdin). opts may be NULL (defaults); it is
 * copied. Returns NULL on failure: DYAD_ENOENT (missing or unreadable),
 * DYAD_ENOMEM. */
dyad_reader *dyad_reader_open(const char *path, const dyad_ingest_opts *opts,
                              dyad_err *err);
/* Reads the next article into *a. Returns 1 (an article), 0 (end of
 * input), DYAD_EPARSE (record rejected; go on), DYAD_EIO or DYAD_ENOMEM
 * (stop). */
int dyad_reader_next(dyad_reader *r, dyad_article *a, dyad_err *err);
/* The last record as read (for a rejects file), borrowed until the next
 * call. Empty for a record over max_record_bytes: only its start was kept,
 * and a cut-off copy would be neither the record nor valid JSON. */
dyad_span dyad_reader_raw(const dyad_reader *r);
/* Counters so far. */
const dyad_ingest_stats *dyad_reader_stats(const dyad_reader *r);
/* Bytes of the input file read so far (of the compressed file for .gz),
 * for progress against its size. */
uint64_t dyad_reader_offset(const dyad_reader *r);
/* Closes and frees; accepts NULL. */
void dyad_reader_close(dyad_reader *r);

typedef struct dyad_scored_parser dyad_scored_parser;

/* A parser for lines of `dyad score` output; NULL on allocation failure. */
dyad_scored_parser *dyad_scored_parser_new(void);
void dyad_scored_parser_free(dyad_scored_parser *p);
/* on != 0: parse every line with cJSON, never the fast scanner (the
 * reference, as dyad_ingest_opts.cjson_only). */
void dyad_scored_parser_cjson_only(dyad_scored_parser *p, int on);
/* Parses one line (len bytes) into *out, valid until the next call.
 * DYAD_EPARSE with a reason when it is not such a line; DYAD_ENOMEM. */
int dyad_scored_parse(dyad_scored_parser *p, const char *json, size_t len,
                      const dyad_scored **out, dyad_err *err);

/* Calls fn(arg, sentence, tone) for each element of an evidence array as
 * `dyad score` writes it (`[{"sentence":"…","tone":-0.6,"hits":[…]}]`),
 * until fn returns non-zero. DYAD_EPARSE when json is not such an array. */
int dyad_evidence_each(const char *json,
                       int (*fn)(void *arg, const char *sentence,
                                 double tone),
                       void *arg, dyad_err *err);

/* Parses a date string in any accepted form. DYAD_EPARSE with a reason in
 * err (no location) when it is not a date. */
int dyad_date_parse(const char *s, size_t len, dyad_date *out, dyad_err *err);
/* Builds a date from a JSON number: 1..9999 is a year, otherwise Unix
 * seconds (milliseconds above 10^11). */
int dyad_date_from_number(double v, dyad_date *out, dyad_err *err);
/* Days since 1970-01-01 of a proleptic Gregorian date (no range check). */
int32_t dyad_days_from_civil(int y, int m, int d);
/* The inverse of dyad_days_from_civil. */
void dyad_civil_from_days(int32_t z, int *y, int *m, int *d);
/* Writes YYYY-MM-DD (11 bytes with NUL). */
void dyad_date_iso(int32_t day, char out[11]);

#endif
