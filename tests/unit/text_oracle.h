/*
 * text_oracle.h - the tokenizer and sentence splitter of src/text.c as it
 * was before the single-pass rewrite (commit af85490), kept verbatim as a
 * slow, obviously-per-rule reference. test_text.c checks that
 * dyad_text_analyse gives exactly the same doc (sentences, tokens, keys,
 * flags, word counts) on edge cases and random inputs.
 *
 * Include once, from test_text.c only, after dyad/text.h.
 */
#ifndef DYAD_TEST_TEXT_ORACLE_H
#define DYAD_TEST_TEXT_ORACLE_H

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"

typedef const unsigned char *bp;

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

static int word_in(bp s, bp e, const char *const *list)
{
    size_t n = (size_t)(e - s);
    for (; *list; list++)
        if (strlen(*list) == n && strncasecmp((const char *)s, *list, n) == 0)
            return 1;
    return 0;
}

/* A '.' after these is an abbreviation, not the end of a sentence. */
static const char *const never_final[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col",
    "Capt", "Sgt", "Adm", "Maj", "Cmdr", "Brig", "St", "Mt", "Ft", "vs",
    "v", "cf", "e.g", "i.e", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Rev", "Hon", "Pres", "Sec",
    "Gens", "Reps", "Sens", "Messrs", "Mme", "Mlle", "Ave", "Blvd", "approx",
    "Amb", "Supt", "Insp", "Rt", "Sr", NULL};
/* ... and after these only before a number ("No. 10", "Art. 5"): they are
 * also words that end sentences ("He said no.", "Modern Art."). */
static const char *const before_number[] = {
    "No", "Nos", "Nr", "Art", "Fig", "Vol", "pp", NULL};
/* ... and after these, only when a usual sentence opener follows. */
static const char *const maybe_final[] = {
    "Inc", "Ltd", "Co", "Corp", "Jr", "etc", "Bros", "LLC", "PLC", "a.m",
    "p.m", "Ph.D", NULL};
static const char *const openers[] = {
    "The", "This", "That", "These", "Those", "It", "Its", "He", "She",
    "They", "We", "I", "You", "But", "A",
    "An", "However", "Meanwhile", "Still", "Yet", "There", "Their", "His",
    "Her", "Our", "Some", "Many", "After", "Before", "When", "While", "If",
    "Since", "Although", "Both", "Mr", "Mrs", "Ms", "Dr",
    "Last", "Earlier", "Later", "Now", "Then", "So", NULL};

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

/* Is there a sentence boundary between chunk [cs, ce) and the chunk that
 * starts at ns (ending at ne), separated by spaces only? */
