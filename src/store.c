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
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/hash.h"

#define DEFAULT_BATCH 5000
/* A writer's page cache: an ingest touches index pages all over the file
 * (ids, pairs and days arrive in no order of theirs), and re-reading them
 * from the OS for each batch costs more than the memory. */
#define CACHE_KIB "32768"
/* Checkpoint the WAL into the database every 4,096 pages (64 MiB with
 * 16 KiB pages) rather than SQLite's 1,000: each checkpoint syncs, and
 * a bulk ingest of 200,000 articles spent 0.5 s of its 4.2 s waiting for
 * them. A WAL left over is cut back to 64 MiB. */
#define CHECKPOINT_PAGES "4096"
#define WAL_KEEP_BYTES "67108864"
/* The page size of a new store (an existing one keeps its own). */
#define PAGE_SIZE "16384"

/* The oldest schema the queries can read as it is. */
#define READ_SCHEMA_MIN 1
/* Schemas before this one are read through the old_sql queries. */
#define SCHEMA_INTENSITIES 3

/* The events behind an article-pair row's goldstein mean in a store of
 * schema 2 or older, which did not keep them: its conflict and
 * cooperation hits when it has a weight (what a scored line without
 * "events" means, see dyad/ingest.h). */
#define OLD_EVENTS                                                         \
    "(CASE WHEN p.goldstein_e4 != 0 THEN p.conflict + p.cooperation ELSE " \
    "0 END)"
/* An article-pair row's summed weight in units of 1e-4 (the mean, as
 * stored, times the events), and its square in units of 1e-4 (the sum
 * rounded to 0.01 first, so that squares add up in 64 bits): the
 * per-article values delta_apply adds. */
#define NET_E4(ev) "(p.goldstein_e4 * " ev ")"
#define NET_E2(ev)                                                         \
    "(CASE WHEN " NET_E4(ev) " >= 0 THEN (" NET_E4(ev) " + 50) / 100 "     \
    "ELSE -((50 - " NET_E4(ev) ") / 100) END)"
/* The pair_days columns after (pair, day) summed over article_pairs rows
 * p (with ev their events), in the table's column order. */
#define PAIR_DAY_SUMS(ev)                                                  \
    "SUM(p.sentences > 0), SUM(p.sentences), SUM(p.tone_e4), "             \
    "SUM(p.tone_e4 * p.tone_e4), SUM(p.goldstein_e4), "                    \
    "SUM(p.goldstein_e4 != 0), SUM(p.conflict), SUM(p.cooperation), "      \
    "SUM(p.threats), SUM(p.acts), COUNT(*), SUM(p.conflict > 0), "         \
    "SUM(p.cooperation > 0), SUM(p.threats > 0), SUM(p.acts > 0), "        \
    "SUM(" NET_E4(ev) "), SUM(" NET_E2(ev) " * " NET_E2(ev) ")"

/* The columns of pair_days in schema 1 (schema 3 adds to them). */
#define PAIR_DAYS_V1                                                       \
    "  pair TEXT NOT NULL,"                                                \
    "  day INTEGER NOT NULL,"                                              \
    "  articles INTEGER NOT NULL,"                                         \
    "  sentences INTEGER NOT NULL,"                                        \
    "  tone_sum INTEGER NOT NULL,"                                         \
    "  tone_sq INTEGER NOT NULL,"                                          \
    "  gold_sum INTEGER NOT NULL,"                                         \
    "  gold_n INTEGER NOT NULL,"                                           \
    "  conflict INTEGER NOT NULL,"                                         \
    "  cooperation INTEGER NOT NULL,"                                      \
    "  threats INTEGER NOT NULL,"                                          \
    "  acts INTEGER NOT NULL,"

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
    PAIR_DAYS_V1
    "  PRIMARY KEY(pair, day)) WITHOUT ROWID;"
    "CREATE INDEX pair_days_day ON pair_days(day);"
    "CREATE TABLE day_totals("
    "  day INTEGER PRIMARY KEY,"
    "  articles INTEGER NOT NULL);"
    "INSERT INTO meta VALUES('created_by', 'dyad " DYAD_VERSION "');",
    /* 1 -> 2: indexes no statement uses any more. pair_days(day) served
     * a recompute of whole days that per-batch sums replaced; the
     * lexicon index cannot serve the one query on lexicon (lexicon !=
     * ?, a full scan). Each cost a b-tree write per row. */
    "DROP INDEX IF EXISTS pair_days_day;"
    "DROP INDEX IF EXISTS articles_lexicon;",
    /* 2 -> 3: intensities. article_pairs keeps the events behind the
     * goldstein mean and the co-mentions; pair_days counts articles
     * with a relation (sentences > 0) apart from all that name the pair
     * (mentions), the articles with conflict, cooperation, threat and
     * act events or hits, and the summed weight (net) and its square.
     * pair_days is rebuilt from article_pairs with the sums delta_apply
     * makes, so an upgraded store reads as one ingested afresh. */
    "ALTER TABLE article_pairs ADD COLUMN events INTEGER NOT NULL "
    "  DEFAULT 0;"
    "ALTER TABLE article_pairs ADD COLUMN comentions INTEGER NOT NULL "
    "  DEFAULT 0;"
    "UPDATE article_pairs AS p SET events = " OLD_EVENTS
    "  WHERE p.goldstein_e4 != 0;"
    "DROP TABLE pair_days;"
    "CREATE TABLE pair_days("
    PAIR_DAYS_V1
    "  mentions INTEGER NOT NULL,"
    "  conflict_art INTEGER NOT NULL,"
    "  coop_art INTEGER NOT NULL,"
    "  threat_art INTEGER NOT NULL,"
    "  act_art INTEGER NOT NULL,"
    "  net_e4 INTEGER NOT NULL,"
    "  net_sq INTEGER NOT NULL,"
    "  PRIMARY KEY(pair, day)) WITHOUT ROWID;"
    "INSERT INTO pair_days SELECT p.pair, a.day, " PAIR_DAY_SUMS("p.events")
    "  FROM article_pairs p JOIN articles a ON a.id = p.article_id"
    "  GROUP BY p.pair, a.day;",
    /* 3 -> 4: the shifts and episodes `dyad alerts` has reported, so that
     * each is reported once */
    "CREATE TABLE alerts(key TEXT PRIMARY KEY, day INTEGER NOT NULL) "
    "  WITHOUT ROWID;",
};
#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

