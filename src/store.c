/*
 * store.c - SQLite store (see dyad/store.h). sqlite3 types stay in this
 * file; every statement is prepared once and bound, never built from text.
 */
#include "dyad/store.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/hash.h"

#define DEFAULT_BATCH 5000

/* Schema migrations: migrations[i] takes user_version i to i + 1. */
static const char *const migrations[] = {
    /* 0 -> 1: the first schema */
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE articles("
    "  id TEXT PRIMARY KEY,"
    "  day INTEGER NOT NULL,"
    "  date TEXT NOT NULL,"
    "  hash TEXT NOT NULL,"
    "  lexicon TEXT NOT NULL,"
    "  words INTEGER NOT NULL,"
    "  sentiment_e4 INTEGER NOT NULL,"
    "  tone_e4 INTEGER NOT NULL,"
    "  positive_e4 INTEGER NOT NULL,"
    "  negative_e4 INTEGER NOT NULL,"
    "  polarity_e4 INTEGER NOT NULL,"
    "  title TEXT,"
    "  text TEXT);"
    "CREATE INDEX articles_day ON articles(day);"
    "CREATE INDEX articles_lexicon ON articles(lexicon);"
    "CREATE TABLE article_pairs("
    "  article_id TEXT NOT NULL,"
    "  pair TEXT NOT NULL,"
    "  sentences INTEGER NOT NULL,"
    "  tone_e4 INTEGER NOT NULL,"
    "  goldstein_e4 INTEGER NOT NULL,"
    "  conflict INTEGER NOT NULL,"
    "  cooperation INTEGER NOT NULL,"
    "  threats INTEGER NOT NULL,"
    "  acts INTEGER NOT NULL,"
    "  evidence TEXT NOT NULL,"
    "  PRIMARY KEY(article_id, pair)) WITHOUT ROWID;"
    "CREATE INDEX article_pairs_pair ON article_pairs(pair);"
    "CREATE TABLE pair_days("
    "  pair TEXT NOT NULL,"
    "  day INTEGER NOT NULL,"
    "  articles INTEGER NOT NULL,"
    "  sentences INTEGER NOT NULL,"
    "  tone_sum INTEGER NOT NULL,"
    "  tone_sq INTEGER NOT NULL,"
    "  gold_sum INTEGER NOT NULL,"
    "  gold_n INTEGER NOT NULL,"
    "  conflict INTEGER NOT NULL,"
    "  cooperation INTEGER NOT NULL,"
    "  threats INTEGER NOT NULL,"
    "  acts INTEGER NOT NULL,"
    "  PRIMARY KEY(pair, day)) WITHOUT ROWID;"
    "CREATE INDEX pair_days_day ON pair_days(day);"
    "CREATE TABLE day_totals("
    "  day INTEGER PRIMARY KEY,"
    "  articles INTEGER NOT NULL);"
    "INSERT INTO meta VALUES('created_by', 'dyad " DYAD_VERSION "');",
};
#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

enum stmt_id {
    S_GET,          /* an article's hash, lexicon and day */
    S_PUT,          /* insert or replace an article */
    S_DEL_PAIRS,    /* an article's pair rows */
    S_PUT_PAIR,
    S_DAY_DEL,      /* recompute one day's sums */
    S_DAY_SUM,
    S_TOT_DEL,
    S_TOT_SUM,
    S_PAIR_DAYS,
    S_DAY_TOTALS,
    S_PAIRS,
    S_SPAN,
    S_ARTICLES,
    S_TONES,
    S_PAIR_ARTICLES,
    NSTMT
};

static const char *const stmt_sql[NSTMT] = {
    [S_GET] = "SELECT hash, lexicon, day FROM articles WHERE id = ?1",
    [S_PUT] = "INSERT OR REPLACE INTO articles(id, day, date, hash, lexicon, "
              "words, sentiment_e4, tone_e4, positive_e4, negative_e4, "
              "polarity_e4, title, text) "
              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    [S_DEL_PAIRS] = "DELETE FROM article_pairs WHERE article_id = ?1",
    [S_PUT_PAIR] = "INSERT INTO article_pairs VALUES(?1, ?2, ?3, ?4, ?5, ?6, "
                   "?7, ?8, ?9, ?10)",
    [S_DAY_DEL] = "DELETE FROM pair_days WHERE day = ?1",
    [S_DAY_SUM] =
        "INSERT INTO pair_days "
        "SELECT p.pair, a.day, COUNT(*), SUM(p.sentences), SUM(p.tone_e4), "
        "SUM(p.tone_e4 * p.tone_e4), SUM(p.goldstein_e4), "
        "SUM(p.goldstein_e4 != 0), SUM(p.conflict), SUM(p.cooperation), "
        "SUM(p.threats), SUM(p.acts) "
        "FROM articles a JOIN article_pairs p ON p.article_id = a.id "
        "WHERE a.day = ?1 GROUP BY p.pair",
    [S_TOT_DEL] = "DELETE FROM day_totals WHERE day = ?1",
    [S_TOT_SUM] = "INSERT INTO day_totals SELECT day, COUNT(*) FROM articles "
                  "WHERE day = ?1 GROUP BY day",
    [S_PAIR_DAYS] = "SELECT day, articles, sentences, tone_sum, tone_sq, "
                    "gold_sum, gold_n, conflict, cooperation, threats, acts "
                    "FROM pair_days WHERE pair = ?1 AND day BETWEEN ?2 AND ?3 "
                    "ORDER BY day",
    [S_DAY_TOTALS] = "SELECT day, articles FROM day_totals "
                     "WHERE day BETWEEN ?1 AND ?2 ORDER BY day",
    [S_PAIRS] = "SELECT pair, SUM(articles), MIN(day), MAX(day) FROM pair_days "
                "GROUP BY pair ORDER BY SUM(articles) DESC, pair",
    [S_SPAN] = "SELECT MIN(day), MAX(day) FROM day_totals",
    [S_TONES] = "SELECT p.tone_e4 FROM article_pairs p JOIN articles a ON "
                "a.id = p.article_id WHERE p.pair = ?1 AND a.day BETWEEN ?2 "
                "AND ?3 ORDER BY a.day, a.id",
    [S_PAIR_ARTICLES] =
        "SELECT a.id, a.date, COALESCE(a.title, ''), p.evidence, p.tone_e4, "
        "p.goldstein_e4, p.conflict, p.cooperation FROM article_pairs p JOIN "
        "articles a ON a.id = p.article_id WHERE p.pair = ?1 AND a.day "
        "BETWEEN ?2 AND ?3 ORDER BY a.day, a.id",
    [S_ARTICLES] = "SELECT id, date, COALESCE(title, ''), lexicon, words, "
                   "sentiment_e4, tone_e4, positive_e4, negative_e4, "
                   "polarity_e4 FROM articles WHERE day BETWEEN ?1 AND ?2 "
                   "ORDER BY day, id",
};

struct dyad_store {
    sqlite3 *db;
    char *path;
    int lock_fd;
    sqlite3_stmt *st[NSTMT];
    int batch, in_batch;
    int read_only;
    int32_t *days;        /* days touched by the open batch */
    size_t ndays, days_cap;
};

/* A message for a failed SQLite call that says what dyad was doing. */
static int db_error(dyad_store *s, dyad_err *err, const char *what)
{
    int code = sqlite3_errcode(s->db);
    const char *hint = "";
    if (code == SQLITE_NOTADB)
        hint = " (the file is not a dyad database)";
    else if (code == SQLITE_READONLY)
        hint = " (the database is read-only)";
    else if (code == SQLITE_FULL)
        hint = " (disk full)";
    else if (code == SQLITE_CORRUPT)
        hint = " (the database is damaged; restore it from a backup)";
    else if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return dyad_err_set(err, DYAD_EBUSY, s->path, 0,
                            "%s: the database is busy", what);
    return dyad_err_set(err, code == SQLITE_IOERR || code == SQLITE_FULL ||
                                     code == SQLITE_CANTOPEN
                                 ? DYAD_EIO
                                 : DYAD_EDB,
                        s->path, 0, "%s: %s%s", what, sqlite3_errmsg(s->db),
                        hint);
}

static int exec(dyad_store *s, const char *sql, const char *what,
                dyad_err *err)
{
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return db_error(s, err, what);
    return DYAD_OK;
}

static int take_lock(dyad_store *s, const char *lock, double wait,
                     dyad_err *err)
{
    s->lock_fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (s->lock_fd < 0)
        return dyad_err_set(err, DYAD_EIO, lock, 0,
                            "cannot open lock file: %s", strerror(errno));
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        if (flock(s->lock_fd, LOCK_EX | LOCK_NB) == 0)
            return DYAD_OK;
        if (errno != EWOULDBLOCK && errno != EINTR)
            return dyad_err_set(err, DYAD_EIO, lock, 0, "cannot lock: %s",
                                strerror(errno));
        clock_gettime(CLOCK_MONOTONIC, &now);
        double waited = (double)(now.tv_sec - start.tv_sec) +
                        (double)(now.tv_nsec - start.tv_nsec) / 1e9;
        if (waited >= wait)
            return dyad_err_set(err, DYAD_EBUSY, lock, 0,
                                "another dyad run holds the lock on this "
                                "database%s; try again later or give --wait "
                                "SECONDS",
                                wait > 0 ? " (waited)" : "");
        struct timespec nap = {0, 100 * 1000 * 1000};
        nanosleep(&nap, NULL);
    }
}

