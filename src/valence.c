/*
 * valence.c - VADER's sentence valence (Hutto & Gilbert 2014; rules and
 * constants from the VADER project, MIT licence, as in its JavaScript
 * port vader-sentiment 1.1.3), on dyad's tokens.
 *
 * Where dyad differs from that port, on purpose:
 * - words are compared in lower case: "But", "NOT" and "Never" work like
 *   "but", "not" and "never" (the port only knows the lower-case forms);
 * - tokens lose all leading and trailing punctuation ("(good)", "good...")
 *   where the port strips one mark;
 * - multi-word lexicon terms ("fed up", "can't stand") match;
 * - outside --vader-only mode "despite" is not a negation: in news,
 *   "despite criticism" reports criticism, it does not deny it.
 * bench/README.md measures the agreement that is left.
 */
#include <math.h>
#include <string.h>

#include "lex_int.h"
#include "phrase.h"
#include "score_int.h"

#define B_INCR 0.293
#define B_DECR (-0.293)
#define C_INCR 0.733
#define N_SCALAR (-0.74)

static const char *const boosters_up[] = {
    "absolutely", "amazingly", "awfully", "completely", "considerably",
    "decidedly", "deeply", "effing", "enormously", "entirely", "especially",
    "exceptionally", "extremely", "fabulously", "flipping", "flippin",
    "fricking", "frickin", "frigging", "friggin", "fully", "fucking",
    "greatly", "hella", "highly", "hugely", "incredibly", "intensely",
    "majorly", "more", "most", "particularly", "purely", "quite", "really",
    "remarkably", "so", "substantially", "thoroughly", "totally",
    "tremendously", "uber", "unbelievably", "unusually", "utterly", "very",
    NULL};
static const char *const boosters_down[] = {
    "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less",
    "little", "marginally", "occasionally", "partly", "scarcely", "slightly",
    "somewhat", "sorta", "sortof", "sort-of", NULL};
static const char *const negators[] = {
    "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
    "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't",
    "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt",
    "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't",
    "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope",
    "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt",
    "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh",
    "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't",
    "rarely", "seldom", NULL};

/* n0, n1: bytes of the first and second words. Every "the" of the news
 * is tried against the idioms; its length and first byte turn most away
 * before a word is compared (valence 73.2M -> 70.1M instructions on
 * 10,000 articles), and the next word's length most of the rest (-1.5M
 * of 178M on 2,000 Reuters-21578 articles). */
#define IDIOM(a, b, c, v) {{a, b, c}, v, sizeof a - 1, sizeof b - 1}
static const struct {
    const char *w[3];
    double v;
    size_t n0, n1;
} idioms[] = {
    IDIOM("the", "shit", NULL, 3),       IDIOM("the", "bomb", NULL, 3),
    IDIOM("bad", "ass", NULL, 1.5),      IDIOM("yeah", "right", NULL, -2),
    IDIOM("cut", "the", "mustard", 2),   IDIOM("kiss", "of", "death", -1.5),
    IDIOM("hand", "to", "mouth", -2)};
#undef IDIOM

/* Is key k the word w? Inline, without strlen and memcmp calls: every
 * "the" is tried against the idioms. */
static int is(dyad_span k, const char *w)
{
    size_t j = 0;
    while (j < k.len && w[j] && w[j] == k.ptr[j])
        j++;
    return j == k.len && !w[j];
}

static int add_words(dyad_phrases *p, const char *const *list, unsigned bit)
{
    for (; *list; list++) {
        uint32_t old = 0;
        int rc = dyad_phrases_add(p, *list, strlen(*list), bit, &old);
        if (rc == 1)   /* a word in two lists keeps both classes */
            rc = dyad_phrases_add(p, *list, strlen(*list), bit | old, NULL);
        if (rc < 0)
            return rc;
    }
    return DYAD_OK;
}

