/*
 * fuzz_jsonl - the article reader (dyad/ingest.h) on any bytes: JSON
 * Lines, a JSON array, or (when the input starts with 1f 8b) gzip.
 *
 * The reader takes a path, so each input goes to a temp file first. The
 * last byte of the input also picks options (it stays in the file: after a
 * gzip stream zlib ignores trailing bytes): bit 0 a small record limit of
 * 8 << bits 1-3 bytes, bit 4 explicit field names instead of the default
 * lists. Every record is read; each rejection is counted and formatted;
 * each article is checked against what dyad/ingest.h promises, and a line
 * of `dyad score` output is written back as one. A second reader with
 * cjson_only set reads the same file: the fast scanner must give the same
 * articles, rejections and messages as cJSON alone (a differential
 * oracle for the hand-written scanner).
 */
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "dyad/ingest.h"
#include "dyad/score.h"

#include "fuzz_util.h"

/* A fixed "now" (2030-01-01) so that the future check does not depend on
 * the day the input is replayed. */
#define FUZZ_NOW INT64_C(1893456000)

/* The same article from the fast scanner (a) and from cJSON (b). */
static void same_article(const dyad_article *a, const dyad_article *b,
                         dyad_buf *la, dyad_buf *lb)
{
    FUZZ_CHECK(strcmp(a->id, b->id) == 0);
    FUZZ_CHECK(strcmp(a->title, b->title) == 0);
    FUZZ_CHECK(a->text_len == b->text_len &&
               memcmp(a->text, b->text, a->text_len) == 0);
    FUZZ_CHECK(strcmp(a->date_iso, b->date_iso) == 0);
    FUZZ_CHECK(a->date.unix == b->date.unix && a->date.prec == b->date.prec);
    FUZZ_CHECK(a->line == b->line && a->repaired == b->repaired);
    FUZZ_CHECK(!a->scored == !b->scored);
    if (a->scored) {
        dyad_buf_clear(la);
        dyad_buf_clear(lb);
        FUZZ_CHECK(dyad_score_json_scored(a, la) == DYAD_OK);
        FUZZ_CHECK(dyad_score_json_scored(b, lb) == DYAD_OK);
        FUZZ_CHECK(la->len == lb->len && memcmp(la->data, lb->data, la->len) == 0);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[PATH_MAX];
    if (fuzz_tmpfile(data, size, path, sizeof path) != 0)
        return 0;
    unsigned sel = size ? data[size - 1] : 0;
    dyad_ingest_opts o;
    fuzz_opts(sel, FUZZ_NOW, &o);
    /* r reads as dyad does; ref reads every record with cJSON alone, and
     * must see the same articles, rejections and messages */
    dyad_ingest_opts ro = o;
    ro.cjson_only = 1;
    dyad_err err = {0}, rerr = {0};
    dyad_reader *r = dyad_reader_open(path, &o, &err);
    dyad_reader *ref = dyad_reader_open(path, &ro, &rerr);
    unlink(path);
    FUZZ_CHECK(!r == !ref);
    if (!r)
        return 0;
    dyad_buf out = {0}, la = {0}, lb = {0};
    unsigned long good = 0, rejected = 0;
    char msg[1024], rmsg[1024];
    for (;;) {
        dyad_article a, b;
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        int rc = dyad_reader_next(r, &a, &err);
        int rrc = dyad_reader_next(ref, &b, &rerr);
        FUZZ_CHECK(rc == rrc);
        if (rc == 0)
            break;
        if (rc == DYAD_EPARSE || rc < 0) {
            dyad_err_format(&err, msg, sizeof msg);
            dyad_err_format(&rerr, rmsg, sizeof rmsg);
            FUZZ_CHECK(strcmp(msg, rmsg) == 0);
        }
        if (rc == DYAD_EPARSE) {
            rejected++;
            dyad_span raw = dyad_reader_raw(r);
            dyad_span rraw = dyad_reader_raw(ref);
            FUZZ_CHECK(raw.len == 0 || raw.ptr);
            FUZZ_CHECK(raw.len == rraw.len &&
                       (raw.len == 0 || memcmp(raw.ptr, rraw.ptr, raw.len) == 0));
            FUZZ_CHECK(o.max_record_bytes == 0 ||
                       raw.len <= o.max_record_bytes);
            continue;
        }
        if (rc < 0)
            break;
        FUZZ_CHECK(rc == 1);
        good++;
        fuzz_check_article(&a, FUZZ_NOW);
        same_article(&a, &b, &la, &lb);
        if (a.scored) {
            dyad_buf_clear(&out);
            FUZZ_CHECK(dyad_score_json_scored(&a, &out) == DYAD_OK);
        }
    }
    const dyad_ingest_stats *st = dyad_reader_stats(r);
    FUZZ_CHECK(st->good == good);
    /* every rejection is a record read, a malformed array's too */
    FUZZ_CHECK(st->read == st->good + st->rejected);
    FUZZ_CHECK(st->rejected == rejected);
    const dyad_ingest_stats *rst = dyad_reader_stats(ref);
    FUZZ_CHECK(rst->good == st->good && rst->rejected == st->rejected &&
               rst->repaired == st->repaired);
    dyad_reader_close(r);
    dyad_reader_close(ref);
    dyad_buf_free(&out);
    dyad_buf_free(&la);
    dyad_buf_free(&lb);
    return 0;
}