static int boundary(bp cs, bp ce, bp ns, bp ne)
{
    bp core_end;
    enum term t = chunk_term(cs, ce, &core_end);
    if (t == T_NONE)
        return 0;
    bp n = skip_openers(ns, ne);
    if (n < ne && is_lower_at(n, ne))
        return 0;
    if (t == T_STRONG)
        return 1;
    bp w = skip_openers(cs, core_end);
    bp we = core_end - 1;              /* drop the final '.' */
    if (we <= w)
        return 1;
    if (word_in(w, we, never_final))
        return 0;
    if (word_in(w, we, before_number))
        return !(n < ne && *n >= '0' && *n <= '9');
    if (we - w == 1 && is_upper_at(w, we))
        return 0;                      /* an initial: George W. Bush */
    bp wd = we;   /* "EC-U.S.": the initials after the last hyphen */
    while (wd > w && wd[-1] != '-')
        wd--;
    if (is_dotted_initials(wd, we) || word_in(w, we, maybe_final)) {
        bp nw = n, nwe = n;
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
    int upper = 0, lower = 0, alnum = 0, plain = 1;
    for (bp p = s; p < e; p++) {
        upper |= *p >= 'A' && *p <= 'Z';
        lower |= *p >= 'a' && *p <= 'z';
        alnum |= is_alnum_at(p, e);
        plain &= *p < 0x80 && *p != '.' && *p != '-' && *p != '/';
    }
    t->off = (uint32_t)(s - text);
    t->len = (uint32_t)(e - s);
    t->flags = (alnum ? DYAD_TOK_WORD : 0u) |
               (upper && !lower ? DYAD_TOK_UPPER : 0u) |
               (is_upper_at(s, e) ? DYAD_TOK_CAP : 0u) |
               (plain ? DYAD_TOK_PLAIN : 0u);
    t->key = (uint32_t)d->keys_len;
    size_t kl = make_key(s, e, d->keys + d->keys_len);
    d->keys_len += kl;
    t->key_len = (uint32_t)kl;
    const char *key = d->keys + t->key;
    if (kl > 2 && key[kl - 2] == '\'' && key[kl - 1] == 's')
        t->base_len = (uint32_t)kl - 2;
    else if (kl > 2 && key[kl - 1] == '\'' && key[kl - 2] == 's')
        t->base_len = (uint32_t)kl - 1;
    else
        t->base_len = (uint32_t)kl;
    /* a base key that keeps a final apostrophe: not plain */
    if (kl > 2 && t->base_len == kl && key[kl - 1] == '\'')
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

/* Title case, word by word as the documentation of dyad_sentence.title
 * says: every word with a letter or digit capitalised, or a short
 * function word in lower case; two capitalised words after the first, one
 * of them not all in capitals. */
static uint32_t oracle_title(const dyad_doc *d, const dyad_sentence *st)
{
    static const char *const small[] = {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
        "of", "on", "in", "to", "at", "by", "as", "up", "off", "with",
        "from", "over", "into", "via", "vs"};
    int caps = 0, mixed = 0;
    for (uint32_t i = st->tok; i < st->tok + st->ntok; i++) {
        const dyad_token *t = &d->tok[i];
        if (!(t->flags & DYAD_TOK_WORD))
            continue;
        char c = d->text[t->off];
        if (islower((unsigned char)c)) {
            int ok = 0;
            for (size_t w = 0; w < sizeof small / sizeof *small; w++)
                ok |= strlen(small[w]) == t->key_len &&
                      strncmp(small[w], d->keys + t->key, t->key_len) == 0;
            if (!ok)
                return 0;
        } else if ((t->flags & DYAD_TOK_CAP) && i > st->tok) {
            caps++;
            mixed += !(t->flags & DYAD_TOK_UPPER);
        }
    }
    return caps >= 2 && mixed >= 1;
}

static void end_sentence(dyad_doc *d, bp text, bp s, bp e)
{
    dyad_sentence *st = &d->sent[d->nsent++];
    st->off = (uint32_t)(s - text);
    st->len = (uint32_t)(e - s);
    st->ntok = (uint32_t)d->ntok - st->tok;
    for (bp p = s; p < e; p++) {
        st->excl += *p == '!';
        st->quest += *p == '?';
    }
    st->title = oracle_title(d, st);
}

static int oracle_text_analyse(dyad_doc *d, const char *text, size_t len,
                               int flags, dyad_err *err)
{
    if (len >= UINT32_MAX)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "text of %zu bytes is too long", len);
    d->text = text;
    d->len = len;
    d->ntok = d->nsent = d->keys_len = 0;
    d->words = 0;
    /* keys are never longer than the text; tok is never NULL, so that
     * d->tok + s->tok is defined for a sentence without tokens */
    if (dyad_grow(&d->keys, &d->keys_cap, len + 1, 1) < 0 ||
        dyad_grow(&d->tok, &d->tok_cap, 1, sizeof *d->tok) < 0)
        goto nomem;
    bp t = (bp)text, p = t, e = t + len;
    size_t k;
    while (p < e && (k = space_len(p, e)) > 0)
        p += k;
    if (p == e)
        return DYAD_OK;
    uint32_t para = 0;
    bp sent_start = p;
    size_t line_words = 0;
    int line_first = 2;
    if (start_sentence(d, para) != DYAD_OK)
        goto nomem;
    bp ce = p;
    while (p < e) {
        bp cs = p;
        /* printable ASCII is never a space: skip it without the checks */
        while (p < e && ((*p > 0x20 && *p < 0x7f) || space_len(p, e) == 0))
            p++;
        ce = p;
        size_t nl = 0;
        while (p < e && (k = space_len(p, e)) > 0) {
            nl += *p == '\n';
            p += k;
        }
        line_words++;
        if (add_chunk(d, t, cs, ce) != DYAD_OK)
            goto nomem;
        if (p == e)
            break;
        bp ne = p;
        while (ne < e && space_len(ne, e) == 0)
            ne++;
        int brk = 0, newpara = 0;
        if (flags & DYAD_TEXT_ONE_SENTENCE) {
            brk = 0;
        } else if (nl >= 2) {
            brk = newpara = 1;
        } else if (nl == 1) {
            bp core_end;
            bp n = skip_openers(p, ne);
            /* a stop ends the line's sentence as within a line: "U.S." or
             * "Corp." at a line's end before a capital goes on */
            int stop = chunk_term(cs, ce, &core_end) != T_NONE;
            int ends = (stop && boundary(cs, ce, p, ne)) ||
                       (!stop && core_end > cs && core_end[-1] == ':');
            /* a headline: the first line of the text or of a paragraph,
             * of at most 12 words, not ending in a comma or a lower-case
             * word that leads on, before a capital or a digit */
            static const char *const goes_on[] = {
                "a", "an", "and", "as", "at", "by", "for", "from", "in",
                "into", "of", "on", "or", "over", "than", "that", "the",
                "to", "under", "with", "its", "their", "his", "her", "which",
                "was", "were", "is", "are", "has", "had", "have", "been",
                "will", "would", "but", "after", NULL};
            /* at most 12 words as a paragraph's first line, 8 after a
             * line that ended a sentence, none inside a sentence */
            size_t most = line_first == 2 ? 12 : line_first == 1 ? 8 : 0;
            int headline = !stop && line_words <= most &&
                           n < ne &&
                           (is_upper_at(n, ne) || (*n >= '0' && *n <= '9')) &&
                           ce[-1] != ',' &&
                           !(is_lower_at(cs, ce) && word_in(cs, ce, goes_on));
            brk = newpara = ends || headline;
        } else {
            brk = boundary(cs, ce, p, ne);
        }
        if (nl) {
            line_words = 0;
            line_first = nl >= 2 ? 2 : brk ? 1 : 0;
        }
        if (brk) {
            end_sentence(d, t, sent_start, ce);
            para += (uint32_t)newpara;
            if (start_sentence(d, para) != DYAD_OK)
                goto nomem;
            sent_start = p;
        }
    }
    end_sentence(d, t, sent_start, ce);
    return DYAD_OK;
nomem:
    d->ntok = d->nsent = 0;
    return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
}

#endif
