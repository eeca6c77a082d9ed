/*
 * text.c - sentences and tokens (rules in dyad/text.h).
 */
#include "dyad/text.h"

#include <string.h>

#include "util/alloc.h"
#include "util/hints.h"
#include "util/simd.h"

typedef const unsigned char *bp;

/* Byte classes: one table load per byte replaces the chains of range
 * tests (and the per-byte calls) that each pass over the text used to
 * make. Built from a constant expression so that it needs no set-up and
 * is safe to share between threads. */
enum {
    C_SPACE = 0x01,  /* ASCII white space: the one-byte separators */
    C_HIGH = 0x02,   /* >= 0x80: part of a multibyte character */
    C_PUNCT = 0x04,  /* ASCII punctuation, stripped from token ends */
    C_DIGIT = 0x08,
    C_LOWER = 0x10,
    C_UPPER = 0x20,
    C_BANG = 0x40,   /* '!' or '?', counted per sentence */
    C_MAYEND = 0x80, /* last byte of a stop or closer ('.', '!', '?', '…',
                      * '"', ')', ’ ” » › …): a chunk ending in any other
                      * byte ends no sentence */
    C_NOTPLAIN = 0x100, /* '.', '-' or '/': a token with one is not
                         * DYAD_TOK_PLAIN */
    C_APOS = 0x200      /* '\'': a token without has no possessive */
};
#define C_ALNUM (C_DIGIT | C_LOWER | C_UPPER)
/* bytes that leave the tight loop of dyad_text_analyse */
#define C_SLOW (C_SPACE | C_HIGH | C_BANG)

#define CLS_PUNCT(c) \
    (((c) >= '!' && (c) <= '/') || ((c) >= ':' && (c) <= '@') || \
     ((c) >= '[' && (c) <= '`') || ((c) >= '{' && (c) <= '~'))
#define CLS_MAYEND(c) \
    ((c) == '.' || (c) == '!' || (c) == '?' || (c) == '"' || (c) == '\'' || \
     (c) == ')' || (c) == ']' || (c) == 0xa6 || (c) == 0x99 || \
     (c) == 0x9d || (c) == 0xba || (c) == 0xbb)
#define CLS_BASE(c)                                                     \
    (((c) == ' ' || ((c) >= '\t' && (c) <= '\r') ? C_SPACE : 0) |       \
     ((c) >= 0x80 ? C_HIGH : 0) | (CLS_PUNCT(c) ? C_PUNCT : 0) |        \
     ((c) >= '0' && (c) <= '9' ? C_DIGIT : 0) |                         \
     ((c) >= 'a' && (c) <= 'z' ? C_LOWER : 0) |                         \
     ((c) >= 'A' && (c) <= 'Z' ? C_UPPER : 0) |                         \
     ((c) == '!' || (c) == '?' ? C_BANG : 0) |                          \
     (CLS_MAYEND(c) ? C_MAYEND : 0) |                                  \
     ((c) == '.' || (c) == '-' || (c) == '/' ? C_NOTPLAIN : 0) |       \
     ((c) == '\'' ? C_APOS : 0))
#define CLS(c) CLS_BASE(c)
#define CLS4(c) CLS(c), CLS((c) + 1), CLS((c) + 2), CLS((c) + 3)
#define CLS16(c) CLS4(c), CLS4((c) + 4), CLS4((c) + 8), CLS4((c) + 12)
#define CLS64(c) CLS16(c), CLS16((c) + 16), CLS16((c) + 32), CLS16((c) + 48)
static const unsigned short cls[256] = {CLS64(0), CLS64(64), CLS64(128),
                                        CLS64(192)};
#undef CLS
/* The sign bit of scan_cls: a byte of C_SLOW or another control byte,
 * so that simple_run's byte loop tests the OR of the classes it makes
 * anyway, not each class. A chunk of simple_run's has no control byte, so
 * that a chunk of its without punctuation is a word. */
#define S_SLOW 0x80000000u
#define SLOW_BYTE(c) (CLS_BASE(c) & C_SLOW || (c) < ' ' || (c) == 0x7f)
/* Bit 30: a byte of S_SLOW but ' ', which ends a chunk that is not
 * simple_run's common case (see there). */
#define S_ODD 0x40000000u
/* For the main loop: the class in bits 8 and up, and the ASCII lower
 * case in the low byte (lower_case's, byte by byte). */
