/*
 * lex.c - loading and looking up valence and tension lexicons.
 */
#include "dyad/lex.h"

#include "dyad/events.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex_int.h"
#include "phrase.h"
#include "util/alloc.h"
#include "util/embedded.h"
#include "util/fs.h"
#include "util/hash.h"
#include "util/tsv.h"

typedef struct {
    dyad_phrases *phr;
    dyad_lex_entry *e;
    /* the entries' values apart, 8 bytes each where an entry is 48: the
     * scorer reads a matched term's value at random, and VADER's 7,500
     * values fit in 60 KB (dyad_lex__value) */
    double *val;
    size_t n, cap, val_cap;
} kind_t;

struct dyad_lex {
    kind_t k[2];           /* valence, tension */
    dyad_strpool terms;    /* the entries' terms */
    dyad_events *ev;       /* event codes, verbs and patterns */
    /* Every exact first word of a term of either kind -> index in words:
     * the scorer looks a token up once here instead of once a table. */
    dyad_phrases *vocab;
    dyad_lex_word *words;
    size_t nwords, words_cap;
    char **files;          /* names of files loaded, owned */
    size_t nfiles, files_cap;
    uint64_t hash;
    uint64_t gen;          /* loads begun: what the scorer remembers of
                            * words is good while this stays */
    char version[17];
};

static _Atomic uint64_t loads;   /* loads begun, for dyad_lex__generation */

dyad_lex *dyad_lex_new(void)
{
    dyad_lex *lx = dyad_calloc(1, sizeof *lx);
    if (!lx)
        return NULL;
    lx->k[0].phr = dyad_phrases_new();
    lx->k[1].phr = dyad_phrases_new();
    lx->vocab = dyad_phrases_new();
    lx->ev = dyad_events_new();
    if (!lx->k[0].phr || !lx->k[1].phr || !lx->vocab || !lx->ev) {
        dyad_lex_free(lx);
        return NULL;
    }
    lx->hash = DYAD_HASH_INIT;
    snprintf(lx->version, sizeof lx->version, "%016llx", 0ULL);
    return lx;
}

void dyad_lex_free(dyad_lex *lx)
{
    if (!lx)
        return;
    for (int i = 0; i < 2; i++) {
        dyad_phrases_free(lx->k[i].phr);
        dyad_free(lx->k[i].e);
        dyad_free(lx->k[i].val);
    }
    dyad_strpool_free(&lx->terms);
    dyad_phrases_free(lx->vocab);
    dyad_events_free(lx->ev);
    dyad_free(lx->words);
    for (size_t j = 0; j < lx->nfiles; j++)
        dyad_free(lx->files[j]);
    dyad_free(lx->files);
    dyad_free(lx);
}

static int has_col(const dyad_tsv *t, const char *name)
{
    return dyad_tsv_col(t, name) >= 0;
}

int dyad_lex_file_kind(const char *data, size_t len)
{
    dyad_tsv t;
    if (dyad_tsv_open(&t, "", data, len, NULL) != DYAD_OK)
        return DYAD_LEX_UNKNOWN;
    if (has_col(&t, "alias"))
        return DYAD_LEX_GAZETTEER;
    if (has_col(&t, "term") && has_col(&t, "valence"))
        return DYAD_LEX_VALENCE;
    if (has_col(&t, "term") && has_col(&t, "weight"))
        return DYAD_LEX_TENSION;
    if (has_col(&t, "code") && has_col(&t, "goldstein"))
        return DYAD_LEX_CODES;
    if (has_col(&t, "block") && has_col(&t, "pattern"))
        return DYAD_LEX_EVENTS;
    return DYAD_LEX_UNKNOWN;
}

const char *dyad_quad_name(int quad)
{
    switch (quad) {
    case DYAD_QUAD_VERBAL_COOP: return "verbal_coop";
    case DYAD_QUAD_MATERIAL_COOP: return "material_coop";
    case DYAD_QUAD_VERBAL_CONFLICT: return "verbal_conflict";
    case DYAD_QUAD_MATERIAL_CONFLICT: return "material_conflict";
    default: return "";
    }
}

const char *dyad_mode_name(int mode)
{
    switch (mode) {
    case DYAD_MODE_THREAT: return "threat";
    case DYAD_MODE_ACT: return "act";
    default: return "-";
    }
}

static int span_is(dyad_span s, const char *lit)
{
    return s.len == strlen(lit) && memcmp(s.ptr, lit, s.len) == 0;
}

static int parse_quad(dyad_span s)
{
    for (int q = 1; q <= 4; q++)
        if (span_is(s, dyad_quad_name(q)))
            return q;
    return 0;
}