static int user_version(dyad_store *s, int *v, dyad_err *err)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &q, NULL) !=
        SQLITE_OK)
        return db_error(s, err, "reading the schema version");
    int rc = sqlite3_step(q);
    *v = rc == SQLITE_ROW ? sqlite3_column_int(q, 0) : 0;
    sqlite3_finalize(q);
    if (rc != SQLITE_ROW)
        return db_error(s, err, "reading the schema version");
    return DYAD_OK;
}

static int migrate(dyad_store *s, dyad_err *err)
{
    int v, rc;
    if ((rc = user_version(s, &v, err)) != DYAD_OK)
        return rc;
    if (v > NMIGRATIONS)
        return dyad_err_set(err, DYAD_EDB, s->path, 0,
                            "database has schema %d, written by a newer dyad; "
                            "this dyad reads schema %d or older",
                            v, NMIGRATIONS);
    if (s->read_only) {
        if (v < NMIGRATIONS)
            return dyad_err_set(err, DYAD_EDB, s->path, 0,
                                v == 0 ? "not a dyad database (empty or "
                                         "another program's)"
                                       : "database has an old schema; run "
                                         "dyad ingest once to upgrade it");
        return DYAD_OK;
    }
    if (v == 0) {
        /* a new file must be empty: never build our schema into someone
         * else's database */
        sqlite3_stmt *q;
        int n = 0;
        if (sqlite3_prepare_v2(s->db, "SELECT COUNT(*) FROM sqlite_master",
                               -1, &q, NULL) != SQLITE_OK)
            return db_error(s, err, "opening the database");
        if (sqlite3_step(q) == SQLITE_ROW)
            n = sqlite3_column_int(q, 0);
        sqlite3_finalize(q);
        if (n > 0)
            return dyad_err_set(err, DYAD_EDB, s->path, 0,
                                "not a dyad database (it has other tables)");
    }
    for (; v < NMIGRATIONS; v++) {
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
        if ((rc = exec(s, "BEGIN IMMEDIATE", "upgrading the schema", err)) ||
            (rc = exec(s, migrations[v], "upgrading the schema", err)) ||
            (rc = exec(s, pragma, "upgrading the schema", err)) ||
            (rc = exec(s, "COMMIT", "upgrading the schema", err))) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return rc;
        }
    }
    return DYAD_OK;
}