enum stmt_id {
    /* writes (not prepared for a read-only store) */
    S_ADD,          /* insert an article unless its id is stored */
    S_PUT,          /* insert or replace an article */
    S_OLD_PAIRS,    /* a replaced article's pair rows, to take them out */
    S_DEL_PAIRS,    /* an article's pair rows */
    S_DAY_PRUNE,    /* a pair's day that no article has any more */
    S_TOT_PRUNE,
    /* reads */
    S_GET,          /* an article's hash, lexicon and day */
    S_PAIR_DAYS,
    S_DAY_TOTALS,
    S_PAIRS,
    S_PAIRS_IN,     /* the pairs by their counts in a range of days */
    S_SPAN,
    S_ARTICLES,
    S_TONES,
    S_PAIR_ARTICLES,
    S_ALL_PAIR_ARTICLES,    /* every article and pair (the long table) */
    S_PAIR_STORED,          /* does any day hold the pair */
    NSTMT
};
#define S_FIRST_READ S_GET

static const char *const stmt_sql[NSTMT] = {
    [S_GET] = "SELECT hash, lexicon, day FROM articles WHERE id = ?1",
    [S_ADD] = "INSERT INTO articles(id, day, date, hash, lexicon, "
              "words, sentiment_e4, tone_e4, positive_e4, negative_e4, "
              "polarity_e4, title, text) "
              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
              "ON CONFLICT(id) DO NOTHING",
    [S_PUT] = "INSERT OR REPLACE INTO articles(id, day, date, hash, lexicon, "
              "words, sentiment_e4, tone_e4, positive_e4, negative_e4, "
              "polarity_e4, title, text) "
              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    [S_OLD_PAIRS] = "SELECT pair, sentences, tone_e4, goldstein_e4, conflict, "
                    "cooperation, threats, acts, events, comentions "
                    "FROM article_pairs WHERE article_id = ?1",
    [S_DEL_PAIRS] = "DELETE FROM article_pairs WHERE article_id = ?1",
    [S_DAY_PRUNE] = "DELETE FROM pair_days WHERE pair = ?1 AND day = ?2 AND "
                    "mentions = 0",
    [S_TOT_PRUNE] = "DELETE FROM day_totals WHERE day = ?1 AND articles = 0",
    [S_PAIR_DAYS] = "SELECT day, articles, sentences, tone_sum, tone_sq, "
                    "gold_sum, gold_n, conflict, cooperation, threats, acts, "
                    "mentions, conflict_art, coop_art, threat_art, act_art, "
                    "net_e4, net_sq "
                    "FROM pair_days WHERE pair = ?1 AND day BETWEEN ?2 AND ?3 "
                    "ORDER BY day",
    [S_DAY_TOTALS] = "SELECT day, articles FROM day_totals "
                     "WHERE day BETWEEN ?1 AND ?2 ORDER BY day",
    [S_PAIRS] = "SELECT pair, SUM(articles), MIN(day), MAX(day), "
                "SUM(mentions) FROM pair_days "
                "GROUP BY pair ORDER BY SUM(articles) DESC, pair",
    [S_PAIRS_IN] = "SELECT pair, SUM(articles), MIN(day), MAX(day), "
                   "SUM(mentions) FROM pair_days WHERE day BETWEEN ?1 AND ?2 "
                   "GROUP BY pair ORDER BY SUM(articles) DESC, pair",
    [S_SPAN] = "SELECT MIN(day), MAX(day) FROM day_totals",
    [S_TONES] = "SELECT p.tone_e4 FROM article_pairs p JOIN articles a ON "
                "a.id = p.article_id WHERE p.pair = ?1 AND a.day BETWEEN ?2 "
                "AND ?3 ORDER BY a.day, a.id",
    [S_PAIR_ARTICLES] =
        "SELECT a.id, a.date, COALESCE(a.title, ''), p.evidence, p.tone_e4, "
        "p.goldstein_e4, p.conflict, p.cooperation, p.sentences, p.threats, "
        "p.acts, p.events, p.comentions, p.pair FROM article_pairs p JOIN "
        "articles a ON a.id = p.article_id WHERE p.pair = ?1 AND a.day "
        "BETWEEN ?2 AND ?3 ORDER BY a.day, a.id",
    [S_PAIR_STORED] = "SELECT 1 FROM pair_days WHERE pair = ?1 LIMIT 1",
    [S_ALL_PAIR_ARTICLES] =
        "SELECT a.id, a.date, COALESCE(a.title, ''), p.evidence, p.tone_e4, "
        "p.goldstein_e4, p.conflict, p.cooperation, p.sentences, p.threats, "
        "p.acts, p.events, p.comentions, p.pair FROM article_pairs p JOIN "
        "articles a ON a.id = p.article_id WHERE a.day BETWEEN ?1 AND ?2 "
        "ORDER BY a.day, a.id, p.pair",
    [S_ARTICLES] = "SELECT id, date, COALESCE(title, ''), lexicon, words, "
                   "sentiment_e4, tone_e4, positive_e4, negative_e4, "
                   "polarity_e4 FROM articles WHERE day BETWEEN ?1 AND ?2 "
                   "ORDER BY day, id",
};