static int parse_mode(dyad_span s)
{
    if (span_is(s, "threat"))
        return DYAD_MODE_THREAT;
    if (span_is(s, "act"))
        return DYAD_MODE_ACT;
    if (span_is(s, "-") || s.len == 0)
        return DYAD_MODE_NONE;
    return -1;
}

/* Checks the spelling of a term: single spaces between words, no space at
 * either end, and (for tension terms) no capitals, since keys are lower
 * case and such a term could never match. */
static int check_term(dyad_span t, int lower_only, const char *file,
                      unsigned long line, dyad_err *err)
{
    if (t.len == 0)
        return dyad_err_set(err, DYAD_EPARSE, file, line, "empty term");
    int doubled = 0;
    for (size_t i = 1; i < t.len; i++)
        doubled |= t.ptr[i] == ' ' && t.ptr[i - 1] == ' ';
    if (t.ptr[0] == ' ' || t.ptr[t.len - 1] == ' ' || doubled)
        return dyad_err_set(err, DYAD_EPARSE, file, line,
                            "term '%.*s' has stray spaces", (int)t.len, t.ptr);
    for (size_t i = 0; lower_only && i < t.len; i++)
        if (t.ptr[i] >= 'A' && t.ptr[i] <= 'Z')
            return dyad_err_set(err, DYAD_EPARSE, file, line,
                                "term '%.*s' has capitals; terms are matched "
                                "in lower case",
                                (int)t.len, t.ptr);
    return DYAD_OK;
}

static const char *intern_file(dyad_lex *lx, const char *name)
{
    for (size_t i = 0; i < lx->nfiles; i++)
        if (strcmp(lx->files[i], name) == 0)
            return lx->files[i];
    if (dyad_grow(&lx->files, &lx->files_cap, lx->nfiles + 1,
                  sizeof *lx->files) < 0)
        return NULL;
    char *copy = dyad_strdup(name);
    if (copy)
        lx->files[lx->nfiles++] = copy;
    return copy;
}

/* The vocabulary entry of word (len bytes, hash h), made when new; its
 * index into *w. DYAD_ENOMEM. */
static int vocab_word(dyad_lex *lx, const char *word, size_t len, uint64_t h,
                      uint32_t *w)
{
    if (dyad_phrases_get_h(lx->vocab, word, len, h, w))
        return DYAD_OK;
    if (dyad_grow(&lx->words, &lx->words_cap, lx->nwords + 1,
                  sizeof *lx->words) < 0)
        return DYAD_ENOMEM;
    *w = (uint32_t)lx->nwords;
    /* a first word is a valid one-word term, read as it was there */
    if (dyad_phrases_add(lx->vocab, word, len, *w, NULL) < 0)
        return DYAD_ENOMEM;
    dyad_lex_word *x = &lx->words[*w];
    x->chain[0] = x->chain[1] = x->verb = DYAD_PHRASES_NONE;
    x->one[0] = x->one[1] = 0;
    x->ew = 0;
    lx->nwords++;
    return DYAD_OK;
}

/* Notes the first word of term, just added to the table of kind, in the
 * vocabulary. A wildcard first word has no exact chain and is left out.
 * len0 (when not 0), chain and h: the word's length, chain and hash, as
 * dyad_phrases_add_first gave them, where the word was found, hashed and
 * looked up again (start-up 65.7M -> 64.9M instructions). DYAD_ENOMEM. */
static int vocab_note(dyad_lex *lx, int kind, dyad_span term, size_t len0,
                      uint32_t chain, uint64_t h)
{
    size_t len = len0;
    if (!len0) {
        while (len < term.len && term.ptr[len] != ' ')
            len++;
        h = dyad_phrases_hash(term.ptr, len);
        chain = dyad_phrases_find_h(lx->k[kind - 1].phr, term.ptr, len, h);
    }
    if (chain == DYAD_PHRASES_NONE)
        return DYAD_OK;
    uint32_t w;
    if (vocab_word(lx, term.ptr, len, h, &w) != DYAD_OK)
        return DYAD_ENOMEM;
    uint32_t payload;
    lx->words[w].chain[kind - 1] = chain;
    lx->words[w].one[kind - 1] = (unsigned char)dyad_phrases_one_word(
        lx->k[kind - 1].phr, chain, &payload);
    return DYAD_OK;
}

/* Notes an event verb's first word (verb: its chain there, else
 * DYAD_PHRASES_NONE), or a function word of the event stage, in the
 * vocabulary. */
