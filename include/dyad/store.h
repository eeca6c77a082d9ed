/*
 * dyad/store.h - the embedded SQLite store that nightly runs feed, and the
 * per-pair, per-day sums that series are built from.
 *
 * Tables (schema version 4; user_version holds it, migrations run on
 * open): articles (id, day, date, content hash, lexicon version, article
 * scores, title and text unless --no-text), article_pairs (the article's
 * scores for each pair, its events and co-mentions, evidence as JSON),
 * pair_days (per pair and day: articles with a relation, articles naming
 * the pair, sentences, sums of tone and of its square, of Goldstein over
 * articles with hits, conflict, cooperation, threat and act counts, the
 * articles with each, the summed weights and their square), day_totals
 * (articles per day, for volume shares and intensities), alerts (the
 * shifts and episodes `dyad alerts` reported, by key, with the day), meta.
 *
 * Older stores: a writer upgrades the schema on open (schema 3 rebuilds
 * pair_days from article_pairs: an upgraded store gives the same series
 * as a fresh ingest of the same articles). A reader opens schemas 1 and
 * 2 as they are and sums the new columns from article_pairs as it reads.
 *
 * Exactness: tone and Goldstein are stored as integers in units of 1e-4
 * (the precision `dyad score` writes), so every sum is an integer sum:
 * the same articles give the same sums in any order, in one run or merged
 * from shards scored on many machines.
 *
 * Idempotence and crashes: articles are keyed by id; the same id with the
 * same content and lexicon version changes nothing, a changed one replaces
 * the old row. Articles are written in batches, each one transaction
 * (BEGIN IMMEDIATE) that also updates the sums of every day it touched: a
 * batch adds up its articles' scores per pair and day in memory and adds
 * them to pair_days and day_totals once (with UPSERTs; a replaced
 * article's old scores are taken out, and a row no article counts any
 * more is deleted), so the sums always equal those of the stored
 * articles. A run killed at any instant leaves the last committed batch,
 * and running the same input again completes the database exactly.
 *
 * Durability: WAL mode with synchronous = NORMAL. A commit survives the
 * dyad process dying (kill -9, a crash, SIGTERM); after a power loss or an
 * OS crash the database is intact (never half a batch) but the last
 * batches committed before it may be gone, which a re-run of the same
 * input restores. Full fsync per batch (synchronous = FULL) would buy
 * nothing a nightly re-runnable job needs, at a cost on every batch.
 *
 * Locking: a writer holds flock(LOCK_EX) on a lock file (PATH.lock unless
 * given) for its whole life; a second writer waits up to `wait` seconds,
 * then fails with DYAD_EBUSY. Readers do not lock (WAL lets them read
 * while a writer writes).
 *
 * Ownership: dyad_store owns its connection; records passed in are copied.
 * Errors: DYAD_EBUSY (lock held), DYAD_ENOENT (no database to read),
 * DYAD_EDB (not a dyad database, written by a newer dyad, SQLite error:
 * the message says which, never SQLite's code alone), DYAD_EIO, DYAD_ENOMEM.
 * Thread-safety: one thread per dyad_store.
 *
 * Example:
 *     dyad_store *st = dyad_store_open("dyad.db", NULL, &err);
 *     int outcome;
 *     dyad_store_put(st, &article, scored, 1, &outcome, &err);
 *     dyad_store_flush(st, &err);
 *     dyad_store_close(st);
 */
#ifndef DYAD_STORE_H
#define DYAD_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/common.h"
#include "dyad/ingest.h"
#include "dyad/score.h"

#define DYAD_STORE_SCHEMA 4

typedef struct dyad_store dyad_store;

typedef struct dyad_store_opts {
    const char *lock;    /* lock file; NULL: PATH.lock */
    double wait;         /* seconds to wait for another writer; 0: none */
    int read_only;       /* no lock, no writes, the file must exist */
    int must_exist;      /* writable, but never create the file */
    int batch;           /* articles per transaction; 0: 5000 */
} dyad_store_opts;

enum dyad_store_outcome {
    DYAD_STORE_NEW = 1,
    DYAD_STORE_REPLACED = 2,
    DYAD_STORE_UNCHANGED = 3
};

/* Sums of one pair on one day (or, summed, over a period). tone_sum and
 * gold_sum are in units of 1e-4, tone_sq in units of 1e-8. */
typedef struct dyad_pair_day {
    int32_t day;
    int64_t articles;              /* articles whose pair has sentences > 0
                                      (a relation) */
    int64_t sentences;
    int64_t tone_sum, tone_sq;     /* over articles */
    int64_t gold_sum, gold_n;      /* over articles whose pair had hits */
    int64_t conflict, cooperation, threats, acts;   /* events and hits */
    int64_t mentions;              /* articles naming both (related or
                                      not) */
    int64_t conflict_art, coop_art, threat_art, act_art;
                                   /* articles of the pair with conflict /
                                      cooperation / threat / act events or
                                      hits */
    int64_t net_e4;                /* summed goldstein*events, x 1e4 (each
                                      article's goldstein mean as stored,
                                      to 1e-4, times its events) */
    int64_t net_sq;                /* sum of each article's net, rounded
                                      to 0.01, squared; units of 1e-4 (for
                                      the interval of net) */
} dyad_pair_day;

typedef struct dyad_pair_info {
    char pair[20];
    int64_t articles;              /* with a relation */
    int32_t first_day, last_day;
    int64_t mentions;              /* naming both */
} dyad_pair_info;

/* Opens (creating and migrating when writable) the database at path.
 * opts may be NULL. NULL on failure. */
dyad_store *dyad_store_open(const char *path, const dyad_store_opts *opts,
                            dyad_err *err);
