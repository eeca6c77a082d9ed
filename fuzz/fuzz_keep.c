/*
 * fuzz_keep - "a good record is never lost because of a bad one beside
 * it", whatever the format. The first byte picks a layout, the rest is a
 * damaged record (line feeds taken out) put among three good ones, k1 k2
 * k3; the file is read with the format detected as dyad detects it (CSV
 * named), and every good record must come out, with read = good +
 * rejected:
 *
 *   0  JSON Lines, the damaged line first (the case of issue 16: a line
 *      starting with '[' must not make the file one failed array)
 *   1  JSON Lines, the damaged line between good ones
 *   2  a JSON array written one element to a line, the damaged line in
 *      the middle
 *   3  CSV (id,date,text), the damaged row in the middle
 *   4  RSS: an item made of the damaged bytes (printable ASCII, escaped)
 *      between good items
 *   5  RSS: the raw damaged bytes after k1 and k2: those two are kept
 *      (a feed that is not well-formed keeps the items before the error)
 */
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "dyad/ingest.h"

#include "fuzz_util.h"

#define FUZZ_NOW INT64_C(1893456000)   /* 2030-01-01 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void put(dyad_buf *b, const char *s)
{
    FUZZ_CHECK(dyad_buf_puts(b, s) == DYAD_OK);
}

/* The damaged bytes without line feeds; for layout 0 no '<' (a line that
 * starts as XML is a feed) and no gzip magic at the start. */
static void damaged(dyad_buf *b, const uint8_t *d, size_t n, int layout)
{
    for (size_t i = 0; i < n; i++) {
        char c = (char)d[i];
        if (c == '\n')
            continue;
        if (layout == 0 && (c == '<' || (b->len == 0 && d[i] == 0x1f)))
            c = '(';
        FUZZ_CHECK(dyad_buf_putc(b, c) == DYAD_OK);
    }
}

/* Printable ASCII of the damaged bytes, XML-escaped. */
static void escaped(dyad_buf *b, const uint8_t *d, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int c = d[i];
        if (c == '<')
            put(b, "&lt;");
        else if (c == '>')
            put(b, "&gt;");
        else if (c == '&')
            put(b, "&amp;");
        else if (c >= 0x20 && c < 0x7f)
            FUZZ_CHECK(dyad_buf_putc(b, (char)c) == DYAD_OK);
    }
}

static const char *const json_good[] = {
    "{\"id\":\"k1\",\"date\":\"2025-01-01\",\"text\":\"Japan and China met.\"}",
    "{\"id\":\"k2\",\"date\":\"2025-01-02\",\"text\":\"Russia attacked Ukraine.\"}",
    "{\"id\":\"k3\",\"date\":\"2025-01-03\",\"title\":\"India and Pakistan talk\"}"};

static void item(dyad_buf *b, const char *id, const char *date)
{
    put(b, "<item><guid>");
    put(b, id);
    put(b, "</guid><title>Japan and China met</title><pubDate>");
    put(b, date);
    put(b, "</pubDate></item>\n");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int layout = data[0] % 6;
    const uint8_t *d = data + 1;
    size_t n = size - 1;
    dyad_buf f = {0};
    dyad_ingest_opts o = {0};
    o.now = FUZZ_NOW;
    const char *want = "k1 k2 k3 ";
    switch (layout) {
    case 0:
    case 1:
        if (layout == 1) {
            put(&f, json_good[0]);
            put(&f, "\n");
        }
        damaged(&f, d, n, layout);
        put(&f, "\n");
        if (layout == 0) {
            put(&f, json_good[0]);
            put(&f, "\n");
        }
        put(&f, json_good[1]);
        put(&f, "\n");
        put(&f, json_good[2]);
        put(&f, "\n");
        break;
    case 2:
        put(&f, "[\n");
        put(&f, json_good[0]);
        put(&f, ",\n");
        damaged(&f, d, n, layout);
        put(&f, "\n");
        put(&f, json_good[1]);
        put(&f, ",\n");
        put(&f, json_good[2]);
        put(&f, "\n]\n");
        break;
    case 3:
        o.format = DYAD_INPUT_CSV;
        put(&f, "id,date,text\nk1,2025-01-01,Japan and China met.\n");
        damaged(&f, d, n, layout);
        put(&f, "\nk2,2025-01-02,Russia attacked Ukraine.\n"
                "k3,2025-01-03,India and Pakistan held talks.\n");
        break;
    case 4:
        put(&f, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n");
        item(&f, "k1", "2025-01-01");
        put(&f, "<item><title>");
        escaped(&f, d, n);
        put(&f, "</title><pubDate>");
        escaped(&f, d, n);
        put(&f, "</pubDate><description>");
        escaped(&f, d, n);
        put(&f, "</description></item>\n");
        item(&f, "k2", "2025-01-02");
        item(&f, "k3", "2025-01-03");
        put(&f, "</channel></rss>\n");
        break;
    default:
        put(&f, "<rss version=\"2.0\"><channel>\n");
        item(&f, "k1", "2025-01-01");
        item(&f, "k2", "2025-01-02");
        FUZZ_CHECK(dyad_buf_append(&f, d, n) == DYAD_OK);
        put(&f, "\n");
        item(&f, "k3", "2025-01-03");
        put(&f, "</channel></rss>\n");
        want = "k1 k2 ";
        break;
    }
    char path[PATH_MAX];
    if (fuzz_tmpfile((const uint8_t *)f.data, f.len, path, sizeof path) != 0) {
        dyad_buf_free(&f);
        return 0;
    }
    dyad_buf ids = {0};
    fuzz_read_all(path, &o, 0, &ids);
    unlink(path);
    /* each good id, in order (a damaged record may bring its own ids,
     * anywhere) */
    size_t at = 0;
    for (const char *w = want; *w; w += 3) {
        char id[3] = {w[0], w[1], 0};
        while (at < ids.len && strcmp(ids.data + at, id) != 0)
            at += strlen(ids.data + at) + 1;
        if (at >= ids.len) {
            fprintf(stderr, "layout %d: %s lost\n", layout, id);
            FUZZ_CHECK(!"a good record was lost");
        }
        at += strlen(id) + 1;
    }
    dyad_buf_free(&ids);
    dyad_buf_free(&f);
    return 0;
}