static int vocab_event_word(dyad_lex *lx, const char *word, size_t len,
                            uint32_t verb)
{
    uint64_t h = dyad_phrases_hash(word, len);
    uint32_t w, ew = 0;
    if (vocab_word(lx, word, len, h, &w) != DYAD_OK)
        return DYAD_ENOMEM;
    if (verb == DYAD_PHRASES_NONE)
        verb = dyad_phrases_find_h(dyad_events__verbs(lx->ev), word, len, h);
    lx->words[w].verb = verb;
    dyad_phrases_get_h(dyad_events__words(lx->ev), word, len, h, &ew);
    lx->words[w].ew = ew;
    return DYAD_OK;
}

/* vocab_event_word of the first words of the verbs, whose chain there
 * dyad_phrases_each_first gives, and of the function words: the verbs'
 * own chains were looked up again (start-up 72.2M -> 71.0M
 * instructions) */
static int vocab_verb(void *ctx, const char *word, size_t len, uint32_t chain)
{
    return vocab_event_word(ctx, word, len, chain);
}

static int vocab_function_word(void *ctx, const char *word, size_t len,
                               uint32_t chain)
{
    (void)chain;
    return vocab_event_word(ctx, word, len, DYAD_PHRASES_NONE);
}

static int add_entry(dyad_lex *lx, int kind, dyad_span term,
                     const dyad_lex_entry *proto, dyad_err *err)
{
    kind_t *k = &lx->k[kind - 1];
    if (dyad_grow(&k->e, &k->cap, k->n + 1, sizeof *k->e) < 0 ||
        dyad_grow(&k->val, &k->val_cap, k->n + 1, sizeof *k->val) < 0)
        return dyad_err_set(err, DYAD_ENOMEM, proto->file, proto->line,
                            "out of memory");
    k->val[k->n] = proto->value;
    dyad_lex_entry *e = &k->e[k->n];
    *e = *proto;
    e->term = dyad_strpool_dup(&lx->terms, term.ptr, term.len);
    if (!e->term)
        return dyad_err_set(err, DYAD_ENOMEM, proto->file, proto->line,
                            "out of memory");
    uint32_t old, chain;
    uint64_t h0;
    size_t len0;
    int rc = dyad_phrases_add_first(k->phr, term.ptr, term.len,
                                    (uint32_t)k->n, &old, &chain, &h0, &len0);
    if (rc == 1 && k->e[old].file == proto->file) {
        dyad_phrases_add(k->phr, term.ptr, term.len, old, NULL);
        rc = dyad_err_set(err, DYAD_EPARSE, proto->file, proto->line,
                          "duplicate term '%.*s' (first at line %lu)",
                          (int)term.len, term.ptr, k->e[old].line);
    } else if (rc == DYAD_EINVAL) {
        rc = dyad_err_set(err, DYAD_EPARSE, proto->file, proto->line,
                          "malformed term '%.*s' (1 to %d words, '*' only "
                          "at a word's end)",
                          (int)term.len, term.ptr, DYAD_PHRASE_MAXWORDS);
    } else if (rc == DYAD_ENOMEM) {
        rc = dyad_err_set(err, DYAD_ENOMEM, proto->file, proto->line,
                          "out of memory");
    } else {
        rc = DYAD_OK;
    }
    if (rc != DYAD_OK)
        return rc;   /* the term's copy stays in lx->terms, unused */
    k->n++;   /* the table has the term: the entry stays, whatever follows */
    if (vocab_note(lx, kind, term, len0, chain, h0) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, proto->file, proto->line,
                            "out of memory");
    return DYAD_OK;
}

static int need_col(const dyad_tsv *t, const char *name, const char *file,
                    int *col, dyad_err *err)
{
    *col = dyad_tsv_col(t, name);
    if (*col < 0)
        return dyad_err_set(err, DYAD_EPARSE, file, 0,
                            "header has no '%s' column", name);
    return DYAD_OK;
}