dyad_store *dyad_store_open(const char *path, const dyad_store_opts *opts,
                            dyad_err *err)
{
    dyad_store_opts o = {0};
    if (opts)
        o = *opts;
    dyad_store *s = dyad_calloc(1, sizeof *s);
    char *lock = NULL;
    if (s)
        s->lock_fd = -1;   /* before any failure: close() must not take fd 0 */
    if (!s || !(s->path = dyad_strdup(path))) {
        dyad_err_set(err, DYAD_ENOMEM, path, 0, "out of memory");
        goto fail;
    }
    s->read_only = o.read_only;
    s->batch = o.batch > 0 ? o.batch : DEFAULT_BATCH;
    if (o.read_only || o.must_exist) {
        if (access(path, F_OK) != 0) {
            dyad_err_set(err, DYAD_ENOENT, path, 0,
                         "no database here (run dyad ingest first)");
            goto fail;
        }
    }
    if (!o.read_only) {
        size_t n = strlen(path);
        lock = o.lock ? dyad_strdup(o.lock) : dyad_malloc(n + 6);
        if (!lock) {
            dyad_err_set(err, DYAD_ENOMEM, path, 0, "out of memory");
            goto fail;
        }
        if (!o.lock)
            snprintf(lock, n + 6, "%s.lock", path);
        if (take_lock(s, lock, o.wait, err) != DYAD_OK)
            goto fail;
    }
    int flags = o.read_only    ? SQLITE_OPEN_READONLY
                : o.must_exist ? SQLITE_OPEN_READWRITE
                               : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        if (!s->db) {
            dyad_err_set(err, DYAD_ENOMEM, path, 0, "out of memory");
            goto fail;
        }
        db_error(s, err, "opening the database");
        goto fail;
    }
    sqlite3_busy_timeout(s->db, 10000);
    sqlite3_extended_result_codes(s->db, 0);
    /* WAL only once the file is known to be ours: never switch another
     * program's database to WAL before rejecting it */
    if (migrate(s, err) != DYAD_OK ||
        (!o.read_only &&
         (exec(s, "PRAGMA journal_mode = WAL", "opening the database", err) ||
          exec(s, "PRAGMA synchronous = NORMAL", "opening the database",
               err))))
        goto fail;
    for (int i = 0; i < NSTMT; i++) {
        if (o.read_only && (i == S_PUT || i == S_DEL_PAIRS ||
                            i == S_PUT_PAIR || i == S_DAY_DEL ||
                            i == S_DAY_SUM || i == S_TOT_DEL ||
                            i == S_TOT_SUM))
            continue;
        if (sqlite3_prepare_v3(s->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                               &s->st[i], NULL) != SQLITE_OK) {
            db_error(s, err, "preparing a query");
            goto fail;
        }
    }
    dyad_free(lock);
    return s;
