/*
 * vader_compound - dyad's sentence compound for each line of a VADER
 * ground-truth file ("id TAB rating TAB text"), printed as
 * "id TAB rating TAB compound" for bench/vader/compare.mjs.
 *
 *   vader_compound [--vader-only] [--lexicon LEXICON.tsv] FILE
 *
 * Each line is scored as one sentence, as VADER scores it. --lexicon
 * replaces the built-in valence lexicons with one TSV file (header
 * "term TAB valence"), to measure how much of a difference comes from
 * the lexicon alone.
 */
#include <stdio.h>
#include <string.h>

#include "dyad/actors.h"
#include "dyad/lex.h"
#include "dyad/score.h"
#include "util/fs.h"

int main(int argc, char **argv)
{
    int vader_only = 0, ai = 1;
    const char *lexfile = NULL;
    for (; ai < argc - 1; ai++) {
        if (strcmp(argv[ai], "--vader-only") == 0)
            vader_only = 1;
        else if (strcmp(argv[ai], "--lexicon") == 0 && ai + 2 < argc)
            lexfile = argv[++ai];
        else
            break;
    }
    if (ai != argc - 1) {
        fprintf(stderr, "usage: vader_compound [--vader-only] "
                        "[--lexicon FILE] FILE\n");
        return 64;
    }
    dyad_err err = {0};
    dyad_buf data = {0};
    dyad_lex *lex = dyad_lex_new();
    dyad_actors *ga = dyad_actors_new();
    dyad_score_opts so = {vader_only, 0, -1, 0, 0};
    int rc = !lex || !ga ? DYAD_ENOMEM : DYAD_OK;
    if (rc == DYAD_OK && lexfile) {
        rc = dyad_read_file(lexfile, &data, &err);
        if (rc == DYAD_OK)
            rc = dyad_lex_load_data(lex, lexfile, data.data, data.len, &err);
    } else if (rc == DYAD_OK) {
        rc = dyad_lex_load_builtin(lex, vader_only ? DYAD_LEX_VADER_ONLY : 0,
                                   &err);
    }
    if (rc != DYAD_OK ||
        dyad_read_file(argv[argc - 1], &data, &err) != DYAD_OK) {
        fprintf(stderr, "vader_compound: %s\n", err.msg);
        return 66;
    }
    dyad_scorer *sc = dyad_scorer_new(lex, ga, &so, &err);
    dyad_score_ctx *cx = dyad_score_ctx_new();
    char *p = data.data, *end = data.data + data.len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *e = nl ? nl : end;
        char *le = e > p && e[-1] == '\r' ? e - 1 : e;
        char *t1 = memchr(p, '\t', (size_t)(le - p));
        char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(le - t1 - 1)) : NULL;
        if (t2) {
            double c = dyad_score_compound(cx, sc, t2 + 1,
                                           (size_t)(le - t2 - 1));
            printf("%.*s\t%.*s\t%.4f\n", (int)(t1 - p), p, (int)(t2 - t1 - 1),
                   t1 + 1, c);
        }
        p = nl ? nl + 1 : end;
    }
    dyad_score_ctx_free(cx);
    dyad_scorer_free(sc);
    dyad_actors_free(ga);
    dyad_lex_free(lex);
    dyad_buf_free(&data);
    return 0;
}