/* The reads of a store of an older schema (a reader does not migrate):
 * the new pair_days columns summed from article_pairs, as the migration
 * to schema 3 does. */
static const char *const old_sql[NSTMT] = {
    [S_PAIR_DAYS] = "SELECT a.day, " PAIR_DAY_SUMS(OLD_EVENTS)
                    " FROM article_pairs p JOIN articles a ON a.id = "
                    "p.article_id WHERE p.pair = ?1 AND a.day BETWEEN ?2 AND "
                    "?3 GROUP BY a.day ORDER BY a.day",
    [S_PAIRS] = "SELECT pair, SUM(articles), MIN(day), MAX(day), "
                "SUM(articles) FROM pair_days "
                "GROUP BY pair ORDER BY SUM(articles) DESC, pair",
    [S_PAIRS_IN] = "SELECT pair, SUM(articles), MIN(day), MAX(day), "
                   "SUM(articles) FROM pair_days WHERE day BETWEEN ?1 AND ?2 "
                   "GROUP BY pair ORDER BY SUM(articles) DESC, pair",
    [S_PAIR_ARTICLES] =
        "SELECT a.id, a.date, COALESCE(a.title, ''), p.evidence, p.tone_e4, "
        "p.goldstein_e4, p.conflict, p.cooperation, p.sentences, p.threats, "
        "p.acts, " OLD_EVENTS ", 0, p.pair FROM article_pairs p JOIN "
        "articles a ON a.id = p.article_id WHERE p.pair = ?1 AND a.day "
        "BETWEEN ?2 AND ?3 ORDER BY a.day, a.id",
    [S_ALL_PAIR_ARTICLES] =
        "SELECT a.id, a.date, COALESCE(a.title, ''), p.evidence, p.tone_e4, "
        "p.goldstein_e4, p.conflict, p.cooperation, p.sentences, p.threats, "
        "p.acts, " OLD_EVENTS ", 0, p.pair FROM article_pairs p JOIN "
        "articles a ON a.id = p.article_id WHERE a.day BETWEEN ?1 AND ?2 "
        "ORDER BY a.day, a.id, p.pair",
};

/* Rows written by multi-row INSERTs: one sqlite3_step costs about as
 * much as the b-tree writes of a row, so rows go 2^k at a time, through
 * statements of 1, 2, 4, ... ROWS_MAX rows (prepared when first used). */
enum rows_id {
    R_PAIRS,        /* article_pairs rows */
    R_DAYS,         /* add a batch's sums to pairs' days */
    R_TOTALS,       /* add a batch's articles to days */
    NROWS
};
#define ROWS_LEVELS 7
#define ROWS_MAX (1 << (ROWS_LEVELS - 1))

static const struct {
    const char *head, *tail;
    int ncols;
} rows_sql[NROWS] = {
    [R_PAIRS] = {"INSERT OR FAIL INTO article_pairs VALUES", "", 12},
    [R_DAYS] = {"INSERT OR FAIL INTO pair_days VALUES",
                " ON CONFLICT(pair, day) DO UPDATE SET "
                "articles = articles + excluded.articles, "
                "sentences = sentences + excluded.sentences, "
                "tone_sum = tone_sum + excluded.tone_sum, "
                "tone_sq = tone_sq + excluded.tone_sq, "
                "gold_sum = gold_sum + excluded.gold_sum, "
                "gold_n = gold_n + excluded.gold_n, "
                "conflict = conflict + excluded.conflict, "
                "cooperation = cooperation + excluded.cooperation, "
                "threats = threats + excluded.threats, "
                "acts = acts + excluded.acts, "
                "mentions = mentions + excluded.mentions, "
                "conflict_art = conflict_art + excluded.conflict_art, "
                "coop_art = coop_art + excluded.coop_art, "
                "threat_art = threat_art + excluded.threat_art, "
                "act_art = act_art + excluded.act_art, "
                "net_e4 = net_e4 + excluded.net_e4, "
                "net_sq = net_sq + excluded.net_sq",
                19},
    [R_TOTALS] = {"INSERT OR FAIL INTO day_totals VALUES",
                  " ON CONFLICT(day) DO UPDATE SET "
                  "articles = articles + excluded.articles",
                  2},
};

/* An article-pair row's numbers, in the order of its columns. */
enum { V_SENTENCES, V_TONE, V_GOLD, V_CONFLICT, V_COOP, V_THREATS, V_ACTS,
       V_EVENTS, V_COMENTIONS, NVALS };

/* An article_pairs row waiting for its INSERT: its id and evidence are
 * at offsets into the store's pool. */
typedef struct {
    size_t id_off, id_len, ev_off, ev_len;
    char pair[20];
    int64_t v[NVALS];
} pending_pair;

/* The sums a batch adds to one pair's day (negative for the articles it
 * replaced), and the articles it adds to one day. */
typedef struct {
    char pair[20];
    dyad_pair_day d;
} day_delta;

typedef struct {
    int32_t day;
    int64_t articles;
} total_delta;

/* An open-addressing index (slots hold position + 1; 0 is empty) over an
 * array of entries in the order they came. */
typedef struct {
    uint32_t *slot;
    size_t nslots;      /* a power of two, or 0 */
} index_map;