static int load_rows(dyad_lex *lx, int kind, dyad_tsv *t, const char *file,
                     dyad_err *err)
{
    int cterm, cval, cquad = -1, cmode = -1, rc;
    if ((rc = need_col(t, "term", file, &cterm, err)) != DYAD_OK ||
        (rc = need_col(t, kind == DYAD_LEX_VALENCE ? "valence" : "weight",
                       file, &cval, err)) != DYAD_OK)
        return rc;
    if (kind == DYAD_LEX_TENSION &&
        ((rc = need_col(t, "quad", file, &cquad, err)) != DYAD_OK ||
         (rc = need_col(t, "mode", file, &cmode, err)) != DYAD_OK))
        return rc;
    while ((rc = dyad_tsv_next(t, err)) == 1) {
        dyad_lex_entry proto = {0};
        proto.file = file;
        proto.line = t->line;
        dyad_span term = dyad_tsv_field(t, cterm);
        rc = check_term(term, kind == DYAD_LEX_TENSION, file, t->line, err);
        if (rc != DYAD_OK)
            return rc;
        if (kind == DYAD_LEX_VALENCE) {
            rc = dyad_tsv_number(t, cval, -4, 4, &proto.value, err);
        } else {
            rc = dyad_tsv_number(t, cval, -10, 10, &proto.value, err);
            if (rc != DYAD_OK)
                return rc;
            proto.quad = parse_quad(dyad_tsv_field(t, cquad));
            proto.mode = parse_mode(dyad_tsv_field(t, cmode));
            if (!proto.quad)
                return dyad_err_set(err, DYAD_EPARSE, file, t->line,
                                    "quad must be verbal_coop, material_coop, "
                                    "verbal_conflict or material_conflict");
            if (proto.mode < 0)
                return dyad_err_set(err, DYAD_EPARSE, file, t->line,
                                    "mode must be threat, act or -");
            int coop = proto.quad <= DYAD_QUAD_MATERIAL_COOP;
            if (proto.value == 0 || (proto.value > 0) != coop)
                return dyad_err_set(err, DYAD_EPARSE, file, t->line,
                                    "weight %g does not fit quad %s "
                                    "(cooperation > 0, conflict < 0)",
                                    proto.value, dyad_quad_name(proto.quad));
        }
        if (rc != DYAD_OK)
            return rc;
        if ((rc = add_entry(lx, kind, term, &proto, err)) != DYAD_OK)
            return rc;
    }
    return rc;
}

/* dyad_lex_load_data of a file of nlines lines (dyad_tsv_lines), or
 * NULL: they are counted. */
static int load_data(dyad_lex *lx, const char *name, const char *data,
                     size_t len, const size_t *nlines, dyad_err *err)
{
    int kind = dyad_lex_file_kind(data, len);
    if (kind == DYAD_LEX_GAZETTEER)
        return DYAD_OK;
    if (kind == DYAD_LEX_UNKNOWN) {
        /* the header's line (after comments and blank lines), or the
         * line where the file ended without one */
        dyad_tsv h;
        dyad_tsv_open(&h, name, data, len, NULL);
        return dyad_err_set(err, DYAD_EPARSE, name, h.line ? h.line : 1,
                            "not a lexicon: the header needs 'term' and "
                            "'valence' or 'weight' columns (or 'alias' for a "
                            "gazetteer, 'code' and 'goldstein' for event "
                            "codes, 'block' and 'pattern' for event verbs)");
    }
    /* from one counter for all lexicons, so that no two loads anywhere
     * share a number; even a load that fails may have added terms */
    lx->gen = atomic_fetch_add(&loads, 1) + 1;
    const char *file = intern_file(lx, name);
    if (!file)
        return dyad_err_set(err, DYAD_ENOMEM, name, 0, "out of memory");
    dyad_tsv t;
    int rc;
    if (kind == DYAD_LEX_CODES || kind == DYAD_LEX_EVENTS) {
        rc = dyad_events_load(lx->ev, kind, file, data, len, err);
        size_t nfirst =
            dyad_phrases_count(dyad_events__verbs(lx->ev)) +
            dyad_phrases_count(dyad_events__words(lx->ev));
        if (rc == DYAD_OK && kind == DYAD_LEX_EVENTS &&
            (dyad_phrases_reserve(lx->vocab, nfirst, 0) != DYAD_OK ||
             dyad_phrases_each_first(dyad_events__verbs(lx->ev), vocab_verb,
                                     lx) != DYAD_OK ||
             dyad_phrases_each_first(dyad_events__words(lx->ev),
                                     vocab_function_word, lx) != DYAD_OK))
            rc = dyad_err_set(err, DYAD_ENOMEM, name, 0, "out of memory");
    } else {
        /* a row a line: the tables sized once (start-up 104.6M ->
         * 100.0M instructions, with the gazetteer's and the verbs') */
        size_t lines = nlines ? *nlines : dyad_tsv_lines(data, len);
        rc = dyad_tsv_open(&t, file, data, len, err);
        if (rc == DYAD_OK &&
            (dyad_phrases_reserve(lx->k[kind - 1].phr, lines, len) !=
                 DYAD_OK ||
             dyad_phrases_reserve(lx->vocab, lines, 0) != DYAD_OK))
            rc = dyad_err_set(err, DYAD_ENOMEM, name, 0, "out of memory");
        if (rc == DYAD_OK)
            rc = load_rows(lx, kind, &t, file, err);
    }
    if (rc != DYAD_OK)
        return rc;
    lx->hash = dyad_hash(name, strlen(name) + 1, lx->hash);
    lx->hash = dyad_hash(data, len, lx->hash);
    snprintf(lx->version, sizeof lx->version, "%016llx",
             (unsigned long long)dyad_hash_mix(lx->hash));
    return DYAD_OK;
}