#define CLS(c)                                                          \
    ((SLOW_BYTE(c) ? S_SLOW : 0u) |                                     \
     (SLOW_BYTE(c) && (c) != ' ' ? S_ODD : 0u) | (CLS_BASE(c) << 8) |   \
     ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
static const uint32_t scan_cls[256] = {CLS64(0), CLS64(64), CLS64(128),
                                       CLS64(192)};

void dyad_doc_init(dyad_doc *d)
{
    memset(d, 0, sizeof *d);
}

void dyad_doc_free(dyad_doc *d)
{
    if (!d)
        return;
    dyad_free(d->tok);
    dyad_free(d->sent);
    dyad_free(d->keys);
    memset(d, 0, sizeof *d);
}

/* Bytes of a white-space (or separating dash) character at p, else 0. */
static size_t space_len(bp p, bp e)
{
    unsigned c = p[0];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v')
        return 1;
    if (c == 0xc2 && e - p >= 2 && p[1] == 0xa0)
        return 2;                                   /* no-break space */
    if (c == 0xe2 && e - p >= 3 && p[1] == 0x80 &&
        ((p[2] >= 0x80 && p[2] <= 0x8b) ||          /* en quad .. ZWSP */
         p[2] == 0x93 || p[2] == 0x94 ||            /* en, em dash */
         p[2] == 0xa8 || p[2] == 0xa9 || p[2] == 0xaf))
        return 3;
    if (c == 0xe2 && e - p >= 3 && p[1] == 0x81 && p[2] == 0x9f)
        return 3;                                   /* math space */
    if (c == 0xe3 && e - p >= 3 && p[1] == 0x80 && p[2] == 0x80)
        return 3;                                   /* ideographic space */
    return 0;
}

static int is_ascii_punct(unsigned c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
           (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

/* Unicode punctuation that is stripped like ASCII punctuation: curly
 * quotes, guillemets, the ellipsis, inverted marks. Returns its length
 * when it starts at p. */
static size_t upunct_len(bp p, bp e)
{
    if (p[0] == 0xc2 && e - p >= 2 &&
        (p[1] == 0xab || p[1] == 0xbb || p[1] == 0xa1 || p[1] == 0xbf))
        return 2;
    if (p[0] == 0xe2 && e - p >= 3 && p[1] == 0x80 &&
        ((p[2] >= 0x98 && p[2] <= 0x9f) || p[2] == 0xa6 || p[2] == 0xb9 ||
         p[2] == 0xba))
        return 3;
    return 0;
}

static size_t punct_len(bp p, bp e)
{
    return is_ascii_punct(p[0]) ? 1 : upunct_len(p, e);
}

/* Length of a punctuation character that ends at e (and starts >= s). */
static size_t punct_len_before(bp s, bp e)
{
    if (e - s >= 1 && is_ascii_punct(e[-1]))
        return 1;
    if (e - s >= 2 && upunct_len(e - 2, e) == 2)
        return 2;
    if (e - s >= 3 && upunct_len(e - 3, e) == 3)
        return 3;
    return 0;
}

static size_t nchars(bp s, bp e)
{
    size_t n = 0;
    for (; s < e; s++)
        n += (*s & 0xc0) != 0x80;
    return n;
}

static int is_upper_at(bp p, bp e)
{
    if (*p >= 'A' && *p <= 'Z')
        return 1;
    /* Latin-1 capitals À..Þ except × */
    return p[0] == 0xc3 && e - p >= 2 && p[1] >= 0x80 && p[1] <= 0x9e &&
           p[1] != 0x97;
}

static int is_lower_at(bp p, bp e)
{
    if (*p >= 'a' && *p <= 'z')
        return 1;
    return p[0] == 0xc3 && e - p >= 2 && p[1] >= 0x9f && p[1] <= 0xbf &&
           p[1] != 0xb7;
}

static int is_alnum_byte(unsigned c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z') || c >= 0xc3;
}

/* Does a letter or digit start at p? Beyond ASCII, any character from
 * U+00C0 on counts, except General Punctuation (U+2000-U+207F: dashes,
 * curly quotes, bullets, daggers, '…'), which is no word ("•" is not). */
static int is_alnum_at(bp p, bp e)
{
    return is_alnum_byte(*p) &&
           !(p[0] == 0xe2 && e - p >= 2 && (p[1] == 0x80 || p[1] == 0x81));
}

/* Closing quotes and brackets that may follow a sentence's final stop. */
static bp skip_closers_back(bp s, bp e)
{
    for (;;) {
        if (e > s && (e[-1] == '"' || e[-1] == '\'' || e[-1] == ')' ||
                      e[-1] == ']')) {
            e--;
            continue;
        }
        /* ’ ” » › */
        if (e - s >= 3 && e[-3] == 0xe2 && e[-2] == 0x80 &&
            (e[-1] == 0x99 || e[-1] == 0x9d || e[-1] == 0xba)) {
            e -= 3;
            continue;
        }
        if (e - s >= 2 && e[-2] == 0xc2 && e[-1] == 0xbb) {
            e -= 2;
            continue;
        }
        return e;
    }
}

enum term { T_NONE, T_DOT, T_STRONG };

/* How the chunk [s, e) ends: with '.', with '!', '?' or '…', or neither.
 * *core_end gets the end without closers. */
static enum term chunk_term(bp s, bp e, bp *core_end)
{
    e = skip_closers_back(s, e);
    *core_end = e;
    if (e == s)
        return T_NONE;
    if (e[-1] == '!' || e[-1] == '?')
        return T_STRONG;
    if (e - s >= 3 && e[-3] == 0xe2 && e[-2] == 0x80 && e[-1] == 0xa6)
        return T_STRONG;
    if (e[-1] == '.')
        return e - s >= 3 && e[-2] == '.' && e[-3] == '.' ? T_STRONG : T_DOT;
    return T_NONE;
}

static bp skip_openers(bp s, bp e)
{
    size_t k;
    while (s < e && (k = punct_len(s, e)) > 0)
        s += k;
    return s;
}

/* ASCII lower case, as strncasecmp folds in the C locale. */
static unsigned fold(unsigned c)
{
    return c - 'A' < 26u ? c + 32 : c;
}

/* A word of a list, with its length, written in lower case (word_in
 * compares it with the folded word as it is). Lists are sorted from
 * the longest word to the shortest, so that word_in skips to the words as
 * long as its word and stops after them: after the per-entry strlen and
 * strncasecmp (95M instructions on 10,000 articles) and a length test per
 * entry (37M), the lists now cost 6M. */
typedef struct list_word {
    unsigned char len;
    char s[11];   /* zero-padded: compared eight bytes at once */
} list_word;
#define W(lit) {sizeof(lit) - 1, lit}

/* Is [s, e) one of the words of list (longest first, ended by a length of
 * 0), ignoring ASCII case? The word is folded once and compared with each
 * entry eight bytes at once, where each entry's bytes were folded and
 * compared one by one (boundary went from 3.6M to 2.6M of 275.1M
 * instructions on 2,000 Reuters-21578 articles). */
static inline int word_in(bp s, bp e, const list_word *list)
{
    size_t n = (size_t)(e - s);
    if (n == 0 || n >= sizeof list->s)
        return 0;
    while (list->len > n)
        list++;
    if (list->len != n)
        return 0;
    char w[sizeof list->s] = {0};
    for (size_t i = 0; i < n; i++)
        w[i] = (char)fold(s[i]);
    uint64_t w0, l0;
    memcpy(&w0, w, 8);
    for (; list->len == n; list++) {
        memcpy(&l0, list->s, 8);
        if (l0 == w0 && (n <= 8 || memcmp(list->s + 8, w + 8, n - 8) == 0))
            return 1;
    }
    return 0;
}

/* The words before a '.' that boundary looks up, in abbrevs: a '.' after
 * those of NEVER_FINAL is an abbreviation, not the end of a sentence;
 * after those of BEFORE_NUMBER, only before a number ("No. 10", "Art. 5":
 * they are also words that end sentences, "He said no.", "Modern Art.");
 * after those of MAYBE_FINAL, only when a usual sentence opener follows
 * (openers). Words that also join a clause (And, In, On, At, As, For,
 * With) are no openers here: wire copy capitalises the word after "U.S."
 * ("the U.S. And Japan", "Xerox Corp. In London"), and a sentence that
 * begins with one of them right after an abbreviation is rarer than
 * that. */
enum { NEVER_FINAL = 1, BEFORE_NUMBER = 2, MAYBE_FINAL = 3 };
/* The key of a word of up to six bytes (folded): its bytes, the first in
 * the low byte; abbrevs holds it with its length in bits 48-55 (a word
 * with a NUL byte has the key of a shorter one) and its list in bits
 * 56-63, in the slot its key hashes to. The multiplier gives each of the
 * 74 words a slot of its own (GCC's -Woverride-init, in -Wextra, and
 * Clang's -Winitializer-overrides would report two in one); a word is one
 * hash and one compare, where word_in compared it with each word of its
 * length in each of the three lists (boundary 25.6M -> 15.2M
 * instructions on Reuters-21578). */
#define ABBREV_KEY(a, b, c, d, e, f, ...)                                \
    ((uint64_t)(a) | (uint64_t)(b) << 8 | (uint64_t)(c) << 16 |         \
     (uint64_t)(d) << 24 | (uint64_t)(e) << 32 | (uint64_t)(f) << 40)
#define ABBREV_LEN(a, b, c, d, e, f, ...)                                \
    ((uint64_t)(((a) != 0) + ((b) != 0) + ((c) != 0) + ((d) != 0) +     \
                ((e) != 0) + ((f) != 0)))
#define ABBREV_SLOT(k) ((size_t)((uint64_t)(k) * 0x1c22b17863a58f07u >> 56))
#define ABBREV(list, ...)                                               \
    [ABBREV_SLOT(ABBREV_KEY(__VA_ARGS__, 0, 0, 0, 0, 0, 0))] =          \
        ABBREV_KEY(__VA_ARGS__, 0, 0, 0, 0, 0, 0) |                     \
        ABBREV_LEN(__VA_ARGS__, 0, 0, 0, 0, 0, 0) << 48 |               \
        (uint64_t)(list) << 56
#define NEVER(...) ABBREV(NEVER_FINAL, __VA_ARGS__)
#define NUMBER(...) ABBREV(BEFORE_NUMBER, __VA_ARGS__)
#define MAYBE(...) ABBREV(MAYBE_FINAL, __VA_ARGS__)
static const uint64_t abbrevs[256] = {
    NEVER('m', 'e', 's', 's', 'r', 's'), NEVER('a', 'p', 'p', 'r', 'o', 'x'),
    NEVER('p', 'r', 'o', 'f'), NEVER('c', 'a', 'p', 't'),
    NEVER('c', 'm', 'd', 'r'), NEVER('b', 'r', 'i', 'g'),
    NEVER('s', 'e', 'p', 't'), NEVER('p', 'r', 'e', 's'),
    NEVER('g', 'e', 'n', 's'), NEVER('r', 'e', 'p', 's'),
    NEVER('s', 'e', 'n', 's'), NEVER('m', 'l', 'l', 'e'),
    NEVER('b', 'l', 'v', 'd'), NEVER('s', 'u', 'p', 't'),
    NEVER('i', 'n', 's', 'p'), NEVER('m', 'r', 's'), NEVER('g', 'e', 'n'),
    NEVER('s', 'e', 'n'), NEVER('r', 'e', 'p'), NEVER('g', 'o', 'v'),
    NEVER('c', 'o', 'l'), NEVER('s', 'g', 't'), NEVER('a', 'd', 'm'),
    NEVER('m', 'a', 'j'), NEVER('e', '.', 'g'), NEVER('i', '.', 'e'),
    NEVER('j', 'a', 'n'), NEVER('f', 'e', 'b'), NEVER('m', 'a', 'r'),
    NEVER('a', 'p', 'r'), NEVER('j', 'u', 'n'), NEVER('j', 'u', 'l'),
    NEVER('a', 'u', 'g'), NEVER('s', 'e', 'p'), NEVER('o', 'c', 't'),
    NEVER('n', 'o', 'v'), NEVER('d', 'e', 'c'), NEVER('r', 'e', 'v'),
    NEVER('h', 'o', 'n'), NEVER('s', 'e', 'c'), NEVER('m', 'm', 'e'),
    NEVER('a', 'v', 'e'), NEVER('a', 'm', 'b'), NEVER('m', 'r'),
    NEVER('m', 's'), NEVER('d', 'r'), NEVER('l', 't'), NEVER('s', 't'),
    NEVER('m', 't'), NEVER('f', 't'), NEVER('v', 's'), NEVER('c', 'f'),
    NEVER('r', 't'), NEVER('s', 'r'), NEVER('v'),
    NUMBER('n', 'o', 's'), NUMBER('a', 'r', 't'), NUMBER('f', 'i', 'g'),
    NUMBER('v', 'o', 'l'), NUMBER('n', 'o'), NUMBER('n', 'r'),
    NUMBER('p', 'p'),
    MAYBE('c', 'o', 'r', 'p'), MAYBE('b', 'r', 'o', 's'),
    MAYBE('p', 'h', '.', 'd'), MAYBE('i', 'n', 'c'), MAYBE('l', 't', 'd'),
    MAYBE('e', 't', 'c'), MAYBE('l', 'l', 'c'), MAYBE('p', 'l', 'c'),
    MAYBE('a', '.', 'm'), MAYBE('p', '.', 'm'), MAYBE('c', 'o'),
    MAYBE('j', 'r'),
};
#undef NEVER
#undef NUMBER
#undef MAYBE

/* The list of abbrevs of the word [s, e), ignoring ASCII case, or 0. */
static unsigned abbrev_list(bp s, bp e)
{
    size_t n = (size_t)(e - s);
    if (n == 0 || n > 6)
        return 0;
    uint64_t k = 0;
    for (size_t i = 0; i < n; i++)
        k |= (uint64_t)fold(s[i]) << 8 * i;
    uint64_t a = abbrevs[ABBREV_SLOT(k)];
    return ((a ^ (k | (uint64_t)n << 48)) << 8) == 0 ? (unsigned)(a >> 56)
                                                      : 0;
}

/* Usual sentence openers (see MAYBE_FINAL). (Each list of word_in: longest
 * words first.) */
static const list_word openers[] = {
    W("meanwhile"),
    W("although"),
    W("however"), W("earlier"),
    W("before"),
    W("these"), W("those"), W("still"), W("there"), W("their"), W("after"),
    W("while"), W("since"), W("later"),
    W("this"), W("that"), W("they"), W("some"), W("many"), W("when"),
    W("both"), W("last"), W("then"),
    W("the"), W("its"), W("she"), W("you"), W("but"), W("yet"),
    W("his"), W("her"), W("our"), W("mrs"), W("now"),
    W("it"), W("he"), W("we"), W("an"),
    W("if"), W("mr"), W("ms"), W("dr"), W("so"),
    W("i"), W("a"), {0, ""}};

/* A line that ends in one of these goes on: it is no headline. */
static const list_word line_goes_on[] = {
    W("after"), W("under"), W("their"), W("which"), W("would"),
    W("from"), W("into"), W("over"), W("than"), W("that"), W("with"),
    W("will"), W("were"), W("have"), W("been"),
    W("and"), W("for"), W("its"), W("the"), W("was"), W("are"), W("has"),
    W("had"), W("his"), W("her"), W("but"),
    W("an"), W("as"), W("at"), W("by"), W("in"), W("is"), W("of"), W("on"),
    W("or"), W("to"), W("a"), {0, ""}};

/* letter(.letter)+ such as U.S, U.K, e.g */
static int is_dotted_initials(bp s, bp e)
{
    int letters = 0;
    for (bp p = s; p < e; p++) {
        if (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')) {
            if (p + 1 < e && p[1] != '.')
                return 0;
            letters++;
        } else if (*p != '.') {
            return 0;
        }
    }
    return letters >= 2;
}

/* The end of the chunk that starts at p, without the main loop's extras; for
 * the look at the next chunk, which only sentence ends need. */
static bp chunk_end(bp p, bp e)
{
    for (; p < e; p++) {
        unsigned k = cls[*p];
        if ((k & C_SPACE) || ((k & C_HIGH) && space_len(p, e) > 0))
            break;
    }
    return p;
}

/* Is there a sentence boundary between the chunk that starts at cs, ends
 * as t (not T_NONE) and core_end say (chunk_term), and the chunk that
 * starts at ns (the text ends at e), separated by spaces only? (The
 * caller's chunk_term: breaks asked it for a line's last chunk, and
 * boundary asked again: 331.2M -> 327.8M instructions on Reuters-21578.) */
static int boundary(bp cs, enum term t, bp core_end, bp ns, bp e)
{
    /* the next chunk's end is only looked for below, for its word: the
     * tests here stop at white space (no opener, lower-case letter or
     * digit; one that reads a byte past the chunk reads white space and
     * fails), and most chunks that may end a sentence answer here
     * (boundary 2.9M -> 2.5M instructions on 2,000 Reuters-21578
     * articles) */
    bp n = skip_openers(ns, e);
    if (n < e && is_lower_at(n, e))
        return 0;
    if (t == T_STRONG)
        return 1;
    bp w = skip_openers(cs, core_end);
    bp we = core_end - 1;              /* drop the final '.' */
    if (we <= w)
        return 1;
    unsigned list = abbrev_list(w, we);
    if (list == NEVER_FINAL)
        return 0;
    if (list == BEFORE_NUMBER)
        return !(n < e && *n >= '0' && *n <= '9');
    if (we - w == 1 && is_upper_at(w, we))
        return 0;                      /* an initial: George W. Bush */
    /* "EC-U.S.", "Sino-U.S.": the initials after the last hyphen */
    bp wd = we;
    while (wd > w && wd[-1] != '-')
        wd--;
    if (is_dotted_initials(wd, we) || list == MAYBE_FINAL) {
        bp ne = chunk_end(n, e), nw = n, nwe = n;
        while (nwe < ne && (is_alnum_byte(*nwe)))
            nwe++;
        return nw < nwe && word_in(nw, nwe, openers);
    }
    return 1;
}

/* Lower-cases the key: ASCII and Latin-1 capitals fold, curly apostrophes
 * become '. Returns the key length written at out. */
static size_t make_key(bp s, bp e, char *out)
{
    char *o = out;
    while (s < e) {
        unsigned c = *s;
        if (c < 0x80) {
            *o++ = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            s++;
        } else if (c == 0xc3 && e - s >= 2 && s[1] >= 0x80 && s[1] <= 0x9e &&
                   s[1] != 0x97) {
            *o++ = (char)0xc3;
            *o++ = (char)(s[1] + 0x20);
            s += 2;
        } else if (c == 0xe2 && e - s >= 3 && s[1] == 0x80 &&
                   (s[2] == 0x98 || s[2] == 0x99)) {
            *o++ = '\'';
            s += 3;
        } else {
            *o++ = (char)c;
            s++;
        }
    }
    return (size_t)(o - out);
}

/* The key's length without a possessive "'s" or "s'". */
static uint32_t base_len(const char *key, size_t kl)
{
    if (kl > 2 && key[kl - 2] == '\'' && key[kl - 1] == 's')
        return (uint32_t)kl - 2;
    if (kl > 2 && key[kl - 1] == '\'' && key[kl - 2] == 's')
        return (uint32_t)kl - 1;
    return (uint32_t)kl;
}

static int add_token(dyad_doc *d, bp text, bp cs, bp ce)
{
    bp s = cs, e = ce;
    size_t k;
    while (s < e && (k = punct_len(s, e)) > 0)
        s += k;
    while (e > s && (k = punct_len_before(s, e)) > 0)
        e -= k;
    if (nchars(s, e) < 2) {
        s = cs;
        e = ce;
    }
    if (dyad_grow(&d->tok, &d->tok_cap, d->ntok + 1, sizeof *d->tok) < 0)
        return DYAD_ENOMEM;
    dyad_token *t = &d->tok[d->ntok++];
    int upper = 0, lower = 0, alnum = 0;
    unsigned any = 0;
    for (bp p = s; p < e; p++) {
        upper |= *p >= 'A' && *p <= 'Z';
        lower |= *p >= 'a' && *p <= 'z';
        alnum |= is_alnum_at(p, e);
        any |= cls[*p];
    }
    t->off = (uint32_t)(s - text);
    t->len = (uint32_t)(e - s);
    t->flags = (alnum ? DYAD_TOK_WORD : 0u) |
               (upper && !lower ? DYAD_TOK_UPPER : 0u) |
               (is_upper_at(s, e) ? DYAD_TOK_CAP : 0u) |
               (any & (C_HIGH | C_NOTPLAIN) ? 0u : DYAD_TOK_PLAIN);
    t->key = (uint32_t)d->keys_len;
    size_t kl = make_key(s, e, d->keys + d->keys_len);
    d->keys_len += kl;
    t->key_len = (uint32_t)kl;
    t->base_len = base_len(d->keys + t->key, kl);
    /* see ascii_token */
    if (kl > 2 && t->base_len == kl && d->keys[t->key + kl - 1] == '\'')
        t->flags &= ~(uint32_t)DYAD_TOK_PLAIN;
    return DYAD_OK;
}

/* Adds the tokens of the chunk [cs, ce) and counts its words: a '…' inside
 * the chunk separates tokens as white space does ("wait…then"). */
static int add_chunk(dyad_doc *d, bp text, bp cs, bp ce)
{
    while (cs < ce) {
        bp pe = cs;
        while (pe < ce && !(ce - pe >= 3 && pe[0] == 0xe2 && pe[1] == 0x80 &&
                            pe[2] == 0xa6))
            pe++;
        int word = 0;
        for (bp q = cs; q < pe && !word; q++)
            word = is_alnum_at(q, pe);
        d->words += (size_t)word;
        if (nchars(cs, pe) >= 2 && add_token(d, text, cs, pe) != DYAD_OK)
            return DYAD_ENOMEM;
        cs = pe < ce ? pe + 3 : ce;
    }
    return DYAD_OK;
}

/* Skips the white space at p; adds its line breaks to *nl. */
static bp skip_space(bp p, bp e, size_t *nl)
{
    while (p < e) {
        unsigned k = cls[*p];
        size_t n;
        if (k & C_SPACE) {
            *nl += *p == '\n';
            p++;
        } else if ((k & C_HIGH) && (n = space_len(p, e)) > 0) {
            p += n;
        } else {
            break;
        }
    }
    return p;
}

static int start_sentence(dyad_doc *d, uint32_t para)
{
    if (dyad_grow(&d->sent, &d->sent_cap, d->nsent + 1, sizeof *d->sent) < 0)
        return DYAD_ENOMEM;
    dyad_sentence *s = &d->sent[d->nsent];
    memset(s, 0, sizeof *s);
    s->tok = (uint32_t)d->ntok;
    s->para = para;
    return DYAD_OK;
}

/* Is the sentence of tokens [t, t + n) of d in title case (see
 * dyad_sentence.title)? Most sentences answer at their first lower-case
 * word. */
static uint32_t title_case(const dyad_doc *d, uint32_t t, uint32_t n)
{
    /* the short words, by length (a key of a NUL byte matches none) */
    static const char *const small[5] = {
        NULL, "a", "anofoninattobyasuporsovs", "theandbutnorforyetoffvia",
        "withfromoverinto"};
    uint32_t caps = 0, lower_caps = 0;
    const dyad_token *k = d->tok + t, *end = k + n;
    for (; k < end; k++) {
        uint32_t f = k->flags;
        /* a capital is a letter (DYAD_TOK_WORD), and no lower case: the
         * test of the text's first byte only for the others (end_sentence
         * 19.4M -> 17.1M instructions on Reuters-21578) */
        if (f & DYAD_TOK_CAP) {
            caps++;
            lower_caps += !(f & DYAD_TOK_UPPER);
            continue;
        }
        if (!(f & DYAD_TOK_WORD))
            continue;
        unsigned char c = (unsigned char)d->text[k->off];
        if (c >= 'a' && c <= 'z') {
            uint32_t len = k->key_len;
            const char *key = d->keys + k->key, *w;
            if (len == 0 || len > 4)
                return 0;
            /* compared here, not by a memcmp call a candidate (1.1M of
             * 296.9M instructions on 2,000 Reuters-21578 articles) */
            for (w = small[len]; *w; w += len) {
                uint32_t j = 0;
                while (j < len && w[j] == key[j])
                    j++;
                if (j == len)
                    break;
            }
            if (!*w)
                return 0;
        }
    }
    /* the first word's capital counts for nothing */
    if (n && (d->tok[t].flags & DYAD_TOK_CAP)) {
        caps--;
        lower_caps -= !(d->tok[t].flags & DYAD_TOK_UPPER);
    }
    return caps >= 2 && lower_caps >= 1;
}

/* Ends the open sentence at e (its '!' and '?' were counted into it by
 * the main loop: the white space between its chunks holds none). */
static void end_sentence(dyad_doc *d, bp text, bp s, bp e)
{
    dyad_sentence *st = &d->sent[d->nsent++];
    st->off = (uint32_t)(s - text);
    st->len = (uint32_t)(e - s);
    st->ntok = (uint32_t)d->ntok - st->tok;
    st->title = title_case(d, st->tok, st->ntok);
}

/* How a line starts (line_first): after a blank line or at the text's
 * start, after a line that ended a sentence, or inside a sentence. */
enum { LINE_INSIDE = 0, LINE_AFTER_STOP = 1, LINE_PARA = 2 };

/* Can the line that ends with chunk [cs, ce), of line_words chunks, be a
 * headline before a line that starts at p (the text ends at e)? The
 * first line of a text or paragraph of at most 12 words can, and a line
 * of at most 8 words after a sentence's end ("...writes UNN.\nDetails\n
 * Tensions ..."); a line inside a sentence cannot: wire copy is wrapped
 * at some 60 characters, and its lines of ten words before a capital
 * ("... alleging that\nJapan had violated ...") are no headlines. Nor is
 * a line that ends in a comma or in a lower-case word that leads on
 * ("of", "the", "that"). */
static size_t headline_most(int line_first)
{
    return line_first == LINE_PARA ? 12 : line_first == LINE_AFTER_STOP ? 8 : 0;
}

static int headline(bp cs, bp ce, bp p, bp e, size_t line_words,
                    int line_first)
{
    /* the next line's first chunk is looked at only for a line short
     * enough: most lines are inside a paragraph */
    if (line_words > headline_most(line_first))
        return 0;
    bp ne = chunk_end(p, e), n = skip_openers(p, ne);
    if (n >= ne ||
        !(is_upper_at(n, ne) || (*n >= '0' && *n <= '9')) || ce[-1] == ',')
        return 0;
    return !(is_lower_at(cs, ce) && word_in(cs, ce, line_goes_on));
}

/* Does the white space [ce, p) with nl line breaks, after the chunk
 * [cs, ce) of a line of line_words chunks (line_first: the first line of
 * the text or of a paragraph), end a sentence (*newpara: and a
 * paragraph)? */
static int breaks(bp cs, bp ce, bp p, bp e, size_t nl, size_t line_words,
                  int line_first, int *newpara)
{
    *newpara = 0;
    if (nl >= 2)
        return *newpara = 1;
    bp core_end;
    enum term t;
    if (nl == 1) {
        /* a stop ends the line's sentence as within a line ("U.S." or
         * "Corp." at a line's end before a capital goes on); a line with
         * a stop is no headline */
        if ((t = chunk_term(cs, ce, &core_end)) != T_NONE)
            return *newpara = boundary(cs, t, core_end, p, e);
        return *newpara = (core_end > cs && core_end[-1] == ':') ||
                          headline(cs, ce, p, e, line_words, line_first);
    }
    /* most chunks end in a letter: no stop, no boundary, no look ahead */
    if (!(cls[ce[-1]] & C_MAYEND))
        return 0;
    t = chunk_term(cs, ce, &core_end);
    return t != T_NONE && boundary(cs, t, core_end, p, e);
}

/* DYAD_TOK_WORD and DYAD_TOK_UPPER of an ASCII chunk by the digit, lower
 * and upper case bits of its classes (C_DIGIT, C_LOWER, C_UPPER in a row). */
static const unsigned char word_upper[8] = {
    0, DYAD_TOK_WORD, DYAD_TOK_WORD, DYAD_TOK_WORD,
    DYAD_TOK_WORD | DYAD_TOK_UPPER, DYAD_TOK_WORD | DYAD_TOK_UPPER,
    DYAD_TOK_WORD, DYAD_TOK_WORD};
_Static_assert(C_LOWER == 2 * C_DIGIT && C_UPPER == 4 * C_DIGIT,
               "word_upper is indexed by these bits");
_Static_assert(DYAD_TOK_WORD == 1, "simple_run adds the bit to its words");

/* Room for one more token: d->tok grown past d->ntok. */
static int grow_tok(dyad_doc *d)
{
    return dyad_grow(&d->tok, &d->tok_cap, d->ntok + 1, sizeof *d->tok) < 0
               ? DYAD_ENOMEM
               : DYAD_OK;
}

/* Writes the lower case of the len bytes at t to out: ASCII capitals
 * folded, every other byte as it is. Each ASCII token's key is then its
 * text's bytes there, at its own offset, where the main loop copied each
 * token's lower case to a key of its own (a store a byte in the byte
 * loop, and a memmove for a token that lost punctuation at its start):
 * 1,451.2M -> 1,441.2M instructions on Reuters-21578, 952.8M -> 946.8M
 * on the speeches (with 16 bytes a step here; a byte a step, as the
 * byte loop did, the pass would cost what the stores did). */
static void lower_case(bp t, size_t len, char *out)
{
    size_t i = 0;
#if DYAD_SSE2   /* else a byte at a time */
    const __m128i a = _mm_set1_epi8('A' - 1), z = _mm_set1_epi8('Z' + 1),
                  bit5 = _mm_set1_epi8(0x20);
    for (; i + 16 <= len; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        /* signed compares: bytes >= 0x80 are below 'A' */
        __m128i up = _mm_and_si128(_mm_cmpgt_epi8(x, a), _mm_cmpgt_epi8(z, x));
        _mm_storeu_si128((__m128i *)(void *)(out + i),
                         _mm_add_epi8(x, _mm_and_si128(up, bit5)));
    }
#endif
    for (; i < len; i++)
        out[i] = (char)scan_cls[t[i]];
}

/* Fills *tp with the token of the ASCII chunk [c0, c1) of text t (two
 * bytes or more; any: the OR of its byte classes; first: the class of its
 * first byte, which the scan has loaded); its key is in the text's lower
 * case at the start of keys (lower_case). Called for the chunks with
 * punctuation, 14% of those of news text; in a function of its own, and
 * not inlined, so that simple_run's common case keeps its state in
 * registers. */
DYAD_NOINLINE
static void ascii_token(dyad_token *tp, bp t, size_t c0, size_t c1,
                        unsigned any, unsigned first, const char *keys)
{
    bp cs = t + c0, ce = t + c1, s = cs, te = ce;
    unsigned plain = DYAD_TOK_PLAIN;
    size_t kl = (size_t)(ce - cs), bl = kl;
    /* '.', '-', '/' are punctuation: a chunk without is plain, and has no
     * apostrophe of a possessive either */
    if (any & C_PUNCT) {
        if (first & C_PUNCT)
            while (s < te && (scan_cls[*s] & (C_PUNCT << 8)))
                s++;
        while (te > s && (scan_cls[te[-1]] & (C_PUNCT << 8)))
            te--;
        if (te - s < 2) {
            s = cs;
            te = ce;
        } else if (s != cs) {
            first = scan_cls[*s] >> 8;
        }
        /* most dots end the chunk and were just stripped */
        if (any & C_NOTPLAIN)
            for (bp q = s; q < te; q++)
                if (scan_cls[*q] & (C_NOTPLAIN << 8)) {
                    plain = 0;
                    break;
                }
        kl = (size_t)(te - s);
        bl = kl;
        /* a key without an apostrophe has no possessive (most chunks
         * with punctuation: 41.0M -> 33.4M instructions on Reuters-21578
         * with the test of the first byte above) */
        if (any & C_APOS) {
            const char *kp = keys + (s - t);
            bl = base_len(kp, kl);
            /* the gazetteer cuts a final apostrophe from an alias
             * whatever is before it: a token whose base key keeps one is
             * not plain, and a plain token's key there is its text less
             * base_len's bytes (actors.c, token_key) */
            if (kl > 2 && bl == kl && kp[kl - 1] == '\'')
                plain = 0;
        }
    }
    *tp = (dyad_token){(uint32_t)(s - t), (uint32_t)kl, (uint32_t)(s - t),
                       (uint32_t)kl, (uint32_t)bl,
                       word_upper[(any & C_ALNUM) / C_DIGIT] |
                           ((first & C_UPPER) ? DYAD_TOK_CAP : 0u) | plain};
}

/* The common case of the main loop, in a function of its own so that its
 * state stays in registers (in the main loop, with the state of sentences
 * and lines beside it, GCC kept a third of it on the stack): from the
 * chunk at t[i] (not white space), takes chunks of ASCII bytes without
 * '!', '?' or control bytes that are each followed by a single space (or
 * a line break that ends no sentence and no headline, see below) and a
 * byte that is neither white space nor non-ASCII, and that end in no
 * byte that may end a sentence, as words inside a line are, adding their
 * tokens at *tpp (up to tend; keys: lower_case's) and counting them in
 * *words and *line_words (*line_first: see breaks; *wp: the window of
 * masks, see load_window, kept for the next call). lim: the offset of
 * the last ASCII white-space byte of the text (or of its start), where it
 * stops looking for chunks; the scan of a chunk before it needs no test
 * of the text's end (4.3M of 304.8M instructions on 2,000 Reuters-21578
 * articles). Returns the offset where it stopped: at a chunk it did not
 * take (*cs_out SIZE_MAX), for the main loop to take; or at the end of a
 * chunk it took (*cs_out its start) whose white space, or the text's end,
 * the main loop must look at. It and ascii_token read one class table,
 * scan_cls (whose bits 8 and up are cls).
 *
 * Most chunks (78% of those of news text) are a word of letters or
 * digits before a space: their test is one of the OR of their classes
 * (no S_ODD: the byte after them is ' '; no punctuation; so no byte that
 * may end a sentence either) and one of their length, and their flags
 * are one load (fast_flags) from the OR and the first byte's class,
 * whose bits for the index are free in the OR; the loop need not test
 * the room for tokens (rl below), nor count words and line words for
 * each chunk (they are counted from the tokens); chunks with punctuation
 * go to ascii_token, and the others to the main loop; the common case's
 * tests are marked likely (DYAD_LIKELY), so that GCC lays it out
 * straight. From the loop that tested each chunk as the others:
 * simple_run and ascii_token 267.3M -> 219.8M instructions on
 * Reuters-21578, the text pass 377.1M -> 331.2M. */
/* fast_flags[k], k: bits 11-16 of the OR of the classes of a word of
 * simple_run's common case and of its first byte shifted by 3: bits 0-2
 * are its C_DIGIT, C_LOWER, C_UPPER; bits 3-5 the first byte's (bits
 * 3-4 of the OR are C_BANG and C_MAYEND, which such a word has none of). */
#define FAST_FLAGS(k)                                                   \
    (DYAD_TOK_WORD | DYAD_TOK_PLAIN |                                   \
     ((k) & 4 && !((k) & 2) ? DYAD_TOK_UPPER : 0) |                     \
     ((k) & 32 ? DYAD_TOK_CAP : 0))
#define FF4(k) FAST_FLAGS(k), FAST_FLAGS((k) + 1), FAST_FLAGS((k) + 2), \
               FAST_FLAGS((k) + 3)
#define FF16(k) FF4(k), FF4((k) + 4), FF4((k) + 8), FF4((k) + 12)
static const unsigned char fast_flags[64] = {FF16(0), FF16(16), FF16(32),
                                             FF16(48)};

/* The token of a chunk of simple_run at offset cs, n bytes, flags f: an
 * ASCII chunk without punctuation, whose key is its text's (lower_case)
 * and its own base key. */
static inline dyad_token word_token(size_t cs, uint32_t n, uint32_t f)
{
    return (dyad_token){(uint32_t)cs, n, (uint32_t)cs, n, n, f};
}

/* fast_flags of a chunk without punctuation (any: the OR of the classes
 * of its bytes and the one after it; first: its first byte's class). */
static inline uint32_t word_flags(unsigned any, unsigned first)
{
    return fast_flags[((any | first << 3) >> 11) & 63];
}

/* simple_run's masks of the 64 bytes from t[wb] (bit k: byte wb + k;
 * past the text's end, bytes of 0): letters and digits, and ' ' (with
 * SSE2 only). */
typedef struct window {
    uint64_t an, sp;
    size_t wb;
} window;
/* no window yet: far from any offset */
#define NO_WINDOW (SIZE_MAX / 2)

#if DYAD_SSE2
/* a byte is in [lo, lo + k) if, 128 - lo added, it is below -128 + k
 * (signed): one add and one compare a range */
#define IN_RANGE(x, lo, k) \
    _mm_cmplt_epi8(_mm_add_epi8((x), _mm_set1_epi8((char)(0x80 - (lo)))), \
                   _mm_set1_epi8((char)(-128 + (k))))

/* Fills *w with the masks of the bytes from t[cs] (the text is len
 * bytes): the last 63 bytes of a text are copied first, so as not to read
 * past it. Byte 63 is left out of an: a run of letters and digits in the
 * window ends in it, and its length (the trailing zeros of ~an from a
 * byte) is never more than the window holds. */
static inline void load_window(window *w, bp t, size_t cs, size_t len)
{
    unsigned char pad[64];
    bp p = t + cs;
    if (len - cs < 64) {
        memset(pad, 0, sizeof pad);
        memcpy(pad, p, len - cs);
        p = pad;
    }
    const __m128i c20 = _mm_set1_epi8(0x20);
    w->an = w->sp = 0;
    w->wb = cs;
    for (int k = 0; k < 4; k++) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
        __m128i an = _mm_or_si128(IN_RANGE(_mm_or_si128(x, c20), 'a', 26),
                                  IN_RANGE(x, '0', 10));
        w->an |= (uint64_t)(unsigned)_mm_movemask_epi8(an) << 16 * k;
        w->sp |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, c20))
                 << 16 * k;
    }
    w->an &= ~(1ull << 63);
}