struct dyad_store {
    sqlite3 *db;
    char *path;
    int lock_fd;
    sqlite3_stmt *st[NSTMT];
    sqlite3_stmt *rows[NROWS][ROWS_LEVELS];
    int batch, in_batch;
    int read_only;
    int schema;         /* user_version after opening */
    int last_existed;   /* the last article put was stored already */
    /* article_pairs rows not yet inserted (at most ROWS_MAX - 1 past a
     * put), and the bytes of their ids and evidence */
    pending_pair *pend;
    size_t npend, pend_cap;
    dyad_buf pool;
    /* the open batch's sums, written when it commits (or, past
     * MAX_DELTAS, earlier inside its transaction) */
    day_delta *deltas;
    size_t ndeltas, deltas_cap;
    index_map delta_ix;
    total_delta *totals;    /* one per day touched by the batch */
    size_t ntotals, totals_cap;
    index_map total_ix;
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

static int nomem(dyad_err *err)
{
    return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
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
    s->schema = v;
    if (s->read_only) {
        /* a reader never migrates; it reads every schema from 1 on (2 only
         * dropped indexes no query uses), so a new dyad answers queries
         * on an old store before its first ingest upgrades it */
        if (v < READ_SCHEMA_MIN)
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
        /* before the first table (it is fixed from then on): bigger
         * pages hold more rows each, so an ingest splits and writes
         * fewer of them */
        if ((rc = exec(s, "PRAGMA page_size = " PAGE_SIZE,
                       "creating the database", err)))
            return rc;
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
        s->schema = v + 1;
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
    /* one thread per store (see the header): the connection needs no
     * mutex of its own */
    flags |= SQLITE_OPEN_NOMUTEX;
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
               err) ||
          exec(s, "PRAGMA cache_size = -" CACHE_KIB, "opening the database",
               err) ||
          exec(s, "PRAGMA wal_autocheckpoint = " CHECKPOINT_PAGES,
               "opening the database", err) ||
          exec(s, "PRAGMA journal_size_limit = " WAL_KEEP_BYTES,
               "opening the database", err))))
        goto fail;
    for (int i = 0; i < NSTMT; i++) {
        if (o.read_only && i < S_FIRST_READ)
            continue;
        const char *sql = s->schema < SCHEMA_INTENSITIES && old_sql[i]
                              ? old_sql[i]
                              : stmt_sql[i];
        if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
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

static void deltas_clear(dyad_store *s)
{
    if (s->delta_ix.slot)
        memset(s->delta_ix.slot, 0,
               s->delta_ix.nslots * sizeof *s->delta_ix.slot);
    if (s->total_ix.slot)
        memset(s->total_ix.slot, 0,
               s->total_ix.nslots * sizeof *s->total_ix.slot);
    s->ndeltas = 0;
    s->ntotals = 0;
    s->npend = 0;
    dyad_buf_clear(&s->pool);
}

void dyad_store_close(dyad_store *s)
{
    if (!s)
        return;
    if (s->in_batch)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    for (int i = 0; i < NSTMT; i++)
        sqlite3_finalize(s->st[i]);
    for (int i = 0; i < NROWS; i++)
        for (int k = 0; k < ROWS_LEVELS; k++)
            sqlite3_finalize(s->rows[i][k]);
    sqlite3_close(s->db);
    if (s->lock_fd >= 0)
        close(s->lock_fd);   /* releases the flock */
    dyad_free(s->deltas);
    dyad_free(s->delta_ix.slot);
    dyad_free(s->totals);
    dyad_free(s->total_ix.slot);
    dyad_free(s->pend);
    dyad_buf_free(&s->pool);
    dyad_free(s->path);
    dyad_free(s);
}

/* Runs a statement that returns no rows. */
static int step_done(dyad_store *s, sqlite3_stmt *q, const char *what,
                     dyad_err *err)
{
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? DYAD_OK : db_error(s, err, what);
}

static void bind_text(sqlite3_stmt *q, int i, const char *s, size_t n)
{
    sqlite3_bind_text64(q, i, s, n, SQLITE_STATIC, SQLITE_UTF8);
}

/* Pair-day sums held in memory before they are written: past this many,
 * the batch writes them (in its transaction) and starts again, so that
 * memory stays bounded whatever --batch is. */
#define MAX_DELTAS 65536

/* Grows an index to hold n + 1 entries at most half full, rehashing the
 * n entries there are with hash(i). */
static int index_fit(index_map *m, size_t n, uint64_t (*hash)(const void *,
                                                                size_t),
                     const void *entries)
{
    if ((n + 1) * 2 <= m->nslots)
        return DYAD_OK;
    size_t ns = m->nslots ? m->nslots * 2 : 1024;
    uint32_t *slot = dyad_calloc(ns, sizeof *slot);
    if (!slot)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        size_t j = (size_t)hash(entries, i) & (ns - 1);
        while (slot[j])
            j = (j + 1) & (ns - 1);
        slot[j] = (uint32_t)i + 1;
    }
    dyad_free(m->slot);
    m->slot = slot;
    m->nslots = ns;
    return DYAD_OK;
}

static uint64_t pair_day_hash(const char *pair, int32_t day)
{
    uint64_t h = dyad_hash(pair, strlen(pair), DYAD_HASH_INIT);
    return dyad_hash_mix(dyad_hash(&day, sizeof day, h));
}

static uint64_t delta_hash(const void *entries, size_t i)
{
    const day_delta *e = (const day_delta *)entries + i;
    return pair_day_hash(e->pair, e->d.day);
}

static uint64_t total_hash(const void *entries, size_t i)
{
    int32_t day = ((const total_delta *)entries)[i].day;
    return dyad_hash_mix((uint64_t)(uint32_t)day);
}