fail:
    dyad_free(lock);
    dyad_store_close(s);
    return NULL;
}

void dyad_store_close(dyad_store *s)
{
    if (!s)
        return;
    if (s->in_batch)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    for (int i = 0; i < NSTMT; i++)
        sqlite3_finalize(s->st[i]);
    sqlite3_close(s->db);
    if (s->lock_fd >= 0)
        close(s->lock_fd);   /* releases the flock */
    dyad_free(s->days);
    dyad_free(s->path);
    dyad_free(s);
}

/* Runs a statement that returns no rows. */
static int step_done(dyad_store *s, sqlite3_stmt *q, const char *what,
                     dyad_err *err)
{
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return rc == SQLITE_DONE ? DYAD_OK : db_error(s, err, what);
}

static int touch_day(dyad_store *s, int32_t day)
{
    for (size_t i = s->ndays; i > 0; i--)
        if (s->days[i - 1] == day)
            return DYAD_OK;
    if (dyad_grow(&s->days, &s->days_cap, s->ndays + 1, sizeof *s->days) < 0)
        return DYAD_ENOMEM;
    s->days[s->ndays++] = day;
    return DYAD_OK;
}

int dyad_store_flush(dyad_store *s, dyad_err *err)
{
    if (!s->in_batch)
        return DYAD_OK;
    int rc = DYAD_OK;
    for (size_t i = 0; i < s->ndays && rc == DYAD_OK; i++) {
        sqlite3_int64 d = s->days[i];
        sqlite3_bind_int64(s->st[S_DAY_DEL], 1, d);
        sqlite3_bind_int64(s->st[S_DAY_SUM], 1, d);
        sqlite3_bind_int64(s->st[S_TOT_DEL], 1, d);
        sqlite3_bind_int64(s->st[S_TOT_SUM], 1, d);
        if ((rc = step_done(s, s->st[S_DAY_DEL], "summing a day", err)) ||
            (rc = step_done(s, s->st[S_DAY_SUM], "summing a day", err)) ||
            (rc = step_done(s, s->st[S_TOT_DEL], "summing a day", err)) ||
            (rc = step_done(s, s->st[S_TOT_SUM], "summing a day", err)))
            break;
    }
    if (rc == DYAD_OK)
        rc = exec(s, "COMMIT", "committing", err);
    if (rc != DYAD_OK)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    s->in_batch = 0;
    s->ndays = 0;
    return rc;
}

