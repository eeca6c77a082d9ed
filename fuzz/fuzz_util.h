/*
 * fuzz/fuzz_util.h - helpers shared by the libFuzzer harnesses: a temp file
 * holding the input (for the readers, which take a path), a UTF-8 check
 * and repair that do not use dyad's own (so that they check it), and a
 * check macro that turns a broken promise of the API into a crash.
 *
 * Header-only and static: each harness is one translation unit.
 */
#ifndef DYAD_FUZZ_UTIL_H
#define DYAD_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dyad/common.h"

/* A promise of the public API that the input broke: libFuzzer reports the
 * abort as a crash and keeps the input. */
#define FUZZ_CHECK(cond)                                                   \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,         \
                    __LINE__, #cond);                                      \
            abort();                                                       \
        }                                                                  \
    } while (0)

/* Writes data to a new file in $TMPDIR (or /tmp) and puts its name in path.
 * 0 ok, -1 when the file cannot be made (the input is then skipped). The
 * caller unlinks it. */
static inline int fuzz_tmpfile(const uint8_t *data, size_t len, char *path,
                               size_t n)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    if (snprintf(path, n, "%s/dyad-fuzz-XXXXXX", dir) >= (int)n)
        return -1;
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(fd, data + off, len - off);
        if (w <= 0) {
            close(fd);
            unlink(path);
            return -1;
        }
        off += (size_t)w;
    }
    close(fd);
    return 0;
}

/* Length of the UTF-8 sequence at s (RFC 3629: no overlong forms, no
 * surrogates, at most U+10FFFF), 0 when it is not one. */
static inline size_t fuzz_utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    uint32_t v;
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
        v = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        v = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        v = c & 0x07;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3f);
    }
    if ((len == 3 && v < 0x800) || (len == 4 && v < 0x10000) ||
        v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
        return 0;
    return len;
}

static inline int fuzz_utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t k = fuzz_utf8_seq(p + i, n - i);
        if (!k)
            return 0;
        i += k;
    }
    return 1;
}

/* Copies data into out with every byte that starts no valid sequence
 * replaced by U+FFFD, so that APIs whose input must be UTF-8 get some.
 * DYAD_OK or DYAD_ENOMEM. */
static inline int fuzz_utf8_repair(const uint8_t *data, size_t len,
                                   dyad_buf *out)
{
    dyad_buf_clear(out);
    int rc = dyad_buf_reserve(out, len);
    for (size_t i = 0; i < len && rc == DYAD_OK;) {
        size_t k = fuzz_utf8_seq(data + i, len - i);
        if (k) {
            rc = dyad_buf_append(out, data + i, k);
            i += k;
        } else {
            rc = dyad_buf_append(out, "\xef\xbf\xbd", 3);
            i++;
        }
    }
    return rc;
}

#ifdef DYAD_INGEST_H
/* What dyad/ingest.h promises of an article read at a fixed "now". */
static inline void fuzz_check_article(const dyad_article *a, int64_t now)
{
    FUZZ_CHECK(a->id && a->id[0]);
    FUZZ_CHECK(a->title && a->text && a->src);
    FUZZ_CHECK(strlen(a->text) == a->text_len);
    FUZZ_CHECK(fuzz_utf8_valid(a->text, a->text_len));
    FUZZ_CHECK(fuzz_utf8_valid(a->title, strlen(a->title)));
    FUZZ_CHECK(fuzz_utf8_valid(a->id, strlen(a->id)));
    FUZZ_CHECK(strlen(a->date_iso) == 10);
    FUZZ_CHECK(a->date.year >= 1000);
    FUZZ_CHECK(a->date.unix <= now + 2 * 86400);
    FUZZ_CHECK(a->date.prec >= DYAD_DATE_YEAR &&
               a->date.prec <= DYAD_DATE_TIME);
    FUZZ_CHECK(a->line >= 1);
    if (a->scored) {
        FUZZ_CHECK(a->text_len == 0);
    } else {
        /* a text, or a title alone (a headline is news) */
        int words = 0;
        for (size_t i = 0; i < a->text_len && !words; i++)
            words = !strchr(" \t\r\n", a->text[i]);
        for (const char *t = a->title; *t && !words; t++)
            words = !strchr(" \t\r\n", *t);
        FUZZ_CHECK(words);
    }
}
/* Options from a selector byte (the input's last), as the reader
 * harnesses share them: bit 0 a record limit of 8 << bits 1-3 bytes, bit
 * 4 explicit field names (guid, published, headline, body); "now" fixed
 * at now. */
static inline void fuzz_opts(unsigned sel, int64_t now, dyad_ingest_opts *o)
{
    memset(o, 0, sizeof *o);
    o->now = now;
    if (sel & 1)
        o->max_record_bytes = (size_t)8 << ((sel >> 1) & 7);
    if (sel & 0x10) {
        o->id_field = "guid";
        o->date_field = "published";
        o->title_field = "headline";
        o->text_field = "body";
    }
}

/* Reads the file at path to its end with opts, checking every article
 * and rejection and the counts (read = good + rejected); the ids of the
 * articles go to ids, each followed by a NUL, when ids is not NULL.
 * With ordered, good articles must come in the order of their lines. */
static inline void fuzz_read_all(const char *path,
                                 const dyad_ingest_opts *o, int ordered,
                                 dyad_buf *ids)
{
    dyad_err err = {0};
    dyad_reader *r = dyad_reader_open(path, o, &err);
    if (!r)
        return;
    unsigned long good = 0, rejected = 0, last = 0;
    char msg[1024];
    for (;;) {
        dyad_article a;
        memset(&a, 0, sizeof a);
        int rc = dyad_reader_next(r, &a, &err);
        if (rc == 0)
            break;
        if (rc == DYAD_EPARSE) {
            rejected++;
            FUZZ_CHECK(err.line >= 1);
            dyad_err_format(&err, msg, sizeof msg);
            dyad_span raw = dyad_reader_raw(r);
            FUZZ_CHECK(raw.len == 0 || raw.ptr);
            FUZZ_CHECK(o->max_record_bytes == 0 || raw.len <= 2 * o->max_record_bytes + 64);
            continue;
        }
        if (rc < 0)
            break;
        FUZZ_CHECK(rc == 1);
        good++;
        fuzz_check_article(&a, o->now);
        if (ordered)
            FUZZ_CHECK(a.line >= last);
        last = a.line;
        if (ids) {
            FUZZ_CHECK(dyad_buf_append(ids, a.id, strlen(a.id) + 1) ==
                       DYAD_OK);
        }
    }
    const dyad_ingest_stats *st = dyad_reader_stats(r);
    FUZZ_CHECK(st->good == good && st->rejected == rejected);
    FUZZ_CHECK(st->read == st->good + st->rejected);
    dyad_reader_close(r);
}
/* A reader harness: the input as a file, options from its last byte
 * (fuzz_opts), the format given, read to its end by fuzz_read_all. */
static inline void fuzz_read_input(const uint8_t *data, size_t size,
                                   int64_t now, int format)
{
    char path[4096];
    if (fuzz_tmpfile(data, size, path, sizeof path) != 0)
        return;
    dyad_ingest_opts o;
    fuzz_opts(size ? data[size - 1] : 0, now, &o);
    o.format = format;
    fuzz_read_all(path, &o, 1, NULL);
    unlink(path);
}
#endif

#endif