/* The batch's sums for pair on day, added if new; NULL without memory. */
static dyad_pair_day *delta_for(dyad_store *s, const char *pair, int32_t day)
{
    index_map *m = &s->delta_ix;
    if (index_fit(m, s->ndeltas, delta_hash, s->deltas) != DYAD_OK)
        return NULL;
    size_t j = (size_t)pair_day_hash(pair, day) & (m->nslots - 1);
    for (; m->slot[j]; j = (j + 1) & (m->nslots - 1)) {
        day_delta *e = &s->deltas[m->slot[j] - 1];
        if (e->d.day == day && strcmp(e->pair, pair) == 0)
            return &e->d;
    }
    if (dyad_grow(&s->deltas, &s->deltas_cap, s->ndeltas + 1,
                  sizeof *s->deltas) < 0)
        return NULL;
    day_delta *e = &s->deltas[s->ndeltas];
    memset(e, 0, sizeof *e);
    snprintf(e->pair, sizeof e->pair, "%s", pair);
    e->d.day = day;
    m->slot[j] = (uint32_t)++s->ndeltas;
    return &e->d;
}

/* Adds n articles to day (n is -1 for a replaced article's old day). */
static int total_add(dyad_store *s, int32_t day, int64_t n)
{
    index_map *m = &s->total_ix;
    if (index_fit(m, s->ntotals, total_hash, s->totals) != DYAD_OK)
        return DYAD_ENOMEM;
    size_t j = (size_t)dyad_hash_mix((uint64_t)(uint32_t)day) &
               (m->nslots - 1);
    for (; m->slot[j]; j = (j + 1) & (m->nslots - 1)) {
        total_delta *e = &s->totals[m->slot[j] - 1];
        if (e->day == day) {
            e->articles += n;
            return DYAD_OK;
        }
    }
    if (dyad_grow(&s->totals, &s->totals_cap, s->ntotals + 1,
                  sizeof *s->totals) < 0)
        return DYAD_ENOMEM;
    s->totals[s->ntotals].day = day;
    s->totals[s->ntotals].articles = n;
    m->slot[j] = (uint32_t)++s->ntotals;
    return DYAD_OK;
}

/* Adds (sign 1) or takes out (sign -1) one article's scores for a pair
 * (v: V_*). The same sums as PAIR_DAY_SUMS. */
static void delta_apply(dyad_pair_day *d, int sign, const int64_t *v)
{
    int64_t net = v[V_GOLD] * v[V_EVENTS];
    int64_t e2 = net >= 0 ? (net + 50) / 100 : -((50 - net) / 100);
    d->articles += sign * (v[V_SENTENCES] > 0);
    d->mentions += sign;
    d->sentences += sign * v[V_SENTENCES];
    d->tone_sum += sign * v[V_TONE];
    d->tone_sq += sign * v[V_TONE] * v[V_TONE];
    d->gold_sum += sign * v[V_GOLD];
    d->gold_n += sign * (v[V_GOLD] != 0);
    d->conflict += sign * v[V_CONFLICT];
    d->cooperation += sign * v[V_COOP];
    d->threats += sign * v[V_THREATS];
    d->acts += sign * v[V_ACTS];
    d->conflict_art += sign * (v[V_CONFLICT] > 0);
    d->coop_art += sign * (v[V_COOP] > 0);
    d->threat_art += sign * (v[V_THREATS] > 0);
    d->act_art += sign * (v[V_ACTS] > 0);
    d->net_e4 += sign * net;
    d->net_sq += sign * e2 * e2;
}

static int delta_cmp(const void *x, const void *y)
{
    const day_delta *a = x, *b = y;
    int c = strcmp(a->pair, b->pair);
    return c ? c : (a->d.day > b->d.day) - (a->d.day < b->d.day);
}

/* The statement inserting 2^level rows of table id, prepared on first
 * use. */
static int rows_stmt(dyad_store *s, int id, int level, dyad_err *err)
{
    if (s->rows[id][level])
        return DYAD_OK;
    dyad_buf sql = {0};
    int nrows = 1 << level, ok = dyad_buf_puts(&sql, rows_sql[id].head) ==
                                 DYAD_OK;
    for (int r = 0; ok && r < nrows; r++) {
        ok = dyad_buf_puts(&sql, r ? ",(" : "(") == DYAD_OK;
        for (int c = 0; ok && c < rows_sql[id].ncols; c++)
            ok = dyad_buf_puts(&sql, c ? ",?" : "?") == DYAD_OK;
        ok = ok && dyad_buf_putc(&sql, ')') == DYAD_OK;
    }
    ok = ok && dyad_buf_puts(&sql, rows_sql[id].tail) == DYAD_OK;
    int rc = DYAD_OK;
    if (!ok)
        rc = nomem(err);
    else if (sqlite3_prepare_v3(s->db, sql.data, (int)sql.len,
                                SQLITE_PREPARE_PERSISTENT,
                                &s->rows[id][level], NULL) != SQLITE_OK) {
        s->rows[id][level] = NULL;
        rc = db_error(s, err, "preparing a query");
    }
    dyad_buf_free(&sql);
    return rc;
}

/* Binds row i of ctx to the parameters from base + 1 on. */
typedef void (*bind_row_fn)(sqlite3_stmt *q, int base, const void *ctx,
                            size_t i);

/* Inserts n rows of table id, the most the statements take at a time. */
static int write_rows(dyad_store *s, int id, size_t n, bind_row_fn bind,
                      const void *ctx, const char *what, dyad_err *err)
{
    int ncols = rows_sql[id].ncols;
    size_t i = 0;
    for (int level = ROWS_LEVELS - 1; level >= 0; level--) {
        size_t chunk = (size_t)1 << level;
        while (n - i >= chunk) {
            int rc = rows_stmt(s, id, level, err);
            if (rc != DYAD_OK)
                return rc;
            sqlite3_stmt *q = s->rows[id][level];
            for (size_t r = 0; r < chunk; r++)
                bind(q, (int)r * ncols, ctx, i + r);
            if ((rc = step_done(s, q, what, err)) != DYAD_OK)
                return rc;
            i += chunk;
        }
    }
    return DYAD_OK;
}