/* DYAD_TOK_UPPER if the n (2 to 63) bytes of letters and digits at p
 * (left bytes of text from p) have a capital and no lower-case letter;
 * asked for words that start with none (the window has no masks of
 * case: they cost more than this look at a third of the words). */
static uint32_t upper_flag(bp p, size_t n, size_t left)
{
    uint64_t am = 0, lm = 0;
    if (n <= 16 && left >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
        am = (unsigned)_mm_movemask_epi8(IN_RANGE(x, 'A', 26));
        lm = (unsigned)_mm_movemask_epi8(IN_RANGE(x, 'a', 26));
    } else {
        for (size_t k = 0; k < n; k++) {
            am |= (uint64_t)((unsigned)(p[k] - 'A') < 26u) << k;
            lm |= (uint64_t)((unsigned)(p[k] - 'a') < 26u) << k;
        }
    }
    uint64_t m = (2ull << (n - 1)) - 1;
    return (am & m) && !(lm & m) ? DYAD_TOK_UPPER : 0;
}
#endif

DYAD_NOINLINE
static size_t simple_run(bp t, const char *keys, size_t i, size_t lim,
                         size_t len, dyad_token **tpp, dyad_token *tend,
                         size_t *words, size_t *line_words, int *line_first,
                         window *wp, size_t *cs_out)
{
    /* words: the tokens less wa; line words: the tokens since lt and la */
    dyad_token *tp = *tpp, *t0 = tp, *lt = tp;
    size_t wa = 0, la = 0;
    /* the chunks of tokens start 3 bytes apart or more (two bytes and a
     * space): those that start before rl have room for their tokens */
    size_t room = (size_t)(tend - tp), rl = lim, cs;
    *cs_out = SIZE_MAX;
    if (i >= lim || room == 0)
        return i;
    if (rl - i > 3 * room - 2)
        rl = i + 3 * room - 2;
    /* the class of the next chunk's first byte, loaded where the last
     * chunk's white space is looked at */
    unsigned next = scan_cls[t[i]];
    if ((int32_t)next < 0)
        return i;   /* '!', '?', a control or a non-ASCII byte */
    rl--;
#if DYAD_SSE2
    window w = *wp;   /* see load_window */
#else
    (void)len;
    (void)wp;
#endif
    for (;;) {
        cs = i;
        unsigned any = next, v;
        size_t j = i + 1;
        uint32_t n;
#if DYAD_SSE2
        /* With SSE2, the common case's length is that of the run of
         * letters and digits at cs, the trailing zeros of the window's
         * mask of them from cs, and its space a bit of the window's mask
         * of spaces (load_window: the masks of 64 bytes at once, loaded
         * again when a chunk starts past the 56th byte, about every eight
         * chunks, and kept from one call to the next). Where each chunk
         * loaded 16 bytes of its own (first with SSE2: simple_run's
         * mispredicts 413K -> 243K on 2,000 Reuters-21578 articles, user
         * time 1.05 s -> 1.00 s on Reuters-21578 x5), the next chunk's
         * start waited on that load, its compares, its mask, its count
         * and the load of the byte after the run, a chain of some 20
         * cycles a chunk; now on a shift and a count. The text pass alone
         * on all of Reuters-21578 (least of 30 runs) 42.4 -> 39.4 ms, for
         * 1,056.4M -> 1,063.5M instructions (the text pass 322.9M ->
         * 329.9M; the speeches 699.7M -> 700.1M). Loaded again past the
         * 48th byte, 1,066.3M and 40.5 ms; past the 60th, more words
         * reach the window's end (byte loop). The other chunks (22%)
         * take the byte loop. */
        size_t r = cs - w.wb;
        if (r > 56) {   /* a word of 6 and its space in the window */
            load_window(&w, t, cs, len);
            r = 0;
        }
        n = (uint32_t)__builtin_ctzll(~(w.an >> r));
        /* a space after the run, and a run of two bytes or more */
        if (DYAD_LIKELY(((w.sp >> r) & ~3ull) >> n & 1)) {
            uint32_t f = DYAD_TOK_WORD | DYAD_TOK_PLAIN |
                         ((next >> 11) & DYAD_TOK_CAP);
            /* a word that starts in lower case is no capitals */
            if (!(next & (C_LOWER << 8)))
                f |= upper_flag(t + cs, n, len - cs);
            *tp++ = word_token(cs, n, f);
            j = cs + n;
            if (j >= rl || (int32_t)(next = scan_cls[t[j + 1]]) < 0) {
                i = j;
                break;
            }
            i = j + 1;
            continue;
        }
#endif
        /* no test of the end: the white space at lim stops the scan. The
         * stop is the sign of the OR (S_SLOW), which sets the flag the
         * branch reads: six instructions a byte where a test of each class
         * made seven (simple_run 28.79M -> 27.51M instructions on 2,000
         * Reuters-21578 articles). The OR keeps the stopping byte's class
         * too. */
        for (;; j++) {
            v = scan_cls[t[j]];
            any |= v;
            if (any & S_SLOW)
                break;
        }
        n = (uint32_t)(j - cs);
        if (DYAD_LIKELY(!(any & (S_ODD | (C_PUNCT << 8))) && n >= 2)) {
            *tp++ = word_token(cs, n, word_flags(any, next));
            if (j >= rl || (int32_t)(next = scan_cls[t[j + 1]]) < 0) {
                i = j;
                break;
            }
            i = j + 1;
            continue;
        }
        if ((unsigned char)v != ' ' && !(v & (C_SPACE << 8))) {
            cs = SIZE_MAX;   /* '!', '?' or a non-ASCII byte: the main loop's */
            break;
        }
        if (n >= 2) {
            if (any & (C_PUNCT << 8)) {
                ascii_token(tp, t, cs, j, any >> 8, next >> 8, keys);
                wa += !(tp->flags & DYAD_TOK_WORD);
            } else {   /* a word before a line break or a tab */
                *tp = word_token(cs, n, word_flags(any, next));
            }
            tp++;
        } else {
            la++;
            wa -= (any & (C_ALNUM << 8)) != 0;
        }
        i = j;
        /* on to the next chunk if it starts before rl; else the main loop
         * takes the white space, as it can after any chunk. A chunk with
         * no byte of C_MAYEND ends in none: its last byte is not looked
         * up again (Reuters-21578 1,298.0M -> 1,296.0M instructions) */
        if (j >= rl || (int32_t)(next = scan_cls[t[j + 1]]) < 0 ||
            ((any & (C_MAYEND << 8)) &&
             (scan_cls[t[j - 1]] & (C_MAYEND << 8))))
            break;
        if ((unsigned char)v != ' ') {
            /* A line break inside a paragraph, after a line too long
             * for a headline that ends in no stop and no ':', ends no
             * sentence (breaks); a line of wire copy ends every ten
             * words or so (-0.8M of 275.9M instructions on 2,000
             * Reuters-21578 articles, where the main loop took it). */
            if ((unsigned char)v != '\n' || t[j - 1] == ':' ||
                *line_words + (size_t)(tp - lt) + la <=
                    headline_most(*line_first))
                break;
            *line_words = 0;
            lt = tp;
            la = 0;
            *line_first = LINE_INSIDE;
        }
        i = j + 1;
    }
#if DYAD_SSE2
    *wp = w;
#endif
    *tpp = tp;
    *words += (size_t)(tp - t0) - wa;
    *line_words += (size_t)(tp - lt) + la;
    *cs_out = cs;
    return i;
}