static int64_t e4(double v)
{
    return (int64_t)llround(v * 1e4);
}

/* Content hash: what makes two versions of an article the same. */
static void content_hash(const dyad_article *a, const dyad_scored *sc,
                         char out[17])
{
    uint64_t h = dyad_hash(a->date_iso, 10, DYAD_HASH_INIT);
    if (a->scored) {
        /* a scored line has no text: its scores are its content */
        int64_t v[6] = {(int64_t)sc->words, e4(sc->sentiment), e4(sc->tone),
                        e4(sc->positive), e4(sc->negative), e4(sc->polarity)};
        h = dyad_hash(v, sizeof v, h);
        for (size_t i = 0; i < sc->npairs; i++) {
            const dyad_scored_pair *p = &sc->pairs[i];
            int64_t w[7] = {p->sentences, e4(p->tone), e4(p->goldstein),
                            p->conflict, p->cooperation, p->threats, p->acts};
            h = dyad_hash(p->pair, strlen(p->pair), h);
            h = dyad_hash(w, sizeof w, h);
            h = dyad_hash(p->evidence, strlen(p->evidence), h);
        }
    } else {
        h = dyad_hash(a->title, strlen(a->title) + 1, h);
        h = dyad_hash(a->text, a->text_len, h);
    }
    snprintf(out, 17, "%016llx", (unsigned long long)dyad_hash_mix(h));
}

static void bind_text(sqlite3_stmt *q, int i, const char *s, size_t n)
{
    sqlite3_bind_text64(q, i, s, n, SQLITE_STATIC, SQLITE_UTF8);
}