static void bind_pair_row(sqlite3_stmt *q, int base, const void *ctx,
                          size_t i)
{
    const dyad_store *s = ctx;
    const pending_pair *p = &s->pend[i];
    bind_text(q, base + 1, s->pool.data + p->id_off, p->id_len);
    bind_text(q, base + 2, p->pair, strlen(p->pair));
    for (int k = 0; k <= V_ACTS; k++)
        sqlite3_bind_int64(q, base + 3 + k, p->v[k]);
    bind_text(q, base + 10, s->pool.data + p->ev_off, p->ev_len);
    sqlite3_bind_int64(q, base + 11, p->v[V_EVENTS]);
    sqlite3_bind_int64(q, base + 12, p->v[V_COMENTIONS]);
}

/* Inserts the article_pairs rows waiting. */
static int write_pending(dyad_store *s, dyad_err *err)
{
    int rc = write_rows(s, R_PAIRS, s->npend, bind_pair_row, s,
                        "storing an article's pairs", err);
    s->npend = 0;
    dyad_buf_clear(&s->pool);
    return rc;
}

/* The sums of a pair_days row, in the order of the table's columns after
 * (pair, day). */
#define PAIR_DAY_SUMS_N 17
static void pair_day_sums(const dyad_pair_day *d, int64_t v[PAIR_DAY_SUMS_N])
{
    const int64_t x[PAIR_DAY_SUMS_N] = {
        d->articles,  d->sentences,    d->tone_sum,    d->tone_sq,
        d->gold_sum,  d->gold_n,       d->conflict,    d->cooperation,
        d->threats,   d->acts,         d->mentions,    d->conflict_art,
        d->coop_art,  d->threat_art,   d->act_art,     d->net_e4,
        d->net_sq};
    memcpy(v, x, sizeof x);
}

static void bind_day_row(sqlite3_stmt *q, int base, const void *ctx,
                         size_t i)
{
    const day_delta *e = (const day_delta *)ctx + i;
    const dyad_pair_day *d = &e->d;
    int64_t v[PAIR_DAY_SUMS_N];
    pair_day_sums(d, v);
    bind_text(q, base + 1, e->pair, strlen(e->pair));
    sqlite3_bind_int64(q, base + 2, d->day);
    for (int k = 0; k < PAIR_DAY_SUMS_N; k++)
        sqlite3_bind_int64(q, base + 3 + k, v[k]);
}

static int delta_is_zero(const dyad_pair_day *d)
{
    int64_t v[PAIR_DAY_SUMS_N];
    pair_day_sums(d, v);
    for (int k = 0; k < PAIR_DAY_SUMS_N; k++)
        if (v[k])
            return 0;
    return 1;
}

/* Writes the pair-day sums held in memory (in pair and day order, the
 * table's own, so the writes walk its pages in turn). */
static int write_deltas(dyad_store *s, dyad_err *err)
{
    static const char what[] = "summing a day";
    size_t n = 0;
    if (s->ndeltas)   /* qsort wants a non-NULL array even when empty */
        qsort(s->deltas, s->ndeltas, sizeof *s->deltas, delta_cmp);
    /* an article replaced by the same scores leaves a zero: nothing to
     * write */
    for (size_t i = 0; i < s->ndeltas; i++)
        if (!delta_is_zero(&s->deltas[i].d))
            s->deltas[n++] = s->deltas[i];
    int rc = write_rows(s, R_DAYS, n, bind_day_row, s->deltas, what, err);
    sqlite3_stmt *prune = s->st[S_DAY_PRUNE];
    for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
        const day_delta *e = &s->deltas[i];
        if (e->d.mentions >= 0)
            continue;
        bind_text(prune, 1, e->pair, strlen(e->pair));
        sqlite3_bind_int64(prune, 2, e->d.day);
        rc = step_done(s, prune, what, err);
    }
    s->ndeltas = 0;
    if (s->delta_ix.slot)
        memset(s->delta_ix.slot, 0,
               s->delta_ix.nslots * sizeof *s->delta_ix.slot);
    return rc;
}

static void bind_total_row(sqlite3_stmt *q, int base, const void *ctx,
                           size_t i)
{
    const total_delta *e = (const total_delta *)ctx + i;
    sqlite3_bind_int64(q, base + 1, e->day);
    sqlite3_bind_int64(q, base + 2, e->articles);
}

/* Writes the day totals held in memory (the index over them is stale
 * after: only the commit follows). */
static int write_totals(dyad_store *s, dyad_err *err)
{
    static const char what[] = "summing a day";
    size_t n = 0;
    for (size_t i = 0; i < s->ntotals; i++)
        if (s->totals[i].articles != 0)
            s->totals[n++] = s->totals[i];
    s->ntotals = n;
    int rc = write_rows(s, R_TOTALS, n, bind_total_row, s->totals, what,
                        err);
    sqlite3_stmt *prune = s->st[S_TOT_PRUNE];
    for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
        if (s->totals[i].articles >= 0)
            continue;
        sqlite3_bind_int64(prune, 1, s->totals[i].day);
        rc = step_done(s, prune, what, err);
    }
    return rc;
}

int dyad_store_flush(dyad_store *s, dyad_err *err)
{
    if (!s->in_batch)
        return DYAD_OK;
    int rc = write_pending(s, err);
    if (rc == DYAD_OK)
        rc = write_deltas(s, err);
    if (rc == DYAD_OK)
        rc = write_totals(s, err);
    if (rc == DYAD_OK)
        rc = exec(s, "COMMIT", "committing", err);
    if (rc != DYAD_OK)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    s->in_batch = 0;
    deltas_clear(s);
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
            /* the counts a line of an older dyad lacks, only when they
             * are not what it means: its articles keep their hash */
            int64_t ec[2] = {p->events, p->comentions};
            if (p->comentions != 0 ||
                p->events != (p->goldstein != 0
                                  ? p->conflict + p->cooperation
                                  : 0))
                h = dyad_hash(ec, sizeof ec, h);
            h = dyad_hash(p->evidence, strlen(p->evidence), h);
        }
    } else {
        h = dyad_hash(a->title, strlen(a->title) + 1, h);
        h = dyad_hash(a->text, a->text_len, h);
    }
    uint64_t v = dyad_hash_mix(h);
    for (int i = 15; i >= 0; i--, v >>= 4)   /* %016llx, without printf */
        out[i] = "0123456789abcdef"[v & 15];
    out[16] = '\0';
}