/* Rolls back an unflushed batch, releases the lock. Accepts NULL. */
void dyad_store_close(dyad_store *st);
/* Stores an article and its scores (sc: the article's `dyad score` line
 * read back). keep_text: also store title and text, for rescoring.
 * *outcome tells what happened. Commits when the batch is full. After an
 * error, close the store: the open batch is rolled back, never committed
 * half-written. */
int dyad_store_put(dyad_store *st, const dyad_article *a,
                   const dyad_scored *sc, int keep_text, int *outcome,
                   dyad_err *err);
/* Commits the open batch (adding its sums to the days it touched). */
int dyad_store_flush(dyad_store *st, dyad_err *err);

/* Calls fn for each stored day of pair in [from, to] (inclusive days), in
 * day order. fn returns 0 to go on. */
int dyad_store_pair_days(dyad_store *st, const char *pair, int32_t from,
                         int32_t to,
                         int (*fn)(void *arg, const dyad_pair_day *d),
                         void *arg, dyad_err *err);
/* Articles stored per day in [from, to]. */
int dyad_store_day_totals(dyad_store *st, int32_t from, int32_t to,
                          int (*fn)(void *arg, int32_t day, int64_t articles),
                          void *arg, dyad_err *err);
/* Every pair, most articles first (ties by name). */
int dyad_store_pairs(dyad_store *st,
                     int (*fn)(void *arg, const dyad_pair_info *p), void *arg,
                     dyad_err *err);
/* The same, counted over the days in [from, to] only (articles, mentions,
 * first and last day in the range); pairs without a day there are not
 * listed. */
int dyad_store_pairs_in(dyad_store *st, int32_t from, int32_t to,
                        int (*fn)(void *arg, const dyad_pair_info *p),
                        void *arg, dyad_err *err);
/* First and last day with articles; DYAD_ENOENT when the store is empty. */
int dyad_store_span(dyad_store *st, int32_t *first, int32_t *last,
                    dyad_err *err);
/* Articles whose lexicon version is not `lexicon` and whose text is
 * stored, as dyad_articles (scored NULL) for rescoring; and the number
 * of such articles without text (which cannot be rescored) in *no_text. */
int dyad_store_each_stale(dyad_store *st, const char *lexicon,
                          int (*fn)(void *arg, const dyad_article *a),
                          void *arg, long *no_text, dyad_err *err);
/* One stored article's scores (tone etc. as numbers, not 1e-4 units). */
typedef struct dyad_stored_article {
    const char *id, *date, *title, *lexicon;   /* title "" when not kept */
    int64_t words;
    double sentiment, tone, positive, negative, polarity;
} dyad_stored_article;

/* Every stored article with a day in [from, to], in day and id order. */
int dyad_store_articles(dyad_store *st, int32_t from, int32_t to,
                        int (*fn)(void *arg, const dyad_stored_article *a),
                        void *arg, dyad_err *err);
/* One article's scores for one pair, with its evidence (JSON array). */
typedef struct dyad_pair_article {
    const char *id, *date, *title, *evidence;
    const char *pair;
    double tone, goldstein;
    int64_t conflict, cooperation;
    int64_t sentences, threats, acts, events, comentions;
} dyad_pair_article;

/* *stored = 1 when some stored article names pair (a key lookup), else 0. */
int dyad_store_pair_stored(dyad_store *st, const char *pair, int *stored,
                           dyad_err *err);
/* Every article and pair with a day in [from, to], in day, id and pair
 * order (the long table of `dyad export`). */
int dyad_store_all_pair_articles(dyad_store *st, int32_t from, int32_t to,
                                 int (*fn)(void *arg,
                                           const dyad_pair_article *a),
                                 void *arg, dyad_err *err);
/* Every article of pair with a day in [from, to], in day and id order. */
int dyad_store_pair_articles(dyad_store *st, const char *pair, int32_t from,
                             int32_t to,
                             int (*fn)(void *arg, const dyad_pair_article *a),
                             void *arg, dyad_err *err);
/* The tone of each article of pair with a day in [from, to] (for the
 * distribution chart), in day order. */
int dyad_store_pair_tones(dyad_store *st, const char *pair, int32_t from,
                          int32_t to, int (*fn)(void *arg, double tone),
                          void *arg, dyad_err *err);
/* For each of the n keys (a shift or episode that `dyad alerts` lists),
 * seen[i] = 1 when it was reported before, else 0; all are then recorded
 * as reported on day (one transaction). Needs a writable store; errors
 * DYAD_EINVAL (read-only), DYAD_EDB, DYAD_EIO. */
int dyad_store_alerts_note(dyad_store *st, const char *const *keys, size_t n,
                           int32_t day, unsigned char *seen, dyad_err *err);
/* Counts of stored articles, article-pair rows and pair-day rows. */
int dyad_store_counts(dyad_store *st, int64_t *articles, int64_t *pairs,
                      int64_t *pair_days, dyad_err *err);

/* Scoring and storing, as `dyad ingest` and `dyad rescore` do: an article
 * with text is scored to its `dyad score` line and read back, so that the
 * stored values are exactly those a shard scored elsewhere carries; an
 * article that is already such a line is stored as it is. */
typedef struct dyad_ingester dyad_ingester;

/* Borrows st and sc. keep_text: store titles and texts for rescoring. */
dyad_ingester *dyad_ingester_new(dyad_store *st, const dyad_scorer *sc,
                                 int keep_text, dyad_err *err);
int dyad_ingester_put(dyad_ingester *in, const dyad_article *a, int *outcome,
                      dyad_err *err);
void dyad_ingester_free(dyad_ingester *in);

#endif