int dyad_store_put(dyad_store *s, const dyad_article *a,
                   const dyad_scored *sc, int keep_text, int *outcome,
                   dyad_err *err)
{
    int rc;
    if (s->read_only)   /* its write statements are not prepared */
        return dyad_err_set(err, DYAD_EDB, s->path, 0,
                            "storing an article: the database was opened "
                            "read-only");
    if (!s->in_batch) {
        if ((rc = exec(s, "BEGIN IMMEDIATE", "starting a batch", err)))
            return rc;
        s->in_batch = 1;
    }
    char hash[17];
    content_hash(a, sc, hash);
    sqlite3_stmt *q = s->st[S_GET];
    bind_text(q, 1, a->id, strlen(a->id));
    rc = sqlite3_step(q);
    int exists = rc == SQLITE_ROW, same = 0;
    int32_t old_day = 0;
    if (exists) {
        const char *h = (const char *)sqlite3_column_text(q, 0);
        const char *lx = (const char *)sqlite3_column_text(q, 1);
        old_day = (int32_t)sqlite3_column_int64(q, 2);
        same = h && lx && strcmp(h, hash) == 0 && strcmp(lx, sc->lexicon) == 0;
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db_error(s, err, "looking an article up");
    if (same) {
        *outcome = DYAD_STORE_UNCHANGED;
        return DYAD_OK;
    }
    if ((exists && touch_day(s, old_day) != DYAD_OK) ||
        touch_day(s, a->date.day) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    q = s->st[S_PUT];
    bind_text(q, 1, a->id, strlen(a->id));
    sqlite3_bind_int64(q, 2, a->date.day);
    bind_text(q, 3, a->date_iso, 10);
    bind_text(q, 4, hash, 16);
    bind_text(q, 5, sc->lexicon, strlen(sc->lexicon));
    sqlite3_bind_int64(q, 6, (sqlite3_int64)sc->words);
    sqlite3_bind_int64(q, 7, e4(sc->sentiment));
    sqlite3_bind_int64(q, 8, e4(sc->tone));
    sqlite3_bind_int64(q, 9, e4(sc->positive));
    sqlite3_bind_int64(q, 10, e4(sc->negative));
    sqlite3_bind_int64(q, 11, e4(sc->polarity));
    if (keep_text && !a->scored) {
        bind_text(q, 12, a->title, strlen(a->title));
        bind_text(q, 13, a->text, a->text_len);
    }
    if ((rc = step_done(s, q, "storing an article", err)))
        return rc;
    q = s->st[S_DEL_PAIRS];
    bind_text(q, 1, a->id, strlen(a->id));
    if ((rc = step_done(s, q, "storing an article", err)))
        return rc;
    for (size_t i = 0; i < sc->npairs; i++) {
        const dyad_scored_pair *p = &sc->pairs[i];
        q = s->st[S_PUT_PAIR];
        bind_text(q, 1, a->id, strlen(a->id));
        bind_text(q, 2, p->pair, strlen(p->pair));
        sqlite3_bind_int64(q, 3, p->sentences);
        sqlite3_bind_int64(q, 4, e4(p->tone));
        sqlite3_bind_int64(q, 5, e4(p->goldstein));
        sqlite3_bind_int64(q, 6, p->conflict);
        sqlite3_bind_int64(q, 7, p->cooperation);
        sqlite3_bind_int64(q, 8, p->threats);
        sqlite3_bind_int64(q, 9, p->acts);
        bind_text(q, 10, p->evidence, strlen(p->evidence));
        if ((rc = step_done(s, q, "storing an article's pairs", err)))
            return rc;
    }
    *outcome = exists ? DYAD_STORE_REPLACED : DYAD_STORE_NEW;
    if (s->ndays >= (size_t)s->batch || ++s->in_batch > s->batch)
        return dyad_store_flush(s, err);
    return DYAD_OK;
}

typedef int (*pair_day_fn)(void *, const dyad_pair_day *);
typedef int (*total_fn)(void *, int32_t, int64_t);
typedef int (*pairs_fn)(void *, const dyad_pair_info *);
typedef int (*article_fn)(void *, const dyad_stored_article *);
typedef int (*tone_fn)(void *, double);
typedef int (*pair_article_fn)(void *, const dyad_pair_article *);

/* The caller's callback (one of four shapes) and its argument. */
typedef struct {
    pair_day_fn pair_day;
    total_fn total;
    pairs_fn pairs;
    article_fn article;
    tone_fn tone;
    pair_article_fn pair_article;
    void *arg;
} callback;

/* Steps a query, calling row(q, cb) for each row until it returns
 * non-zero. */
static int each_row(dyad_store *s, sqlite3_stmt *q, const char *what,
                    int (*row)(sqlite3_stmt *, const callback *),
                    const callback *cb, dyad_err *err)
{
    int rc, stop = 0;
    while (!stop && (rc = sqlite3_step(q)) == SQLITE_ROW)
        stop = row(q, cb);
    int bad = !stop && rc != SQLITE_DONE;
    int result = bad ? db_error(s, err, what) : DYAD_OK;
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return result;
}

static int pair_day_row(sqlite3_stmt *q, const callback *cb)
{
    dyad_pair_day d;
    d.day = (int32_t)sqlite3_column_int64(q, 0);
    int64_t *f[] = {&d.articles, &d.sentences, &d.tone_sum, &d.tone_sq,
                    &d.gold_sum, &d.gold_n, &d.conflict, &d.cooperation,
                    &d.threats, &d.acts};
    for (int i = 0; i < 10; i++)
        *f[i] = sqlite3_column_int64(q, i + 1);
    return cb->pair_day(cb->arg, &d);
}

int dyad_store_pair_days(dyad_store *s, const char *pair, int32_t from,
                         int32_t to, pair_day_fn fn, void *arg, dyad_err *err)
{
    sqlite3_stmt *q = s->st[S_PAIR_DAYS];
    callback cb = {.pair_day = fn, .arg = arg};
    bind_text(q, 1, pair, strlen(pair));
    sqlite3_bind_int64(q, 2, from);
    sqlite3_bind_int64(q, 3, to);
    return each_row(s, q, "reading a series", pair_day_row, &cb, err);
}

static int total_row(sqlite3_stmt *q, const callback *cb)
{
    return cb->total(cb->arg, (int32_t)sqlite3_column_int64(q, 0),
                     sqlite3_column_int64(q, 1));
}

int dyad_store_day_totals(dyad_store *s, int32_t from, int32_t to,
                          total_fn fn, void *arg, dyad_err *err)
{
    sqlite3_stmt *q = s->st[S_DAY_TOTALS];
    callback cb = {.total = fn, .arg = arg};
    sqlite3_bind_int64(q, 1, from);
    sqlite3_bind_int64(q, 2, to);
    return each_row(s, q, "reading daily totals", total_row, &cb, err);
}

static int pairs_row(sqlite3_stmt *q, const callback *cb)
{
    dyad_pair_info p;
    snprintf(p.pair, sizeof p.pair, "%s",
             (const char *)sqlite3_column_text(q, 0));
    p.articles = sqlite3_column_int64(q, 1);
    p.first_day = (int32_t)sqlite3_column_int64(q, 2);
    p.last_day = (int32_t)sqlite3_column_int64(q, 3);
    return cb->pairs(cb->arg, &p);
}

int dyad_store_pairs(dyad_store *s, pairs_fn fn, void *arg, dyad_err *err)
{
    callback cb = {.pairs = fn, .arg = arg};
    return each_row(s, s->st[S_PAIRS], "listing pairs", pairs_row, &cb, err);
}

static int article_row(sqlite3_stmt *q, const callback *cb)
{
    dyad_stored_article a;
    a.id = (const char *)sqlite3_column_text(q, 0);
    a.date = (const char *)sqlite3_column_text(q, 1);
    a.title = (const char *)sqlite3_column_text(q, 2);
    a.lexicon = (const char *)sqlite3_column_text(q, 3);
    a.words = sqlite3_column_int64(q, 4);
    double *v[] = {&a.sentiment, &a.tone, &a.positive, &a.negative,
                   &a.polarity};
    for (int i = 0; i < 5; i++)
        *v[i] = (double)sqlite3_column_int64(q, 5 + i) / 1e4;
    return cb->article(cb->arg, &a);
}

int dyad_store_articles(dyad_store *s, int32_t from, int32_t to,
                        article_fn fn, void *arg, dyad_err *err)
{
    sqlite3_stmt *q = s->st[S_ARTICLES];
    callback cb = {.article = fn, .arg = arg};
    sqlite3_bind_int64(q, 1, from);
    sqlite3_bind_int64(q, 2, to);
    return each_row(s, q, "reading articles", article_row, &cb, err);
}

static int pair_article_row(sqlite3_stmt *q, const callback *cb)
{
    dyad_pair_article a;
    a.id = (const char *)sqlite3_column_text(q, 0);
    a.date = (const char *)sqlite3_column_text(q, 1);
    a.title = (const char *)sqlite3_column_text(q, 2);
    a.evidence = (const char *)sqlite3_column_text(q, 3);
    a.tone = (double)sqlite3_column_int64(q, 4) / 1e4;
    a.goldstein = (double)sqlite3_column_int64(q, 5) / 1e4;
    a.conflict = sqlite3_column_int64(q, 6);
    a.cooperation = sqlite3_column_int64(q, 7);
    return cb->pair_article(cb->arg, &a);
}

int dyad_store_pair_articles(dyad_store *s, const char *pair, int32_t from,
                             int32_t to, pair_article_fn fn, void *arg,
                             dyad_err *err)
{
    sqlite3_stmt *q = s->st[S_PAIR_ARTICLES];
    callback cb = {.pair_article = fn, .arg = arg};
    bind_text(q, 1, pair, strlen(pair));
    sqlite3_bind_int64(q, 2, from);
    sqlite3_bind_int64(q, 3, to);
    return each_row(s, q, "reading a pair's articles", pair_article_row, &cb,
                    err);
}

static int tone_row(sqlite3_stmt *q, const callback *cb)
{
    return cb->tone(cb->arg, (double)sqlite3_column_int64(q, 0) / 1e4);
}

int dyad_store_pair_tones(dyad_store *s, const char *pair, int32_t from,
                          int32_t to, tone_fn fn, void *arg, dyad_err *err)
{
    sqlite3_stmt *q = s->st[S_TONES];
    callback cb = {.tone = fn, .arg = arg};
    bind_text(q, 1, pair, strlen(pair));
    sqlite3_bind_int64(q, 2, from);
    sqlite3_bind_int64(q, 3, to);
    return each_row(s, q, "reading article tones", tone_row, &cb, err);
}

int dyad_store_span(dyad_store *s, int32_t *first, int32_t *last,
                    dyad_err *err)
{
    sqlite3_stmt *q = s->st[S_SPAN];
    int rc = sqlite3_step(q);
    int empty = rc != SQLITE_ROW || sqlite3_column_type(q, 0) == SQLITE_NULL;
    if (!empty) {
        *first = (int32_t)sqlite3_column_int64(q, 0);
        *last = (int32_t)sqlite3_column_int64(q, 1);
    }
    sqlite3_reset(q);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db_error(s, err, "reading the date span");
    if (empty)
        return dyad_err_set(err, DYAD_ENOENT, s->path, 0,
                            "the database holds no articles");
    return DYAD_OK;
}

static int count(dyad_store *s, const char *sql, int64_t *out, dyad_err *err)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(s, err, "counting");
    int rc = sqlite3_step(q);
    *out = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    sqlite3_finalize(q);
    return rc == SQLITE_ROW ? DYAD_OK : db_error(s, err, "counting");
}

int dyad_store_counts(dyad_store *s, int64_t *articles, int64_t *pairs,
                      int64_t *pair_days, dyad_err *err)
{
    int rc = count(s, "SELECT COUNT(*) FROM articles", articles, err);
    if (!rc)
        rc = count(s, "SELECT COUNT(*) FROM article_pairs", pairs, err);
    if (!rc)
        rc = count(s, "SELECT COUNT(*) FROM pair_days", pair_days, err);
    return rc;
}

int dyad_store_each_stale(dyad_store *s, const char *lexicon,
                          int (*fn)(void *arg, const dyad_article *a),
                          void *arg, long *no_text, dyad_err *err)
{
    /* ids first: the callback writes to the same tables */
    sqlite3_stmt *q = NULL, *get = NULL;
    char **ids = NULL;
    size_t n = 0, cap = 0;
    int rc = DYAD_OK;
    int64_t missing = 0;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT id FROM articles WHERE lexicon != ?1 AND "
                           "text IS NOT NULL ORDER BY day, id",
                           -1, &q, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db,
                           "SELECT day, title, text FROM articles WHERE id = "
                           "?1",
                           -1, &get, NULL) != SQLITE_OK) {
        rc = db_error(s, err, "finding articles to rescore");
        goto out;
    }
    bind_text(q, 1, lexicon, strlen(lexicon));
    int step;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        if (dyad_grow(&ids, &cap, n + 1, sizeof *ids) < 0 ||
            !(ids[n] = dyad_strdup((const char *)sqlite3_column_text(q, 0)))) {
            rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
            goto out;
        }
        n++;
    }
    if (step != SQLITE_DONE) {
        rc = db_error(s, err, "finding articles to rescore");
        goto out;
    }
    sqlite3_finalize(q);
    q = NULL;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT COUNT(*) FROM articles WHERE lexicon != ?1 "
                           "AND text IS NULL",
                           -1, &q, NULL) == SQLITE_OK) {
        bind_text(q, 1, lexicon, strlen(lexicon));
        if (sqlite3_step(q) == SQLITE_ROW)
            missing = sqlite3_column_int64(q, 0);
    }
    if (no_text)
        *no_text = (long)missing;
    for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
        bind_text(get, 1, ids[i], strlen(ids[i]));
        if (sqlite3_step(get) == SQLITE_ROW) {
            dyad_article a = {0};
            a.id = ids[i];
            a.date.day = (int32_t)sqlite3_column_int64(get, 0);
            dyad_civil_from_days(a.date.day, &a.date.year, &a.date.month,
                                 &a.date.mday);
            a.date.unix = (int64_t)a.date.day * 86400;
            a.date.prec = DYAD_DATE_DAY;
            dyad_date_iso(a.date.day, a.date_iso);
            const char *t = (const char *)sqlite3_column_text(get, 1);
            a.title = t ? t : "";
            a.text = (const char *)sqlite3_column_text(get, 2);
            a.text_len = (size_t)sqlite3_column_bytes(get, 2);
            a.src = s->path;
            if (!a.text)
                a.text = "";
            if (fn(arg, &a) != 0)
                rc = dyad_err_set(err, DYAD_EINVAL, s->path, 0,
                                  "rescoring stopped at article %s", ids[i]);
        }
        sqlite3_reset(get);
    }
out:
    for (size_t i = 0; i < n; i++)
        dyad_free(ids[i]);
    dyad_free(ids);
    sqlite3_finalize(q);
    sqlite3_finalize(get);
    return rc;
}