/* Takes a stored article's pair rows out of the batch's sums and deletes
 * them. */
static int take_out_pairs(dyad_store *s, const char *id, int32_t day,
                          dyad_err *err)
{
    /* the article's rows may still wait for their INSERT */
    int rc = write_pending(s, err), bad = 0;
    if (rc != DYAD_OK)
        return rc;
    sqlite3_stmt *q = s->st[S_OLD_PAIRS];
    bind_text(q, 1, id, strlen(id));
    rc = SQLITE_DONE;
    while (!bad && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        const char *pair = (const char *)sqlite3_column_text(q, 0);
        dyad_pair_day *d = pair ? delta_for(s, pair, day) : NULL;
        if (!d) {
            bad = 1;
            break;
        }
        int64_t v[NVALS];
        for (int k = 0; k < NVALS; k++)
            v[k] = sqlite3_column_int64(q, 1 + k);
        delta_apply(d, -1, v);
    }
    sqlite3_reset(q);
    if (bad)
        return nomem(err);
    if (rc != SQLITE_DONE)
        return db_error(s, err, "storing an article");
    q = s->st[S_DEL_PAIRS];
    bind_text(q, 1, id, strlen(id));
    return step_done(s, q, "storing an article", err);
}

static void bind_article(sqlite3_stmt *q, const dyad_article *a,
                         const dyad_scored *sc, const char *hash,
                         int keep_text)
{
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
    } else {
        sqlite3_bind_null(q, 12);
        sqlite3_bind_null(q, 13);
    }
}

/* Queues an article's pair rows for insertion and adds them to the
 * batch's sums. */
static int add_pairs(dyad_store *s, const dyad_article *a,
                     const dyad_scored *sc, dyad_err *err)
{
    size_t idlen = strlen(a->id), id_off = s->pool.len;
    if (sc->npairs &&
        (dyad_grow(&s->pend, &s->pend_cap, s->npend + sc->npairs,
                   sizeof *s->pend) < 0 ||
         dyad_buf_append(&s->pool, a->id, idlen) != DYAD_OK))
        return nomem(err);
    for (size_t i = 0; i < sc->npairs; i++) {
        const dyad_scored_pair *p = &sc->pairs[i];
        pending_pair *x = &s->pend[s->npend];
        const int64_t v[NVALS] = {p->sentences, e4(p->tone),
                                  e4(p->goldstein), p->conflict,
                                  p->cooperation, p->threats, p->acts,
                                  p->events, p->comentions};
        dyad_pair_day *d = delta_for(s, p->pair, a->date.day);
        if (!d)
            return nomem(err);
        delta_apply(d, 1, v);
        size_t evlen = strlen(p->evidence);
        x->ev_off = s->pool.len;
        if (dyad_buf_append(&s->pool, p->evidence, evlen) != DYAD_OK)
            return nomem(err);
        x->id_off = id_off;
        x->id_len = idlen;
        x->ev_len = evlen;
        memcpy(x->pair, p->pair, sizeof x->pair);   /* NUL-terminated */
        memcpy(x->v, v, sizeof v);
        s->npend++;
    }
    return s->npend >= ROWS_MAX ? write_pending(s, err) : DYAD_OK;
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
    int exists = 1, same = 0;
    int32_t old_day = 0;
    sqlite3_stmt *q;
    /* Mostly new articles (a fresh store, a new night's input): insert
     * first, and look up only what the insert finds stored. Mostly known
     * ones (the same input again): look up first. The last article
     * tells which. */
    if (!s->last_existed) {
        q = s->st[S_ADD];
        bind_article(q, a, sc, hash, keep_text);
        if ((rc = step_done(s, q, "storing an article", err)))
            return rc;
        exists = sqlite3_changes(s->db) == 0;
    }
    if (exists) {
        q = s->st[S_GET];
        bind_text(q, 1, a->id, strlen(a->id));
        rc = sqlite3_step(q);
        exists = rc == SQLITE_ROW;
        if (exists) {
            const char *h = (const char *)sqlite3_column_text(q, 0);
            const char *lx = (const char *)sqlite3_column_text(q, 1);
            old_day = (int32_t)sqlite3_column_int64(q, 2);
            same = h && lx && strcmp(h, hash) == 0 &&
                   strcmp(lx, sc->lexicon) == 0;
        }
        sqlite3_reset(q);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return db_error(s, err, "looking an article up");
        if (same) {
            s->last_existed = 1;
            *outcome = DYAD_STORE_UNCHANGED;
            return DYAD_OK;
        }
        q = s->st[S_PUT];
        bind_article(q, a, sc, hash, keep_text);
        if ((rc = step_done(s, q, "storing an article", err)))
            return rc;
    }
    s->last_existed = exists;
    if ((exists && total_add(s, old_day, -1) != DYAD_OK) ||
        total_add(s, a->date.day, 1) != DYAD_OK)
        return nomem(err);
    /* a new article has no pair rows to take out */
    if (exists && (rc = take_out_pairs(s, a->id, old_day, err)))
        return rc;
    if ((rc = add_pairs(s, a, sc, err)))
        return rc;
    *outcome = exists ? DYAD_STORE_REPLACED : DYAD_STORE_NEW;
    if (s->ndeltas >= MAX_DELTAS && (rc = write_deltas(s, err)))
        return rc;
    if (s->ntotals >= (size_t)s->batch || ++s->in_batch > s->batch)
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
    int64_t *f[PAIR_DAY_SUMS_N] = {
        &d.articles,  &d.sentences,    &d.tone_sum,    &d.tone_sq,
        &d.gold_sum,  &d.gold_n,       &d.conflict,    &d.cooperation,
        &d.threats,   &d.acts,         &d.mentions,    &d.conflict_art,
        &d.coop_art,  &d.threat_art,   &d.act_art,     &d.net_e4,
        &d.net_sq};
    for (int i = 0; i < PAIR_DAY_SUMS_N; i++)
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
    p.mentions = sqlite3_column_int64(q, 4);
    return cb->pairs(cb->arg, &p);
}

