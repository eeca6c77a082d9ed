/*
 * dyad/lex.h - the valence and tension lexicons.
 *
 * A lexicon set holds valence terms (VADER's lexicon plus dyad's news
 * supplement: term -> valence in [-4, 4]) and tension terms (dyad's
 * diplomatic lexicon: term -> Goldstein-like weight in [-10, 10], CAMEO
 * quad class, threat/act flag). The shipped files are compiled in; a
 * directory of the user's files (--lexicons DIR) adds terms or overrides
 * them. A file's kind comes from its header: a `valence` column makes a
 * valence file, a `weight` column a tension file; files with an `alias`
 * column are gazetteers (read by dyad/actors.h, skipped here). Files with
 * `code` and `goldstein` columns (event codes) or `block` and `pattern`
 * columns (event verbs) fill the set's event tables (dyad/events.h).
 *
 * Terms: lower case, words separated by single spaces, a trailing '*' on a
 * word after a letter or digit is a prefix wildcard. A term repeated within
 * one file is an error naming both lines; a later file overrides an earlier
 * one. The set's version is a hash of every file loaded (names and bytes),
 * recorded with each score so that changed lexicons can be detected.
 *
 * Ownership: dyad_lex owns its entries; pointers from dyad_lex_match stay
 * valid until dyad_lex_free or the next load.
 * Errors: DYAD_EPARSE (file:line: reason), DYAD_EIO/DYAD_ENOENT for
 * directories, DYAD_ENOMEM.
 * Thread-safety: load from one thread; afterwards any number of threads may
 * match concurrently.
 *
 * Example:
 *     dyad_lex *lx = dyad_lex_new();
 *     if (dyad_lex_load_builtin(lx, 0, &err) != DYAD_OK) ...
 *     dyad_span keys[] = {{"sanctions", 9}};
 *     const dyad_lex_entry *e;
 *     if (dyad_lex_match(lx, DYAD_LEX_TENSION, keys, 1, &e))
 *         printf("%s %g\n", e->term, e->value);
 *     dyad_lex_free(lx);
 */
#ifndef DYAD_LEX_H
#define DYAD_LEX_H

#include <stddef.h>

#include "dyad/common.h"

enum dyad_lex_kind {
    DYAD_LEX_UNKNOWN = 0,
    DYAD_LEX_VALENCE = 1,
    DYAD_LEX_TENSION = 2,
    DYAD_LEX_GAZETTEER = 3,
    DYAD_LEX_CODES = 4,       /* event codes (dyad/events.h) */
    DYAD_LEX_EVENTS = 5       /* event verbs and patterns (dyad/events.h) */
};

/* CAMEO quad classes. */
enum dyad_quad {
    DYAD_QUAD_VERBAL_COOP = 1,
    DYAD_QUAD_MATERIAL_COOP = 2,
    DYAD_QUAD_VERBAL_CONFLICT = 3,
    DYAD_QUAD_MATERIAL_CONFLICT = 4
};

/* Geopolitical-risk split of conflict terms. */
enum dyad_mode {
    DYAD_MODE_NONE = 0,
    DYAD_MODE_THREAT = 1,
    DYAD_MODE_ACT = 2
};

typedef struct dyad_lex_entry {
    const char *term;     /* as written in the file */
    double value;         /* valence, or tension weight */
    int quad;             /* tension only */
    int mode;             /* tension only */
    const char *file;     /* file it came from */
    unsigned long line;
} dyad_lex_entry;

enum {
    DYAD_LEX_VADER_ONLY = 1   /* built-in: VADER's lexicon and no tension */
};

typedef struct dyad_lex dyad_lex;

/* An empty set; NULL on allocation failure. */
dyad_lex *dyad_lex_new(void);
void dyad_lex_free(dyad_lex *lx);
/* Loads the compiled-in lexicons. flags: 0 or DYAD_LEX_VADER_ONLY. */
int dyad_lex_load_builtin(dyad_lex *lx, int flags, dyad_err *err);
/* Loads every *.tsv valence or tension file of dir, in name order. */
int dyad_lex_load_dir(dyad_lex *lx, const char *dir, dyad_err *err);
/* Loads one file's bytes; its kind comes from its header. name is used in
 * messages and copied. Gazetteer files are skipped (DYAD_OK). */
int dyad_lex_load_data(dyad_lex *lx, const char *name, const char *data,
                       size_t len, dyad_err *err);
/* The kind of a lexicon file, judged by its header line. */
int dyad_lex_file_kind(const char *data, size_t len);
struct dyad_events;
/* The event tables of the set (empty when no event file was loaded);
 * borrowed from lx. */
const struct dyad_events *dyad_lex_events(const dyad_lex *lx);
/* Longest term of the given kind matching keys[0..n); returns its word
 * count and sets *out, or 0. */
size_t dyad_lex_match(const dyad_lex *lx, int kind, const dyad_span *keys,
                      size_t n, const dyad_lex_entry **out);
/* Exact one-word valence lookup: the entry or NULL. */
const dyad_lex_entry *dyad_lex_valence(const dyad_lex *lx, const char *key,
                                       size_t len);
/* Entries of a kind. */
size_t dyad_lex_count(const dyad_lex *lx, int kind);
/* 16 hex digits identifying the files loaded so far. */
const char *dyad_lex_version(const dyad_lex *lx);
/* Name of a quad class ("verbal_coop", ...) and of a mode. */
const char *dyad_quad_name(int quad);
const char *dyad_mode_name(int mode);

#endif