int dyad_lex_load_data(dyad_lex *lx, const char *name, const char *data,
                       size_t len, dyad_err *err)
{
    return load_data(lx, name, data, len, NULL, err);
}

/* Should dyad_lex_load_builtin load embedded file f? */
static int builtin_wanted(const dyad_embedded_file *f, int flags)
{
    return !(flags & DYAD_LEX_VADER_ONLY) || strcmp(f->name, "vader.tsv") == 0;
}

void dyad_lex__builtin_size(int kind, int flags, size_t *lines,
                            size_t *bytes)
{
    *lines = *bytes = 0;
    for (const dyad_embedded_file *f = dyad_embedded_lexicons; f->name; f++)
        if (builtin_wanted(f, flags) &&
            dyad_lex_file_kind(f->data, f->len) == kind) {
            *lines += f->lines;
            *bytes += f->len;
        }
}

int dyad_lex_load_builtin(dyad_lex *lx, int flags, dyad_err *err)
{
    /* the valence and tension tables and the vocabulary sized once for
     * the lines of all their files, where each file's reserve grew them
     * again, copying and rehashing what the files before had added
     * (start-up 80.7M -> 79.6M instructions) */
    size_t lines[2], bytes[2];
    dyad_lex__builtin_size(DYAD_LEX_VALENCE, flags, &lines[0], &bytes[0]);
    dyad_lex__builtin_size(DYAD_LEX_TENSION, flags, &lines[1], &bytes[1]);
    if (dyad_phrases_reserve(lx->k[0].phr, lines[0], bytes[0]) != DYAD_OK ||
        dyad_phrases_reserve(lx->k[1].phr, lines[1], bytes[1]) != DYAD_OK ||
        dyad_phrases_reserve(lx->vocab, lines[0] + lines[1], 0) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    for (const dyad_embedded_file *f = dyad_embedded_lexicons; f->name; f++) {
        if (!builtin_wanted(f, flags))
            continue;
        /* the embedded files' lines were counted by the build, where
         * each was counted here twice (start-up 69.7M -> 68.4M
         * instructions) */
        int rc = load_data(lx, f->name, f->data, f->len, &f->lines, err);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

static int load_one(void *ctx, const char *path, const char *data,
                    size_t len, dyad_err *err)
{
    return dyad_lex_load_data(ctx, path, data, len, err);
}

int dyad_lex_load_dir(dyad_lex *lx, const char *dir, dyad_err *err)
{
    return dyad_each_file(dir, ".tsv", load_one, lx, err);
}

const dyad_events *dyad_lex_events(const dyad_lex *lx)
{
    return lx->ev;
}

const dyad_phrases *dyad_lex__phrases(const dyad_lex *lx, int kind)
{
    return lx->k[kind - 1].phr;
}

uint64_t dyad_lex__generation(const dyad_lex *lx)
{
    return lx->gen;
}

const dyad_phrases *dyad_lex__vocab(const dyad_lex *lx,
                                    const dyad_lex_word **words)
{
    *words = lx->words;
    return lx->vocab;
}

const dyad_lex_entry *dyad_lex__entry(const dyad_lex *lx, int kind,
                                      uint32_t idx)
{
    return &lx->k[kind - 1].e[idx];
}

double dyad_lex__value(const dyad_lex *lx, int kind, uint32_t idx)
{
    return lx->k[kind - 1].val[idx];
}

size_t dyad_lex_match(const dyad_lex *lx, int kind, const dyad_span *keys,
                      size_t n, const dyad_lex_entry **out)
{
    const kind_t *k = &lx->k[kind - 1];
    uint32_t idx;
    size_t w = dyad_phrases_match(k->phr, keys, n, &idx);
    if (w)
        *out = &k->e[idx];
    return w;
}

const dyad_lex_entry *dyad_lex_valence(const dyad_lex *lx, const char *key,
                                       size_t len)
{
    uint32_t idx;
    if (dyad_phrases_get(lx->k[0].phr, key, len, &idx))
        return &lx->k[0].e[idx];
    return NULL;
}

size_t dyad_lex_count(const dyad_lex *lx, int kind)
{
    return lx->k[kind - 1].n;
}

const char *dyad_lex_version(const dyad_lex *lx)
{
    return lx->version;
}