dyad_phrases *dyad_score__classes(void)
{
    static const char *const despite[] = {"despite", NULL};
    static const char *const but[] = {"but", NULL};
    static const char *const never[] = {"never", NULL};
    static const char *const so_this[] = {"so", "this", NULL};
    static const char *const least[] = {"least", NULL};
    static const char *const kind[] = {"kind", NULL};
    static const char *const of[] = {"of", NULL};
    static const char *const at_very[] = {"at", "very", NULL};
    static const char *const no[] = {"no", NULL};
    static const char *const sort[] = {"sort", NULL};
    static const char *const just[] = {"just", NULL};
    static const char *const enough[] = {"enough", NULL};
    static const char *const idiom_first[] = {"the", "bad", "yeah", "cut",
                                              "kiss", "hand", NULL};
    dyad_phrases *p = dyad_phrases_new();
    if (!p || add_words(p, boosters_up, W_BOOST_UP) ||
        add_words(p, boosters_down, W_BOOST_DOWN) ||
        add_words(p, negators, W_NEG) || add_words(p, despite, W_DESPITE) ||
        add_words(p, but, W_BUT) || add_words(p, never, W_NEVER) ||
        add_words(p, so_this, W_SO_THIS) || add_words(p, least, W_LEAST) ||
        add_words(p, kind, W_KIND) || add_words(p, of, W_OF) ||
        add_words(p, at_very, W_AT_VERY) || add_words(p, no, W_NO) ||
        add_words(p, idiom_first, W_IDIOM) || add_words(p, sort, W_SORT) ||
        add_words(p, just, W_JUST) || add_words(p, enough, W_ENOUGH)) {
        dyad_phrases_free(p);
        return NULL;
    }
    return p;
}

unsigned dyad_score__class(const dyad_scorer *sc, dyad_span k, uint64_t h)
{
    uint32_t c = 0;
    dyad_phrases_get_h(sc->words, k.ptr, k.len, h, &c);
    if (sc->opts.vader_only && (c & W_DESPITE))
        c |= W_NEG;
    if (dyad_score__has_nt(k))
        c |= W_NEG;
    return c;
}

/* The two-word dampeners "kind of", "sort of", "just enough". */
static int pair_dampener(unsigned a, unsigned b)
{
    return ((a & (W_KIND | W_SORT)) && (b & W_OF)) ||
           ((a & W_JUST) && (b & W_ENOUGH));
}

static double scalar_inc_dec(unsigned cls, int upper, double v, int cap_diff)
{
    double s = cls & W_BOOST_UP ? B_INCR : cls & W_BOOST_DOWN ? B_DECR : 0;
    if (s == 0)
        return 0;
    if (v < 0)
        s = -s;
    if (upper && cap_diff)
        s += v > 0 ? C_INCR : -C_INCR;
    return s;
}

/* Are some but not all of the n tokens at tk in capitals? */
static int caps_differ(const dyad_token *tk, size_t n)
{
    size_t upper = 0;
    for (size_t i = 0; i < n; i++)
        upper += (tk[i].flags & DYAD_TOK_UPPER) != 0;
    return upper > 0 && upper < n;
}

/* caps_differ, counted the first time it is asked (*cd < 0). */
static int caps_differ_once(int *cd, const dyad_token *tk, size_t n)
{
    if (*cd < 0)
        *cd = caps_differ(tk, n);
    return *cd;
}