int dyad_store_pairs(dyad_store *s, pairs_fn fn, void *arg, dyad_err *err)
{
    callback cb = {.pairs = fn, .arg = arg};
    return each_row(s, s->st[S_PAIRS], "listing pairs", pairs_row, &cb, err);
}

int dyad_store_pairs_in(dyad_store *s, int32_t from, int32_t to, pairs_fn fn,
                        void *arg, dyad_err *err)
{
    callback cb = {.pairs = fn, .arg = arg};
    sqlite3_stmt *q = s->st[S_PAIRS_IN];
    sqlite3_bind_int64(q, 1, from);
    sqlite3_bind_int64(q, 2, to);
    return each_row(s, q, "listing pairs", pairs_row, &cb, err);
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
    a.sentences = sqlite3_column_int64(q, 8);
    a.threats = sqlite3_column_int64(q, 9);
    a.acts = sqlite3_column_int64(q, 10);
    a.events = sqlite3_column_int64(q, 11);
    a.comentions = sqlite3_column_int64(q, 12);
    a.pair = (const char *)sqlite3_column_text(q, 13);
    return cb->pair_article(cb->arg, &a);
}

int dyad_store_pair_stored(dyad_store *s, const char *pair, int *stored,
                           dyad_err *err)
{
    int rc = s->npend ? write_pending(s, err) : DYAD_OK;
    if (rc != DYAD_OK)
        return rc;
    sqlite3_stmt *q = s->st[S_PAIR_STORED];
    bind_text(q, 1, pair, strlen(pair));
    int step = sqlite3_step(q);
    *stored = step == SQLITE_ROW;
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return step == SQLITE_ROW || step == SQLITE_DONE
               ? DYAD_OK
               : db_error(s, err, "looking for a pair");
}

int dyad_store_all_pair_articles(dyad_store *s, int32_t from, int32_t to,
                                 pair_article_fn fn, void *arg,
                                 dyad_err *err)
{
    int rc = s->npend ? write_pending(s, err) : DYAD_OK;
    if (rc != DYAD_OK)
        return rc;
    sqlite3_stmt *q = s->st[S_ALL_PAIR_ARTICLES];
    callback cb = {.pair_article = fn, .arg = arg};
    sqlite3_bind_int64(q, 1, from);
    sqlite3_bind_int64(q, 2, to);
    return each_row(s, q, "reading the articles' pairs", pair_article_row,
                    &cb, err);
}

int dyad_store_pair_articles(dyad_store *s, const char *pair, int32_t from,
                             int32_t to, pair_article_fn fn, void *arg,
                             dyad_err *err)
{
    int rc = s->npend ? write_pending(s, err) : DYAD_OK;
    if (rc != DYAD_OK)
        return rc;
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
    int rc = s->npend ? write_pending(s, err) : DYAD_OK;
    if (rc != DYAD_OK)
        return rc;
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

int dyad_store_alerts_note(dyad_store *s, const char *const *keys, size_t n,
                           int32_t day, unsigned char *seen, dyad_err *err)
{
    if (s->read_only)
        return dyad_err_set(err, DYAD_EINVAL, s->path, 0,
                            "alerts: the store is open read-only");
    sqlite3_stmt *get = NULL, *put = NULL;
    int rc = dyad_store_flush(s, err);   /* an open batch first */
    if (rc != DYAD_OK)
        return rc;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM alerts WHERE key = ?1", -1,
                           &get, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, "INSERT INTO alerts(key, day) "
                                  "VALUES(?1, ?2) ON CONFLICT(key) DO NOTHING",
                           -1, &put, NULL) != SQLITE_OK) {
        rc = db_error(s, err, "noting alerts");
        goto out;
    }
    if ((rc = exec(s, "BEGIN IMMEDIATE", "noting alerts", err)) != DYAD_OK)
        goto out;
    for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
        bind_text(get, 1, keys[i], strlen(keys[i]));
        int st = sqlite3_step(get);
        seen[i] = st == SQLITE_ROW;
        sqlite3_reset(get);
        if (st != SQLITE_ROW && st != SQLITE_DONE) {
            rc = db_error(s, err, "noting alerts");
            break;
        }
        bind_text(put, 1, keys[i], strlen(keys[i]));
        sqlite3_bind_int64(put, 2, day);
        if (sqlite3_step(put) != SQLITE_DONE)
            rc = db_error(s, err, "noting alerts");
        sqlite3_reset(put);
    }
    if (rc == DYAD_OK)
        rc = exec(s, "COMMIT", "noting alerts", err);
    else
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
out:
    sqlite3_finalize(get);
    sqlite3_finalize(put);
    return rc;
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
    int rc = s->npend ? write_pending(s, err) : DYAD_OK;
    if (!rc)
        rc = count(s, "SELECT COUNT(*) FROM articles", articles, err);
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