/* The loop below takes a chunk (the bytes up to white space) a step: one
 * pass over its bytes classifies them and finds its end; the text's lower
 * case, written before (lower_case), holds the key of the one token an
 * ASCII chunk has (98% of chunks in news text): without multibyte
 * characters there is no '…' inside, every byte is a character and the
 * stripped ends hold no letter or digit, so the token's flags come from
 * the classes of the whole chunk, and the key is only trimmed. Other
 * chunks go to add_chunk. The single pass replaced five over each byte
 * (about 170 to under 40 instructions a byte of news text); the state the
 * loop updates for every chunk is kept in locals, not in *d, which the
 * token stores might alias, and most chunks are taken by
 * simple_run (on 2,000 Reuters-21578 articles this function went from
 * 59.7M to 49.4M instructions, its callees included). */
int dyad_text_analyse(dyad_doc *d, const char *text, size_t len, int flags,
                      dyad_err *err)
{
    if (len >= UINT32_MAX)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "text of %zu bytes is too long", len);
    d->text = text;
    d->len = len;
    d->ntok = d->nsent = d->keys_len = 0;
    d->words = 0;
    /* keys: the text's lower case (lower_case), the key of each ASCII
     * token at the token's offset, then the keys of the others (never
     * longer than their text), and sixteen bytes more, which may be read
     * past a key (the scorer loads a short key's first eight bytes at
     * once); tok is never NULL, so that d->tok + s->tok is defined for a
     * sentence without tokens */
    if (dyad_grow(&d->keys, &d->keys_cap, 2 * len + 16, 1) < 0 ||
        dyad_grow(&d->tok, &d->tok_cap, 1, sizeof *d->tok) < 0)
        goto nomem;
    bp t = (bp)text, e = t + len;
    size_t nl = 0;
    bp p = skip_space(t, e, &nl);
    if (p == e)
        return DYAD_OK;
    uint32_t para = 0;
    bp sent_start = p;
    size_t line_words = 0;
    int line_first = LINE_PARA;
    if (start_sentence(d, para) != DYAD_OK)
        goto nomem;
    /* The hot state as pointers in locals (the key written, the next
     * token and the end of the tokens' room), written back to *d before
     * any call that reads it: each byte the loop writes might alias *d,
     * whose fields would be read again for every chunk. The words and the
     * open sentence's '!' and '?' are counted in *d, as most chunks add
     * no '!' or '?'. */
    lower_case(t, len, d->keys);
    d->keys_len = len;
    dyad_token *tp = d->tok, *tend = d->tok + d->tok_cap;
    bp lim = e;   /* see simple_run */
    while (lim > p && !(cls[lim[-1]] & C_SPACE))
        lim--;
    lim = lim > p ? lim - 1 : p;
    bp ce = p;
    window win = {0, 0, NO_WINDOW};
    while (p < e) {
        size_t csi;
        p = t + simple_run(t, d->keys, (size_t)(p - t), (size_t)(lim - t),
                           len, &tp, tend, &d->words, &line_words,
                           &line_first, &win, &csi);
        /* SIZE_MAX: the chunk at p is not simple_run's (t + SIZE_MAX is
         * no pointer to make) */
        bp cs = csi == SIZE_MAX ? p : t + csi;
        if (csi == SIZE_MAX) {
            unsigned any = 0;
            for (; p < e; p++) {
                unsigned v = scan_cls[*p];
                if (v & (C_SLOW << 8)) {
                    if ((v & (C_SPACE << 8)) ||
                        ((v & (C_HIGH << 8)) && space_len(p, e) > 0))
                        break;
                    d->sent[d->nsent].excl += *p == '!';
                    d->sent[d->nsent].quest += *p == '?';
                }
                any |= v;
            }
            any >>= 8;
            line_words++;
            if (any & C_HIGH) {
                d->ntok = (size_t)(tp - d->tok);
                if (add_chunk(d, t, cs, p) != DYAD_OK)
                    goto nomem;
                tp = d->tok + d->ntok;
                tend = d->tok + d->tok_cap;
            } else {
                d->words += (any & C_ALNUM) != 0;
                if (p - cs >= 2) {
                    if (tp == tend) {
                        d->ntok = (size_t)(tp - d->tok);
                        if (grow_tok(d) != DYAD_OK)
                            goto nomem;
                        tp = d->tok + d->ntok;
                        tend = d->tok + d->tok_cap;
                    }
                    ascii_token(tp++, t, (size_t)(cs - t), (size_t)(p - t), any,
                                cls[*cs], d->keys);
                }
            }
        }
        ce = p;
        nl = 0;
        /* one plain space before an ASCII byte, as between most words:
         * no call (10M instructions) */
        if (e - p >= 2 && *p == ' ' && !(cls[p[1]] & (C_SPACE | C_HIGH)))
            p++;
        else
            p = skip_space(p, e, &nl);
        if (p == e)
            break;
        /* most chunks end a line's word in a letter: no stop, no
         * boundary, no look ahead */
        if (!nl && !(cls[ce[-1]] & C_MAYEND))
            continue;
        int newpara = 0;
        int brk = !(flags & DYAD_TEXT_ONE_SENTENCE) &&
                  breaks(cs, ce, p, e, nl, line_words, line_first, &newpara);
        if (nl) {
            line_words = 0;
            line_first = nl >= 2 ? LINE_PARA
                         : brk   ? LINE_AFTER_STOP
                                 : LINE_INSIDE;
        }
        if (brk) {
            d->ntok = (size_t)(tp - d->tok);
            end_sentence(d, t, sent_start, ce);
            para += (uint32_t)newpara;
            if (start_sentence(d, para) != DYAD_OK)
                goto nomem;
            sent_start = p;
        }
    }
    d->ntok = (size_t)(tp - d->tok);
    end_sentence(d, t, sent_start, ce);
    return DYAD_OK;
nomem:
    d->ntok = d->nsent = 0;
    return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
}
