/*
 * fuzz_scored - lines of `dyad score` output read back (dyad_scored_parse,
 * dyad_evidence_each in dyad/ingest.h) and written again
 * (dyad_score_json_scored in dyad/score.h), on any bytes.
 *
 * A line that parses is written back on a synthetic article; that line
 * must parse again, and writing it once more must give the same bytes
 * (what is written is what is read). A reference parser that reads with
 * cJSON alone must accept and reject the same lines, with the same
 * message, and read the same values (the fast scanner's oracle).
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "dyad/ingest.h"
#include "dyad/score.h"

#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int count_sentence(void *arg, const char *sentence, double tone)
{
    FUZZ_CHECK(sentence);
    (void)tone;
    ++*(size_t *)arg;
    return 0;
}

static void write_back(const dyad_scored *sc, dyad_buf *out)
{
    dyad_article a;
    memset(&a, 0, sizeof a);
    a.id = "fuzz-1";
    a.title = "";
    a.text = "";
    a.src = "fuzz";
    a.line = 1;
    a.scored = sc;
    dyad_err err = {0};
    FUZZ_CHECK(dyad_date_parse("2024-06-01", 10, &a.date, &err) == DYAD_OK);
    dyad_date_iso(a.date.day, a.date_iso);
    FUZZ_CHECK(dyad_score_json_scored(&a, out) == DYAD_OK);
    FUZZ_CHECK(out->len > 0 && out->data[out->len - 1] == '\n');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_err err = {0};
    dyad_scored_parser *p = dyad_scored_parser_new();
    FUZZ_CHECK(p);
    const dyad_scored *sc = NULL;
    int rc = dyad_scored_parse(p, (const char *)data, size, &sc, &err);
    FUZZ_CHECK(rc == DYAD_OK || rc == DYAD_EPARSE);
    dyad_scored_parser *ref = dyad_scored_parser_new();
    FUZZ_CHECK(ref);
    dyad_scored_parser_cjson_only(ref, 1);
    const dyad_scored *rsc = NULL;
    dyad_err rerr = {0};
    FUZZ_CHECK(dyad_scored_parse(ref, (const char *)data, size, &rsc,
                                 &rerr) == rc);
    if (rc != DYAD_OK) {
        char msg[600], rmsg[600];
        dyad_err_format(&err, msg, sizeof msg);
        dyad_err_format(&rerr, rmsg, sizeof rmsg);
        FUZZ_CHECK(strcmp(msg, rmsg) == 0);
        dyad_scored_parser_free(ref);
        dyad_scored_parser_free(p);
        return 0;
    }
    dyad_buf mine = {0}, theirs = {0};
    write_back(sc, &mine);
    write_back(rsc, &theirs);
    FUZZ_CHECK(mine.len == theirs.len &&
               memcmp(mine.data, theirs.data, mine.len) == 0);
    dyad_buf_free(&mine);
    dyad_buf_free(&theirs);
    dyad_scored_parser_free(ref);
    FUZZ_CHECK(sc && sc->lexicon && (sc->npairs == 0 || sc->pairs));
    for (size_t i = 0; i < sc->npairs; i++) {
        const dyad_scored_pair *q = &sc->pairs[i];
        FUZZ_CHECK(memchr(q->pair, '\0', sizeof q->pair));
        FUZZ_CHECK(q->tone >= -1 && q->tone <= 1);
        FUZZ_CHECK(q->goldstein >= -10 && q->goldstein <= 10);
        FUZZ_CHECK(q->evidence);
        size_t n = 0;
        FUZZ_CHECK(dyad_evidence_each(q->evidence, count_sentence, &n,
                                      &err) == DYAD_OK);
    }

    dyad_buf first = {0}, second = {0};
    write_back(sc, &first);
    /* the parser's result is replaced by the next parse */
    const dyad_scored *again = NULL;
    size_t npairs = sc->npairs;
    rc = dyad_scored_parse(p, first.data, first.len, &again, &err);
    FUZZ_CHECK(rc == DYAD_OK);
    FUZZ_CHECK(again->npairs == npairs);
    write_back(again, &second);
    FUZZ_CHECK(first.len == second.len &&
               memcmp(first.data, second.data, first.len) == 0);

    dyad_buf_free(&first);
    dyad_buf_free(&second);
    dyad_scored_parser_free(p);
    return 0;
}