void dyad_score__valence(dyad_score_ctx *cx, size_t s)
{
    const dyad_scorer *sc = cx->sc;
    const dyad_sentence *st = &cx->doc.sent[s];
    const dyad_token *tk = cx->doc.tok + st->tok;
    const dyad_span *k = cx->keys + st->tok;
    const tok_info *ti = cx->ti + st->tok;
    vtrace *vt = cx->vt + st->tok;
    size_t n = st->ntok, but = n;
    memset(vt, 0, n * sizeof *vt);
    /* The sum of the values, in token order, as they are set: adding the
     * zeros of the other tokens changes nothing (sum starts at +0), so
     * without a "but" no second pass is needed (-6M instructions on
     * 10,000 articles). Whether the sentence mixes capitals and lower
     * case (cap_diff) is counted when a word in capitals asks: most
     * sentences have none at a term (-1.3M of 298.2M instructions on
     * 2,000 Reuters-21578 articles counted at the first term, with the
     * "but" found below and one memset call; -0.8M of 175M asked). */
    double sum = 0;
    int cap_diff = -1;
    /* the article's positive and negative words, counted as their raw
     * values are set, not in a pass of their own over every token's
     * vtrace (3M of 187M instructions on 2,000 Reuters-21578 articles) */
    size_t npos = 0, nneg = 0;
    /* the tokens that start a term, for the evidence's words (put_hits
     * scanned every token's vtrace: 1.5M of 206.8M instructions on 2,000
     * Reuters-21578 articles) */
    size_t vlo = n, vhi = 0;
    for (size_t i = 0; i < n; i++) {
        /* most tokens: no rule class, no term of the lexicon starts with
         * them; every test below would let them go (-2.3M of 300.5M
         * instructions on 2,000 Reuters-21578 articles), and a loop of
         * their own passes them (-1.1M of 176M) */
        while (i < n && !(ti[i].wild & WILD_ANY_V))
            i++;
        if (i == n)
            break;
        if ((ti[i].cls & W_BUT) && but == n)
            but = i;
        if ((vt[i].rules & VR_IDIOM) || cx->mask[st->tok + i])
            continue;        /* inside an earlier term, or a name */
        if ((ti[i].cls & (W_BOOST_UP | W_BOOST_DOWN)) ||
            ((ti[i].cls & W_KIND) && i + 1 < n && (ti[i + 1].cls & W_OF)))
            continue;
        size_t iw = 0;
        /* unrolled, each idiom's lengths and first letter are constants
         * (-1.8M of 273.1M instructions on 2,000 Reuters-21578 articles:
         * every "the" is tried) */
        if (ti[i].cls & W_IDIOM) {
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 8
#endif
            for (size_t d = 0; d < sizeof idioms / sizeof idioms[0]; d++) {
                if (k[i].len != idioms[d].n0 ||
                    k[i].ptr[0] != idioms[d].w[0][0] || i + 1 >= n ||
                    k[i + 1].len != idioms[d].n1)
                    continue;
                size_t w = idioms[d].w[2] ? 3 : 2, j = 0;
                while (j < w && i + j < n && is(k[i + j], idioms[d].w[j]))
                    j++;
                if (j == w) {
                    iw = w;
                    vt[i].raw = vt[i].val = idioms[d].v;
                    sum += idioms[d].v;
                    npos += idioms[d].v > 0;
                    nneg += idioms[d].v < 0;
                    break;
                }
            }
        }
        if (iw) {
            vt[i].rules = VR_IDIOM;
            vt[i].width = (unsigned)iw;
            vlo = vlo < i ? vlo : i;
            vhi = i + 1;
            for (size_t j = 1; j < iw; j++)
                vt[i + j].rules = VR_IDIOM;
            continue;
        }
        uint32_t idx, head = ti[i].vhead;
        if (head == DYAD_PHRASES_NONE && !(ti[i].wild & WILD_VALENCE))
            continue;   /* nothing to match */
        unsigned wb = ti[i].wild;
        size_t w = dyad_score__match(sc->valence, k + i, n - i, head,
                                     wb >> WILD_VSHIFT & 3,
                                     cx->wchains[st->tok + i], &idx);
        if (!w)
            continue;
        const dyad_lex_entry *e = dyad_lex__entry(sc->lex, DYAD_LEX_VALENCE,
                                                  idx);
        double v = e->value;
        vt[i].raw = v;
        npos += v > 0;
        nneg += v < 0;
        vt[i].entry = e;
        vt[i].width = (unsigned)w;
        vlo = vlo < i ? vlo : i;
        vhi = i + 1;
        if (w > 1) {
            vt[i].rules |= VR_IDIOM;
            for (size_t j = 1; j < w; j++)
                vt[i + j].rules = VR_IDIOM;
        }
        if ((tk[i].flags & DYAD_TOK_UPPER) &&
            caps_differ_once(&cap_diff, tk, n)) {
            v += v > 0 ? C_INCR : -C_INCR;
            vt[i].rules |= VR_CAPS;
        }
        for (size_t start = 0; start < 3; start++) {
            if (i <= start)
                break;
            size_t j = i - start - 1;
            if (ti[j].inlex)
                continue;
            double b = scalar_inc_dec(
                ti[j].cls,
                (tk[j].flags & DYAD_TOK_UPPER) &&
                    caps_differ_once(&cap_diff, tk, n),
                v, 1);
            if (start == 1)
                b *= 0.95;
            else if (start == 2)
                b *= 0.9;
            if (b != 0) {
                v += b;
                vt[i].boost += b;
                vt[i].rules |= VR_BOOSTED;
            }
            if (start == 0) {
                if (ti[i - 1].cls & W_NEG) {
                    v *= N_SCALAR;
                    vt[i].rules |= VR_NEGATED;
                }
            } else if (start == 1) {
                if ((ti[i - 2].cls & W_NEVER) && (ti[i - 1].cls & W_SO_THIS)) {
                    v *= 1.5;
                    vt[i].rules |= VR_NEVER_SO;
                } else if (ti[i - 2].cls & W_NEG) {
                    v *= N_SCALAR;
                    vt[i].rules |= VR_NEGATED;
                }
            } else {
                if (((ti[i - 3].cls & W_NEVER) &&
                     (ti[i - 2].cls & W_SO_THIS)) ||
                    (ti[i - 1].cls & W_SO_THIS)) {
                    v *= 1.25;
                    vt[i].rules |= VR_NEVER_SO;
                } else if (ti[i - 3].cls & W_NEG) {
                    v *= N_SCALAR;
                    vt[i].rules |= VR_NEGATED;
                }
                /* VADER checks its two-word dampeners here, at the third
                 * step only: "kind of good" is 1.9 - 0.293 */
                if (pair_dampener(ti[i - 2].cls, ti[i - 1].cls) ||
                    pair_dampener(ti[i - 3].cls, ti[i - 2].cls)) {
                    v += B_DECR;
                    vt[i].boost += B_DECR;
                    vt[i].rules |= VR_BOOSTED;
                }
            }
        }
        if (i > 0 && (ti[i - 1].cls & W_LEAST) && !ti[i - 1].inlex &&
            !(i > 1 && (ti[i - 2].cls & W_AT_VERY))) {
            v *= N_SCALAR;
            vt[i].rules |= VR_LEAST;
        }
        vt[i].val = v;
        sum += v;
    }
    if (but < n) {
        sum = 0;
        for (size_t i = 0; i < n; i++) {
            if (vt[i].val != 0 && i != but) {
                vt[i].val *= i < but ? 0.5 : 1.5;
                vt[i].rules |= i < but ? VR_BUT_BEFORE : VR_BUT_AFTER;
            }
            sum += vt[i].val;
        }
    }
    cx->pos_words += npos;
    cx->neg_words += nneg;
    double amp = (st->excl > 4 ? 4 : st->excl) * 0.292;
    if (st->quest > 1)
        amp += st->quest <= 3 ? st->quest * 0.18 : 0.96;
    sent_info *si = &cx->si[s];
    si->vt0 = (uint32_t)(st->tok + (vlo < vhi ? vlo : 0));
    si->vt1 = (uint32_t)(st->tok + vhi);
    si->sum = sum;
    si->emph = 0;
    if (sum > 0) {
        sum += amp;
        si->emph = amp;
    } else if (sum < 0) {
        sum -= amp;
        si->emph = -amp;
    }
    double c = sum / sqrt(sum * sum + 15);
    si->compound = c < -1 ? -1 : c > 1 ? 1 : c;
}
