/*
 * dyad/text.h - split UTF-8 news text into paragraphs, sentences and
 * tokens without copying the text.
 *
 * Main types: dyad_doc (the analysis of one text: arrays of sentences and
 * tokens that point into the text), dyad_sentence, dyad_token.
 *
 * Sentences: a boundary is a '.', '!', '?' or '…' (closing quotes and
 * brackets may follow) before white space and a word that does not start
 * in lower case; a '.' after a title or month abbreviation (Mr. Dr. St.
 * Jan. No. Gen. …) or an initial (George W. Bush) is not a boundary; after
 * U.S., U.K., Inc., Jr., etc. it is one only when a usual sentence opener
 * follows (The, It, He, But, …). A blank line always ends a sentence and a
 * paragraph; a single line break does when the line ends a sentence or is a
 * headline (no final stop, at most 12 words, next line starts with a
 * capital); otherwise it is a soft wrap inside a paragraph.
 *
 * Tokens follow VADER: white-space separated chunks (em and en dashes and
 * '…' also separate), leading and trailing punctuation stripped unless that
 * leaves fewer than two characters (so emoticons like ":)" survive), and
 * chunks of one character dropped. Each token has a lower-case key (ASCII
 * and Latin-1 letters folded, curly apostrophes made straight) and the
 * length of that key without a possessive "'s".
 *
 * Ownership: a dyad_doc owns its arrays and reuses them across calls; the
 * text is borrowed and must outlive the analysis. dyad_doc_free releases.
 *
 * Errors: DYAD_ENOMEM; DYAD_EINVAL for texts over 4 GiB.
 *
 * Thread-safety: a doc belongs to one thread.
 *
 * Example:
 *     dyad_doc d;
 *     dyad_doc_init(&d);
 *     if (dyad_text_analyse(&d, text, len, 0, &err) == DYAD_OK)
 *         for (size_t i = 0; i < d.nsent; i++)
 *             printf("%.*s\n", (int)d.sent[i].len, text + d.sent[i].off);
 *     dyad_doc_free(&d);
 */
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/common.h"

enum {
    DYAD_TOK_WORD = 1,   /* has a letter or digit */
    DYAD_TOK_UPPER = 2,  /* ALL CAPS (A-Z present, no a-z), as VADER */
    DYAD_TOK_CAP = 4,    /* starts with a capital letter */
    DYAD_TOK_PLAIN = 8   /* ASCII only, without '.', '-' or '/', and not
                          * ending in an apostrophe that base_len keeps
                          * ("'A'", kept whole for want of letters): the
                          * gazetteer can match its text as it is, less
                          * base_len's possessive */
};

typedef struct dyad_token {
    uint32_t off;        /* byte offset in the text */
    uint32_t len;        /* bytes */
    uint32_t key;        /* offset of the lower-case key in doc->keys */
    uint32_t key_len;
    uint32_t base_len;   /* key length without a possessive 's or ' */
    uint32_t flags;
} dyad_token;

typedef struct dyad_sentence {
    uint32_t off, len;   /* trimmed bytes of the sentence in the text */
    uint32_t tok, ntok;  /* its tokens: doc->tok[tok .. tok+ntok) */
    uint32_t para;       /* paragraph number from 0 */
    uint32_t excl, quest;/* counts of '!' and '?' */
    uint32_t title;      /* 1: in title case ("Russia And Ukraine Sign Gas
                          * Deal"): every word capitalised but the short
                          * function words, two or more after the first,
                          * not all in capitals; capitals there mark no
                          * name or noun */
} dyad_sentence;

typedef struct dyad_doc {
    const char *text;
    size_t len;
    dyad_token *tok;
    size_t ntok, tok_cap;
    dyad_sentence *sent;
    size_t nsent, sent_cap;
    char *keys;          /* the tokens' keys: the text's lower case (an
                          * ASCII token's key at its own offset), then the
                          * keys of the others */
    size_t keys_len, keys_cap;
    size_t words;        /* words in the text, one-letter words included */
} dyad_doc;

enum {
    DYAD_TEXT_ONE_SENTENCE = 1  /* the whole text is one sentence */
};

void dyad_doc_init(dyad_doc *d);
/* Releases the arrays; d can be initialised again. Accepts NULL. */
void dyad_doc_free(dyad_doc *d);
/* Analyses text (len bytes of UTF-8) into d, replacing what d held.
 * flags: 0 or DYAD_TEXT_ONE_SENTENCE. DYAD_ENOMEM / DYAD_EINVAL. */
int dyad_text_analyse(dyad_doc *d, const char *text, size_t len, int flags,
                      dyad_err *err);
/* The key of token t (not NUL-terminated). */
static inline dyad_span dyad_token_key(const dyad_doc *d, const dyad_token *t)
{
    dyad_span s = {d->keys + t->key, t->key_len};
    return s;
}

#endif
