/*
 * events.c - the event stage (model in dyad/events.h): the tables of event
 * codes, verbs and patterns, and the reading of a sentence into directed
 * events and the links between its actors.
 */
#include "dyad/events.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "dyad/lex.h"
#include "lex_int.h"
#include "phrase.h"
#include "score_int.h"
#include "util/alloc.h"
#include "util/hints.h"
#include "util/tsv.h"

#define MAX_PAT_WORDS 8
#define OBJ_WINDOW 10    /* tokens after a verb where its pattern is looked
                          * for */
#define MAX_GROUP 8      /* actors of a conjoined source or target */

/* Rules out of line, where GCC had them inline in read_sentence with
 * their KEY_IN lists unrolled (each word a compare and a jump to its
 * memcmp far off in the function): despite_pleas and renews, asked
 * seldom, cold (away from the hot code, and compiled for size);
 * disaster, asked of every sentence, only not inline. read_sentence
 * 40.9 -> 36.1 KB of code; on all of Reuters-21578 (cachegrind) the run's
 * I1 misses 13.67M -> 13.53M, mispredicts 15.99M -> 15.91M, for 0.13M
 * instructions more (1,056.42M -> 1,056.55M, the calls). Not
 * taken_to_court: its word "take" is common, and compiled cold it called
 * key_in, strlen and memcmp (+0.6M instructions). */

typedef struct {
    uint32_t off, len;   /* in the pool */
    int syn;             /* synset index, or -1 for a word */
} pword;

typedef struct {
    uint32_t block;
    unsigned char nw;
    char code[5];
    pword w[MAX_PAT_WORDS];
    const char *file;
    unsigned long line;
} pattern_t;

typedef struct {
    uint32_t block;
    uint32_t fb;         /* its block's filter of first words (block_t) */
    char code[5];
    /* its block has patterns (when the patterns were last indexed):
     * best_pattern need not load the block to know, a load the cache
     * mostly missed (0.6% of the time of `dyad score`, perf) */
    unsigned char pats;
    uint16_t fmask;      /* and its words - 1 */
} verb_t;

typedef struct {
    uint32_t name;       /* pool offset, NUL-terminated */
    uint32_t *pat;       /* pattern indices, in file order */
    size_t npat, cap;
    /* its Bloom filter of the keys of its first words (first_bits):
     * fmask + 1 words from dyad_events.fbloom[fb] (when the patterns
     * were last indexed), copied into its verbs */
    uint32_t fb;
    uint16_t fmask;
} block_t;

/* Patterns of one block with one first word (in file order): a piece
 * of dyad_events.first_pat, from off. */
typedef struct {
    uint32_t off, n;
} plist;

typedef struct {
    pword *m;
    size_t n, cap;
} synset_t;

/* Words of sport alone: not "friendly" (relations), "goals" (policy),
 * "scored" (a victory), "match" (no match for), "league" (the Arab
 * League); "cup" is ("Asian Cup": "Japan defeat China to win Asian Cup"
 * was CHN-JPN -10, and "World Cup" has it), so is "qualifier". */
static const char *const sport_words[] = {
    "semi-final", "semifinal", "semi-finals", "quarter-final",
    "quarterfinal", "olympics", "championship", "championships", "striker",
    "midfielder", "goalkeeper", "cricket", "football", "soccer", "rugby",
    "tennis", "hockey", "basketball", "fifa", "uefa", "nba", "nhl",
    "qualifier", "qualifiers", "tournament", "medal", "medals", "playoff",
    "play-off", "goalless", "hat-trick", "cup"};

/* Words of one person or a group of people (first_person). */
static const char *const person_words[] = {
    "man", "woman", "boy", "girl", "citizen", "journalist", "tourist",
    "businessman", "student", "maid", "suspect", "migrants", "refugees",
    "protesters", "protestors", "demonstrators", "rebels", "militants",
    "insurgents", "gunmen", "smugglers", "pirates"};

/* The words that start a claim of land (territory_claims) and a case
 * taken to court (taken_to_court). */
static const char *const recognise_words[] = {
    "recognise", "recognises", "recognised", "recognize", "recognizes",
    "recognized"};
static const char *const claim_words[] = {"claim", "claims"};
static const char *const take_words[] = {"take", "takes", "took", "taking",
                                         "taken"};

/* What a word of the scan of a sentence (scan_sentence) tells: the
 * sentence reports sport; the token names a person (R_PERSON); the
 * sentence has a word one of its rules starts from, and without one the
 * rule is not asked (its scan of the tokens was a few instructions a
 * token, and Reuters-21578 has 500K tokens in sentences of two actors). */
enum { SW_SPORT = 1, SW_PERSON = 2, SW_DESPITE = 4, SW_CLAIM = 8,
       SW_TAKE = 16, SW_AT = 32 };
static const char *const despite_word[] = {"despite"};
static const char *const sovereignty_word[] = {"sovereignty"};
static const char *const at_word[] = {"at"};
#define LIST(l, what) {l, sizeof l / sizeof *l, what}
static const struct {
    const char *const *w;
    size_t n;
    unsigned what;
} scan_lists[] = {LIST(sport_words, SW_SPORT), LIST(person_words, SW_PERSON),
                  LIST(despite_word, SW_DESPITE),
                  LIST(recognise_words, SW_CLAIM), LIST(claim_words, SW_CLAIM),
                  LIST(sovereignty_word, SW_CLAIM), LIST(take_words, SW_TAKE),
                  LIST(at_word, SW_AT)};
#undef LIST
#define NSCAN_WORDS                                                        \
    (sizeof sport_words / sizeof *sport_words +                            \
     sizeof person_words / sizeof *person_words + 1 +                      \
     sizeof recognise_words / sizeof *recognise_words +                    \
     sizeof claim_words / sizeof *claim_words + 1 +                        \
     sizeof take_words / sizeof *take_words + 1)
#define SCAN_LEN 16   /* the words are shorter */

/* The slots of codes of 2, 3 and 4 digits (code_slot). */
#define CODE_SLOTS (100 + 1000 + 10000)

struct dyad_events {
    /* by length and first byte, the last bytes of the words of
     * scan_lists (their low five bits): most tokens fail this one test.
     * By length and first byte alone, 24% of the tokens passed ("that"
     * for "take", "more" for "maid"), and a look at the words of their
     * length cost 5.5M instructions on all of Reuters-21578. */
    uint32_t scan_last[SCAN_LEN][32];
    /* the words by length: those of n bytes are scan[scan_at[n]] to
     * scan[scan_at[n + 1] - 1] */
    unsigned char scan_at[SCAN_LEN + 1];
    struct {
        const char *s;
        unsigned what;
    } scan[NSCAN_WORDS];
    dyad_phrases *verb_tab;     /* form -> verb index */
    verb_t *verb;
    size_t nverb, verb_cap;
    dyad_phrases *block_tab;    /* name -> block index */
    block_t *block;
    size_t nblock, block_cap;
    size_t last_block;          /* the block block_of gave last, and */
    size_t last_len;            /* its name's length */
    pattern_t *pat;
    size_t npat, pat_cap;
    dyad_phrases *syn_tab;      /* "&name" -> synset index */
    synset_t *syn;
    size_t nsyn, syn_cap;
    /* code -> index + 1 (0: none), at code_slot: a code is 2 to 4
     * digits, and a table of phrases took set_code ~250 instructions a
     * code (its hash, probe and checks): set_code's calls from the
     * stage 4.47M -> 2.06M instructions on all of Reuters-21578 */
    uint16_t code_at[CODE_SLOTS];
    dyad_event_code *code;
    size_t ncode, code_cap;
    char *pool;
    size_t pool_len, pool_cap;
    dyad_phrases *words;        /* function words -> EW_* classes */
    /* the patterns of a block by first word, in an open-addressing table
     * of hashes (fkey: first_tag of first_hash, and the index in first in
     * the low FIRST_LIST bits; 0 empty): a verb tries only the patterns
     * whose first word follows it (a block may have 100). Two keys of
     * one tag share a list, and the match checks the words. */
    uint64_t *fkey;
    size_t fcap, fused;
    /* the blocks' Bloom filters of the keys of fkey, one after the
     * other, each of whole lines (fbloom_mem: as allocated) */
    uint64_t *fbloom, *fbloom_mem;
    plist *first;
    size_t nfirst;
    uint32_t *first_pat;        /* the lists' patterns, list after list */
    /* the patterns by block and words, for a later line that gives a
     * pattern again (open addressing; dkey: dup_hash, 0 empty; dval:
     * pattern index) */
    uint64_t *dkey;
    uint32_t *dval;
    size_t dcap, dn;
};

/* northern, eastern: "in northern Syria" (the top bit: no int enum) */
#define EW_COMPASS 0x80000000u

/* Classes of the function words the reading needs (bits). */
enum {
    EW_BOUNDARY = 1 << 0,   /* starts a clause */
    EW_PLACE = 1 << 1,      /* in, at, near: a place follows */
    EW_TOPIC = 1 << 2,      /* over, about, amid: a topic follows */
    EW_BY = 1 << 3,         /* by, via, through: agent or mediator */
    EW_CONJ = 1 << 4,       /* joins conjoined actors */
    EW_DET = 1 << 5,        /* determiners: a noun follows */
    EW_BE = 1 << 6,         /* forms of be: a passive follows */
    EW_GAP = 1 << 7,        /* may stand between a threat and its verb */
    EW_REVERSE = 1 << 8,    /* lift, ease, end, ... */
    EW_CONFLICT = 1 << 9,   /* sanctions, war, ... */
    EW_ATTACK = 1 << 10,    /* attack, bombing, ... */
    EW_CONDEMN = 1 << 11,   /* condemn, denounce, ... */
    EW_RELNOUN = 1 << 12,   /* ambassador, exports, ships, ... */
    EW_MILNOUN = 1 << 13,   /* ships, troops: "in Y's waters" relates */
    EW_BETWEEN = 1 << 14,   /* between, among */
    EW_THREATV = 1 << 15,   /* threaten, warn, vow */
    EW_REFUSE = 1 << 16,    /* refused to, failed to: negates */
    EW_RELATIONS = 1 << 17, /* relations, ties */
    EW_PREP = 1 << 18,      /* to, with, on, against, ...: a target follows */
    EW_AND = 1 << 19,       /* and, but: with a comma, a new clause */
    EW_DISCUSS = 1 << 20,   /* discuss, debate: the object is a topic,
                             * the partner after "with" */
    EW_IN_VERB = 1 << 21,   /* invest, intervene: "in Y" is the target */
    EW_NOUNY = 1 << 22,     /* verb forms that news uses mostly as nouns */
    EW_AUX = 1 << 23,       /* to, will, did: a verb follows */
    EW_LIGHT = 1 << 24,     /* take, go, give: a code only with a pattern
                             * or a target after the verb */
    EW_RECIP = 1 << 25,     /* agree, sign, meet: a list of countries acts
                             * on each other */
    EW_NONSTATE = 1 << 26,  /* firm, bank, market, dollar: a country word
                             * before it names no state actor */
    EW_STATENOUN = 1 << 27, /* Congress, government, officials: "in the
                             * U.S. Congress" is an actor, not a place */
    EW_VISIT = 1 << 28,     /* visit, trip, arrive: its place is a host */
    EW_PERSON = 1 << 29,    /* citizen, fans, cartel, rebels: a country
                             * word before one names a person or a private
                             * group, no state (a state acting on a foreign
                             * citizen is no relation with the citizen's
                             * country) */
    EW_MUTUALV = 1 << 30    /* trade, exchange: with a pattern, conjoined
                             * sources act on each other */
};

static const struct {
    unsigned cls;
    const char *w;
} word_list[] = {
    {EW_BOUNDARY, "which who whom whose while whereas although though after "
                  "before because when unless where but since if"},
    {EW_PLACE, "in at near inside outside across throughout within"},
    {EW_TOPIC, "over about regarding concerning amid despite including like "
               "than unlike"},
    {EW_BY, "by via through"},
    {EW_CONJ, "and both as well together plus"},
    {EW_DET, "the an its their his her this that these those our"},
    {EW_BE, "was were is are been being be get got gets"},
    {EW_GAP, "to it would will could may might that they he she we shall "
             "soon also not then"},
    {EW_REVERSE,
     "lift lifts lifted lifting ease eases eased easing end ends ended ending "
     "suspend suspends suspended suspending withdraw withdraws withdrew "
     "withdrawn withdrawing release releases released releasing normalise "
     "normalises normalised normalising normalize normalizes normalized "
     "normalizing restore restores restored restoring resume resumes resumed "
     "resuming remove removes removed removing relax relaxes relaxed "
     "relaxing scrap scraps scrapped scrapping drop drops dropped dropping "
     "halt halts halted halting stop stops stopped stopping cancel cancels "
     "cancelled canceled cancelling revoke revokes revoked revoking waive "
     "waives waived waiving loosen loosens loosened loosening unfreeze "
     "unfreezes unfroze unfrozen rescind rescinds rescinded exempt exempts "
     "exempted exempting"},
    {EW_CONFLICT,
     "sanction sanctions embargo embargoes blockade blockades boycott "
     "boycotts hostilities hostility war wars fighting ban bans restriction "
     "restrictions tariff tariffs siege curfew occupation offensive strikes "
     "attacks airstrikes bombing bombings conflict confrontation freeze "
     "quotas duties troops forces soldiers tensions tension dispute "
     "complaint complaints rift rifts row spat feud standoff stand-off "
     "impasse rupture warning warnings retaliation enmity mistrust "
     "distrust animosity antagonism estrangement"},
    {EW_ATTACK, "attack attacks bombing bombings terrorist terror massacre "
                "killing killings shooting shootings assault blast blasts "
                "explosion explosions attacker attackers"},
    {EW_CONDEMN, "condemn condemns condemned condemning denounce denounces "
                 "denounced denouncing deplore deplores deplored deploring "
                 "decry decries decried"},
    {EW_RELNOUN,
     "ambassador ambassadors envoy envoys embassy embassies exports imports "
     "export import invasion occupation annexation sanctions aid assistance "
     "relations ties trade talks war attack attacks strikes investment "
     "investments dispute deal agreement treaty border delegation support "
     "loans loan debt visit incursion intrusion military shipments sales "
     "surplus deficit market markets purchases tour tours supplier "
     "partner partners customer "
     "negotiations alliance cooperation friction frictions pressure "
     "tariffs tariff retaliation protectionism curbs consultations accord "
     "pact complaint squabble row concessions trip grants credits"},
    {EW_MILNOUN | EW_RELNOUN,
     "ships ship vessels vessel warships warship boats boat submarine "
     "submarines troops forces soldiers aircraft jets planes drones "
     "coastguard warplanes warplane bombers artillery"},
    {EW_BETWEEN, "between among"},
    {EW_THREATV, "threaten threatens threatened threatening warn warns warned "
                 "warning vow vows vowed"},
    {EW_REFUSE, "refuse refuses refused refusing decline declines declined "
                "fail fails failed"},
    {EW_RELATIONS, "relations ties"},
    {EW_PREP, "to with on against toward towards into of for from"},
    {EW_AND, "and but or"},
    {EW_NOUNY,
     "trade trades trading arms import imports export exports loan loans "
     "drug drugs issue issues supply supplies purchase purchases demand "
     "demands plan plans hope hopes support help offer offers increase "
     "exchange aid deal deals talks visit visits order orders lead "
     "purchases buying sale sales "
     "market markets credit credits meeting meetings protest protests "
     "fighting attack attacks cut cuts pressure claims claim call calls "
     "move moves bid bids deposit deposits aim aims report reports agreement "
     "control controls ban bans shipments shipment ruling rulings guard "
     "guards"},
    {EW_AUX, "to will would could can may might shall should must did does "
             "do not also has have had agreed decided refused"},
    {EW_RECIP, "agree agrees agreed sign signs signed meet meets met pledge "
               "pledges pledged reaffirm reaffirms reaffirmed"},
    {EW_LIGHT,
     "take takes took taken taking go goes went gone going leave leaves left "
     "leaving learn learns learned learnt expect expects expected expecting "
     "weigh weighs weighed see sees saw seen give gives gave given giving "
     "tell tells told call calls called calling pay pays paid paying issue "
     "issues issued issuing provide provides provided providing arm arms "
     "offer offers offered offering help helps helped helping clear "
     "boost boosts boosted boosting"},
    {EW_NONSTATE,
     "company companies firm firms corp corporation co inc ltd plc group "
     "bank banks unit subsidiary subsidiaries affiliate consortium airline "
     "airlines yards shipyards industry industries producers producer "
     "users farmers manufacturers makers maker mills refiners traders "
     "miners carrier carriers "
     "dealers investors buyers sellers brokers banker bankers exchange "
     "exchanges stock stocks shares equities bond bonds treasuries bills "
     "notes futures market markets dollar dollars dlr dlrs currency "
     "currencies yen mark marks franc francs pound pounds sterling lira "
     "peso pesos rand crown crowns guilder guilders cents port ports "
     "economy prices price rates rate corn wheat maize "
     "sugar coffee cocoa grain soybeans beef rice cotton tin gold "
     "film films movie movies carmaker carmakers automaker automakers "
     "contractor contractors cartoon cartoons newspaper newspapers "
     "magazine magazines ferry ferries"},
    {EW_DISCUSS, "discuss discusses discussed discussing debate debates "
                 "debated debating"},
    {EW_COMPASS, "north south east west northern southern eastern western "
                 "central northeastern northwestern southeastern "
                 "southwestern"},
    {EW_MUTUALV, "trade trades traded trading exchange exchanges "
                 "exchanged exchanging swap swaps swapped swapping"},
    {EW_PERSON,
     "citizen man woman boy girl tourist tourists journalist journalists "
     "student students businessman businessmen billionaire billionaires "
     "tycoon missionary worker workers fan fans player players athlete "
     "athletes club clubs team teams cartel cartels gang gangs "
     /* non-state actors are not their country (GUIDELINES): "Libyan
      * rebels", "Chinese activists", "Somali pirates" */
     "rebel rebels separatist separatists activist activists militant "
     "militants insurgent insurgents guerrilla guerrillas guerillas "
     "hacker hackers pirate pirates fisherman fishermen smuggler "
     "smugglers dissident dissidents protester protesters protestors "
     "demonstrators jihadist jihadists extremist extremists terrorist "
     "terrorists opposition detainee detainees expatriates reporter "
     "reporters blogger bloggers passengers pilgrims men women children "
     /* one a state acts on (arrested, sentenced, deported) */
     "suspect suspects nationals engineers doctors nurses scientists "
     "refugee refugees migrant migrants immigrant immigrants "
     "attackers gunmen assailants hijackers kidnappers fugitive fugitives "
     "maid maids nanny nannies "
     "volunteers climber climbers mountaineer mountaineers hiker hikers "
     "skier skiers backpacker backpackers researchers academics sailor "
     "band bands singer singers divers rescuers"},
    {EW_STATENOUN, "congress senate parliament government administration "
                   "officials authorities ministry cabinet lawmakers "
                   "legislators"},
    {EW_VISIT, "visit visits visited visiting trip trips tour tours toured "
               "touring arrive arrives arrived arriving travel travels "
               "travelled traveled travelling traveling flew fly flies "
               "stopover"},
    {EW_IN_VERB, "invest invests invested investing investment investments "
                 "intervene intervenes "
                 "intervened intervening interfere interferes interfered "
                 "interfering meddle meddles meddled meddling"}};

static int add_word_list(dyad_phrases *p)
{
    for (size_t i = 0; i < sizeof word_list / sizeof word_list[0]; i++) {
        const char *s = word_list[i].w;
        while (*s) {
            size_t n = strcspn(s, " ");
            uint32_t old = 0;
            int rc = dyad_phrases_add(p, s, n, word_list[i].cls, &old);
            if (rc == 1)
                rc = dyad_phrases_add(p, s, n, word_list[i].cls | old, NULL);
            if (rc < 0)
                return rc;
            s += n;
            while (*s == ' ')
                s++;
        }
    }
    return DYAD_OK;
}

dyad_events *dyad_events_new(void)
{
    dyad_events *ev = dyad_calloc(1, sizeof *ev);
    if (!ev)
        return NULL;
    unsigned char pos[SCAN_LEN + 1];
    for (size_t l = 0; l < sizeof scan_lists / sizeof *scan_lists; l++)
        for (size_t w = 0; w < scan_lists[l].n; w++) {
            const char *s = scan_lists[l].w[w];
            size_t n = strlen(s);
            ev->scan_last[n][s[0] & 31] |= 1u << (s[n - 1] & 31);
            ev->scan_at[n + 1]++;
        }
    for (size_t n = 1; n <= SCAN_LEN; n++)
        ev->scan_at[n] = (unsigned char)(ev->scan_at[n] + ev->scan_at[n - 1]);
    memcpy(pos, ev->scan_at, sizeof pos);
    for (size_t l = 0; l < sizeof scan_lists / sizeof *scan_lists; l++)
        for (size_t w = 0; w < scan_lists[l].n; w++) {
            const char *s = scan_lists[l].w[w];
            size_t n = strlen(s), x = pos[n]++;
            ev->scan[x].s = s;
            ev->scan[x].what = scan_lists[l].what;
        }
    ev->verb_tab = dyad_phrases_new();
    ev->block_tab = dyad_phrases_new();
    ev->syn_tab = dyad_phrases_new();
    ev->words = dyad_phrases_new();
    if (!ev->verb_tab || !ev->block_tab || !ev->syn_tab ||
        !ev->words || add_word_list(ev->words) != DYAD_OK) {
        dyad_events_free(ev);
        return NULL;
    }
    return ev;
}

void dyad_events_free(dyad_events *ev)
{
    if (!ev)
        return;
    dyad_phrases_free(ev->verb_tab);
    dyad_phrases_free(ev->block_tab);
    dyad_phrases_free(ev->syn_tab);
    dyad_phrases_free(ev->words);
    dyad_free(ev->fkey);
    dyad_free(ev->fbloom_mem);
    dyad_free(ev->first);
    dyad_free(ev->first_pat);
    dyad_free(ev->dkey);
    dyad_free(ev->dval);
    for (size_t i = 0; i < ev->nblock; i++) {
        dyad_free(ev->block[i].pat);
    }
    for (size_t i = 0; i < ev->nsyn; i++)
        dyad_free(ev->syn[i].m);
    dyad_free(ev->block);
    dyad_free(ev->syn);
    dyad_free(ev->verb);
    dyad_free(ev->pat);
    for (size_t i = 0; i < ev->ncode; i++)
        dyad_free((char *)ev->code[i].label);
    dyad_free(ev->code);
    dyad_free(ev->pool);
    dyad_free(ev);
}

/* Copies s (n bytes) and a NUL into the pool; its offset, or -1. */
static long pool_add(dyad_events *ev, const char *s, size_t n)
{
    if (ev->pool_len + n + 1 > UINT32_MAX ||
        dyad_grow(&ev->pool, &ev->pool_cap, ev->pool_len + n + 1, 1) < 0)
        return -1;
    long off = (long)ev->pool_len;
    memcpy(ev->pool + ev->pool_len, s, n);
    ev->pool[ev->pool_len + n] = 0;
    ev->pool_len += n + 1;
    return off;
}

static int is_dash(dyad_span s)
{
    return s.len == 1 && s.ptr[0] == '-';
}

/* A code field: "---", or 2 to 4 digits; into out (NUL-terminated). */
static int parse_code(dyad_span s, char out[5])
{
    if (s.len == 3 && memcmp(s.ptr, "---", 3) == 0) {
        memcpy(out, "---", 4);
        return 1;
    }
    if (s.len < 2 || s.len > 4)
        return 0;
    for (size_t i = 0; i < s.len; i++)
        if (s.ptr[i] < '0' || s.ptr[i] > '9')
            return 0;
    memcpy(out, s.ptr, s.len);
    out[s.len] = 0;
    return 1;
}

/* Lower-case words separated by single spaces (what token keys can be). */
static int words_ok(dyad_span s)
{
    if (!s.len || s.ptr[0] == ' ' || s.ptr[s.len - 1] == ' ')
        return 0;
    for (size_t i = 0; i < s.len; i++) {
        char c = s.ptr[i];
        /* one test for the common case, a lower-case letter */
        if (c <= 'Z' && ((c >= 'A') || c == '\t' ||
                         (c == ' ' && s.ptr[i + 1] == ' ')))
            return 0;
    }
    return 1;
}

static long block_of(dyad_events *ev, dyad_span name)
{
    /* a block's rows are in a row: the last block's name is compared
     * first, where each row was looked up (start-up 71.0M -> 69.8M
     * instructions) */
    if (ev->last_block < ev->nblock && ev->last_len == name.len &&
        memcmp(ev->pool + ev->block[ev->last_block].name, name.ptr,
               name.len) == 0)
        return (long)ev->last_block;
    uint32_t b;
    if (dyad_phrases_get(ev->block_tab, name.ptr, name.len, &b)) {
        ev->last_block = b;
        ev->last_len = name.len;
        return b;
    }
    long off = pool_add(ev, name.ptr, name.len);
    if (off < 0 || dyad_grow(&ev->block, &ev->block_cap, ev->nblock + 1,
                             sizeof *ev->block) < 0 ||
        dyad_phrases_add(ev->block_tab, name.ptr, name.len,
                         (uint32_t)ev->nblock, NULL) < 0)
        return -1;
    memset(&ev->block[ev->nblock], 0, sizeof ev->block[0]);
    ev->block[ev->nblock].name = (uint32_t)off;
    ev->last_block = ev->nblock;
    ev->last_len = name.len;
    return (long)ev->nblock++;
}

static long synset_of(dyad_events *ev, dyad_span name)
{
    uint32_t i;
    if (dyad_phrases_get(ev->syn_tab, name.ptr, name.len, &i))
        return i;
    if (dyad_grow(&ev->syn, &ev->syn_cap, ev->nsyn + 1, sizeof *ev->syn) < 0 ||
        dyad_phrases_add(ev->syn_tab, name.ptr, name.len, (uint32_t)ev->nsyn,
                         NULL) < 0)
        return -1;
    memset(&ev->syn[ev->nsyn], 0, sizeof ev->syn[0]);
    return (long)ev->nsyn++;
}

/* The slot of code c (n bytes) in dyad_events.code_at, or -1 when it
 * is no code of 2 to 4 digits. */
static long code_slot(const char *c, size_t n)
{
    static const long base[5] = {0, 0, 0, 100, 1100};
    if (n < 2 || n > 4)
        return -1;
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i] < '0' || c[i] > '9')
            return -1;
        v = v * 10 + (c[i] - '0');
    }
    return base[n] + v;
}

static int load_code_row(dyad_events *ev, dyad_tsv *t, int cc, int cg,
                         int cq, int cl, const char *name, dyad_err *err)
{
    dyad_event_code c = {0};
    double g;
    if (!parse_code(dyad_tsv_field(t, cc), c.code) || c.code[0] == '-')
        return dyad_err_set(err, DYAD_EPARSE, name, t->line,
                            "code must be 2 to 4 digits");
    int rc = dyad_tsv_number(t, cg, -10, 10, &g, err);
    if (rc != DYAD_OK)
        return rc;
    c.goldstein = g;
    dyad_span q = dyad_tsv_field(t, cq);
    for (int k = 1; k <= 4 && !c.quad; k++)
        if (q.len == strlen(dyad_quad_name(k)) &&
            memcmp(q.ptr, dyad_quad_name(k), q.len) == 0)
            c.quad = k;
    if (!c.quad)
        return dyad_err_set(err, DYAD_EPARSE, name, t->line,
                            "quad must be verbal_coop, material_coop, "
                            "verbal_conflict or material_conflict");
    dyad_span l = cl >= 0 ? dyad_tsv_field(t, cl) : (dyad_span){"", 0};
    c.label = dyad_strndup(l.ptr, l.len);
    if (!c.label)
        return dyad_err_set(err, DYAD_ENOMEM, name, t->line, "out of memory");
    long at = code_slot(c.code, strlen(c.code));
    uint16_t old = ev->code_at[at];
    if (old) {
        dyad_free((char *)ev->code[old - 1].label);
        ev->code[old - 1] = c;
        return DYAD_OK;
    }
    if (dyad_grow(&ev->code, &ev->code_cap, ev->ncode + 1,
                  sizeof *ev->code) < 0) {
        dyad_free((char *)c.label);
        return dyad_err_set(err, DYAD_ENOMEM, name, t->line, "out of memory");
    }
    ev->code[ev->ncode++] = c;
    ev->code_at[at] = (uint16_t)ev->ncode;
    return DYAD_OK;
}

/* Splits a pattern into words (synsets named, resolved later). */
static int parse_pattern(dyad_events *ev, dyad_span p, pattern_t *pt)
{
    size_t i = 0;
    pt->nw = 0;
    while (i < p.len) {
        size_t j = i;
        while (j < p.len && p.ptr[j] != ' ')
            j++;
        if (pt->nw == MAX_PAT_WORDS)
            return DYAD_EINVAL;
        long off = pool_add(ev, p.ptr + i, j - i);
        if (off < 0)
            return DYAD_ENOMEM;
        pword *w = &pt->w[pt->nw++];
        w->off = (uint32_t)off;
        w->len = (uint32_t)(j - i);
        w->syn = -1;
        i = j + 1;
    }
    return DYAD_OK;
}

/* The key of block b's pattern of words p (single spaces): never 0. */
static uint64_t dup_hash(uint32_t b, dyad_span p)
{
    uint64_t h = dyad_hash_mix(dyad_phrases_hash(p.ptr, p.len) ^
                               (b + 1) * 0x9e3779b97f4a7c15ULL);
    return h ? h : 1;
}

/* Doubles the table of patterns by block and words. */
static int dup_grow(dyad_events *ev)
{
    size_t cap = ev->dcap ? ev->dcap * 2 : 1024;
    uint64_t *k = dyad_calloc(cap, sizeof *k);
    uint32_t *v = dyad_calloc(cap, sizeof *v);
    if (!k || !v) {
        dyad_free(k);
        dyad_free(v);
        return DYAD_ENOMEM;
    }
    for (size_t i = 0; i < ev->dcap; i++) {
        if (!ev->dkey[i])
            continue;
        size_t j = (size_t)ev->dkey[i] & (cap - 1);
        while (k[j])
            j = (j + 1) & (cap - 1);
        k[j] = ev->dkey[i];
        v[j] = ev->dval[i];
    }
    dyad_free(ev->dkey);
    dyad_free(ev->dval);
    ev->dkey = k;
    ev->dval = v;
    ev->dcap = cap;
    return DYAD_OK;
}

static int load_event_row(dyad_events *ev, dyad_tsv *t, int cb, int cv,
                          int cp, int cc, const char *name, dyad_err *err)
{
    dyad_span b = dyad_tsv_field(t, cb), v = dyad_tsv_field(t, cv);
    dyad_span p = dyad_tsv_field(t, cp), c = dyad_tsv_field(t, cc);
    if (!b.len)
        return dyad_err_set(err, DYAD_EPARSE, name, t->line, "empty block");
    if (b.ptr[0] == '&') {   /* a synset member */
        if (!is_dash(v) || !words_ok(p))
            return dyad_err_set(err, DYAD_EPARSE, name, t->line,
                                "a synset line needs verb '-' and a member "
                                "in lower case");
        long s = synset_of(ev, b);
        long off = s < 0 ? -1 : pool_add(ev, p.ptr, p.len);
        synset_t *sy = s < 0 ? NULL : &ev->syn[s];
        if (off < 0 || dyad_grow(&sy->m, &sy->cap, sy->n + 1,
                                 sizeof *sy->m) < 0)
            return dyad_err_set(err, DYAD_ENOMEM, name, t->line,
                                "out of memory");
        /* a member is matched by its last word (the head noun) */
        size_t h = p.len;
        while (h > 0 && p.ptr[h - 1] != ' ')
            h--;
        sy->m[sy->n++] = (pword){(uint32_t)off + (uint32_t)h,
                                 (uint32_t)(p.len - h), -1};
        return DYAD_OK;
    }
    char code[5];
    if (!parse_code(c, code))
        return dyad_err_set(err, DYAD_EPARSE, name, t->line,
                            "code must be '---' or 2 to 4 digits");
    if (is_dash(v) == is_dash(p))
        return dyad_err_set(err, DYAD_EPARSE, name, t->line,
                            "give either a verb or a pattern (the other "
                            "'-')");
    const dyad_span *w = is_dash(v) ? &p : &v;
    if (!words_ok(*w))
        return dyad_err_set(err, DYAD_EPARSE, name, t->line,
                            "'%.*s': lower-case words separated by single "
                            "spaces",
                            (int)w->len, w->ptr);
    long bi = block_of(ev, b);
    if (bi < 0)
        return dyad_err_set(err, DYAD_ENOMEM, name, t->line, "out of memory");
    if (!is_dash(v)) {
        if (dyad_grow(&ev->verb, &ev->verb_cap, ev->nverb + 1,
                      sizeof *ev->verb) < 0)
            return dyad_err_set(err, DYAD_ENOMEM, name, t->line,
                                "out of memory");
        verb_t *vb = &ev->verb[ev->nverb];
        vb->block = (uint32_t)bi;
        memcpy(vb->code, code, sizeof code);
        vb->pats = ev->block[bi].npat > 0;   /* index_patterns sets it */
        vb->fb = ev->block[bi].fb;           /* and these */
        vb->fmask = ev->block[bi].fmask;
        int rc = dyad_phrases_add(ev->verb_tab, v.ptr, v.len,
                                  (uint32_t)ev->nverb, NULL);
        if (rc == DYAD_EINVAL)
            return dyad_err_set(err, DYAD_EPARSE, name, t->line,
                                "malformed verb '%.*s'", (int)v.len, v.ptr);
        if (rc < 0)
            return dyad_err_set(err, DYAD_ENOMEM, name, t->line,
                                "out of memory");
        ev->nverb++;
        return DYAD_OK;
    }
    if (dyad_grow(&ev->pat, &ev->pat_cap, ev->npat + 1, sizeof *ev->pat) < 0)
        return dyad_err_set(err, DYAD_ENOMEM, name, t->line, "out of memory");
    pattern_t *pt = &ev->pat[ev->npat];
    memset(pt, 0, sizeof *pt);
    pt->block = (uint32_t)bi;
    memcpy(pt->code, code, sizeof code);
    pt->file = name;
    pt->line = t->line;
    int rc = parse_pattern(ev, p, pt);
    if (rc == DYAD_EINVAL)
        return dyad_err_set(err, DYAD_EPARSE, name, t->line,
                            "a pattern has at most %d words", MAX_PAT_WORDS);
    block_t *bl = &ev->block[bi];
    if (rc < 0)
        return dyad_err_set(err, DYAD_ENOMEM, name, t->line, "out of memory");
    /* the words of a pattern the block has already (events_news.tsv
     * correcting the dictionary): the later replaces its code, as a later
     * verb form replaces the verb's (dyad/events.h); found by a table of
     * block and words, where a scan of the block's patterns cost 1.5M
     * instructions a load */
    if (ev->dn + 1 > ev->dcap / 2 && dup_grow(ev) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, name, t->line, "out of memory");
    uint64_t h = dup_hash((uint32_t)bi, p);
    size_t i = (size_t)h & (ev->dcap - 1);
    for (; ev->dkey[i]; i = (i + 1) & (ev->dcap - 1)) {
        pattern_t *old = &ev->pat[ev->dval[i]];
        int same = ev->dkey[i] == h && old->block == pt->block &&
                   old->nw == pt->nw;
        for (unsigned k = 0; same && k < pt->nw; k++)
            same = old->w[k].len == pt->w[k].len &&
                   memcmp(ev->pool + old->w[k].off, ev->pool + pt->w[k].off,
                          pt->w[k].len) == 0;
        if (same) {
            memcpy(old->code, code, sizeof code);
            old->file = name;
            old->line = t->line;
            return DYAD_OK;
        }
    }
    if (dyad_grow(&bl->pat, &bl->cap, bl->npat + 1, sizeof *bl->pat) < 0)
        return dyad_err_set(err, DYAD_ENOMEM, name, t->line, "out of memory");
    ev->dkey[i] = h;
    ev->dval[i] = (uint32_t)ev->npat;
    ev->dn++;
    bl->pat[bl->npat++] = (uint32_t)ev->npat++;
    return DYAD_OK;
}

/* The key of block b's patterns with first word w (n bytes): never 0.
 * Words are short: eight bytes a step, and the last one to seven read
 * as two overlapping words of four or as their first, middle and last
 * byte (the length is in the seed); one mix. dyad_phrases_hash, and a
 * mix of it with the block, took 58 instructions a key (best_pattern
 * asks up to four keys a token): on all of Reuters-21578 best_pattern
 * 23.73M -> 21.23M instructions, the keys the filters passed 54,686 ->
 * 54,745. */
static uint64_t first_hash(uint32_t b, const char *w, size_t n)
{
    uint64_t h = ((b + 1) * 0x9e3779b97f4a7c15ULL) ^ n, x = 0;
    const unsigned char *s = (const unsigned char *)w;
    for (; n >= 8; n -= 8, s += 8) {
        memcpy(&x, s, 8);
        h = (h ^ x) * 0xff51afd7ed558ccdULL;
        x = 0;
    }
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        x = lo | (uint64_t)hi << 32;
    } else if (n) {
        x = s[0] | (uint64_t)s[n / 2] << 8 | (uint64_t)s[n - 1] << 16;
    }
    h = dyad_hash_mix(h ^ x);
    return h ? h : 1;
}

/* The word of key h in the Bloom filter of its block (fb, fmask of the
 * block or of its verb), and its two bits in *bits (from bits of h that
 * first_slot does not use). */
static inline size_t first_bits(uint32_t fb, unsigned fmask, uint64_t h,
                                uint64_t *bits)
{
    *bits = (1ULL << ((h >> 52) & 63)) | (1ULL << ((h >> 58) & 63));
    return fb + ((size_t)(h >> 32) & fmask);
}

/* A slot of the table of first words holds the key's tag and the index
 * of its list, where the index was in an array of its own (fval, 256
 * KiB), a load more of each key found: on all of Reuters-21578
 * (cachegrind, 512 KiB L2) the L2 misses of the run 3.625M -> 3.573M,
 * best_pattern's 100.4K -> 97.1K; dyad_events_load 18.62M -> 18.28M
 * instructions. */
#define FIRST_LIST 24
#define FIRST_LIST_MASK ((UINT64_C(1) << FIRST_LIST) - 1)

/* The tag of key h in the table: never 0. */
static inline uint64_t first_tag(uint64_t h)
{
    uint64_t t = h & ~FIRST_LIST_MASK;
    return t ? t : FIRST_LIST_MASK + 1;
}

/* The slot of key h in the table (that of its tag, or the empty one it
 * would take). */
static size_t first_slot(const dyad_events *ev, uint64_t h)
{
    uint64_t t = first_tag(h);
    size_t i = (size_t)h & (ev->fcap - 1);
    while (ev->fkey[i] && (ev->fkey[i] & ~FIRST_LIST_MASK) != t)
        i = (i + 1) & (ev->fcap - 1);
    return i;
}

/* The list of pattern p of block b under first word w, made when new
 * (empty, for index_patterns to size), into *list; 0 when p is its last
 * pattern already (two members of a synset with one head). */
static int index_one(dyad_events *ev, uint32_t b, const pword *w, uint32_t p,
                     uint32_t *last, uint32_t *list)
{
    uint64_t h = first_hash(b, ev->pool + w->off, w->len);
    size_t i = first_slot(ev, h);
    if (!ev->fkey[i]) {
        uint64_t bits;
        const block_t *bl = &ev->block[b];
        ev->fbloom[first_bits(bl->fb, bl->fmask, h, &bits)] |= bits;
        ev->first[ev->nfirst].n = 0;
        ev->fkey[i] = first_tag(h) | ev->nfirst++;
        ev->fused++;
    }
    *list = (uint32_t)(ev->fkey[i] & FIRST_LIST_MASK);
    plist *l = &ev->first[*list];
    if (l->n && last[*list] == p)
        return 0;
    l->n++;
    last[*list] = p;
    return 1;
}

/* Builds the first-word index of the patterns anew; a pattern that starts
 * with a synset is filed under the head of each member. The lists are
 * counted first and then filled, in one array: a list of its own each,
 * grown a pattern at a time, cost 17,000 reallocations a load and 32,768
 * frees at the end (start-up 100.0M -> 92.1M instructions). */
static int index_patterns(dyad_events *ev)
{
    size_t keys = 0;
    for (size_t b = 0; b < ev->nblock; b++)
        ev->block[b].fb = 0;   /* the block's keys, until placed below */
    for (size_t i = 0; i < ev->npat; i++) {
        const pattern_t *pt = &ev->pat[i];
        size_t n = pt->w[0].syn >= 0 ? ev->syn[pt->w[0].syn].n : 1;
        keys += n;
        ev->block[pt->block].fb += (uint32_t)n;
    }
    size_t cap = 64;
    while (cap < 2 * keys)
        cap *= 2;
    /* the blocks' filters: 16 bits a key, a line (8 words) at least */
    size_t nb = 8;
    for (size_t b = 0; b < ev->nblock; b++) {
        block_t *bl = &ev->block[b];
        size_t bk = bl->fb;
        bl->fb = 0;
        bl->fmask = 0;
        if (!bk)
            continue;
        size_t w = 8;
        while (w * 4 < bk && w < 65536)
            w *= 2;
        bl->fb = (uint32_t)nb;
        bl->fmask = (uint16_t)(w - 1);
        nb += w;
    }
    ev->nfirst = ev->fused = 0;
    dyad_free(ev->fkey);
    dyad_free(ev->fbloom_mem);
    dyad_free(ev->first);
    dyad_free(ev->first_pat);
    /* (a list's index takes FIRST_LIST bits: so many keys would take
     * more memory than there is) */
    ev->fkey = keys < FIRST_LIST_MASK ? dyad_calloc(cap, sizeof *ev->fkey)
                                      : NULL;
    ev->fbloom_mem = dyad_calloc(nb + 7, sizeof *ev->fbloom_mem);
    ev->fbloom = ev->fbloom_mem;
    while ((uintptr_t)ev->fbloom % 64)   /* whole lines */
        ev->fbloom++;
    ev->first = dyad_malloc((keys + 1) * sizeof *ev->first);
    ev->first_pat = dyad_malloc((keys + 1) * sizeof *ev->first_pat);
    ev->fcap = 0;   /* best_pattern asks no table until it is whole */
    /* per key in the order filed: its list (UINT32_MAX: not filed), and
     * per list the last pattern filed */
    uint32_t *seq = dyad_malloc((keys + 1) * sizeof *seq);
    uint32_t *last = dyad_malloc((keys + 1) * sizeof *last);
    int rc = DYAD_ENOMEM;
    if (!ev->fkey || !ev->fbloom_mem || !ev->first ||
        !ev->first_pat || !seq || !last)
        goto out;
    ev->fcap = cap;
    size_t k = 0;
    for (size_t b = 0; b < ev->nblock; b++) {
        const block_t *bl = &ev->block[b];
        for (size_t i = 0; i < bl->npat; i++) {
            const pattern_t *pt = &ev->pat[bl->pat[i]];
            const synset_t *sy = pt->w[0].syn >= 0 ? &ev->syn[pt->w[0].syn]
                                                   : NULL;
            for (size_t m = 0; m < (sy ? sy->n : 1); m++, k++) {
                uint32_t list;
                int filed = index_one(ev, (uint32_t)b,
                                      sy ? &sy->m[m] : &pt->w[0], bl->pat[i],
                                      last, &list);
                seq[k] = filed ? list : UINT32_MAX;
            }
        }
    }
    size_t off = 0;
    for (size_t l = 0; l < ev->nfirst; l++) {
        ev->first[l].off = (uint32_t)off;
        off += ev->first[l].n;
        ev->first[l].n = 0;
    }
    k = 0;
    for (size_t b = 0; b < ev->nblock; b++) {
        const block_t *bl = &ev->block[b];
        for (size_t i = 0; i < bl->npat; i++) {
            const pattern_t *pt = &ev->pat[bl->pat[i]];
            size_t nm = pt->w[0].syn >= 0 ? ev->syn[pt->w[0].syn].n : 1;
            for (size_t m = 0; m < nm; m++, k++)
                if (seq[k] != UINT32_MAX) {
                    plist *l = &ev->first[seq[k]];
                    ev->first_pat[l->off + l->n++] = bl->pat[i];
                }
        }
    }
    for (size_t v = 0; v < ev->nverb; v++) {
        const block_t *bl = &ev->block[ev->verb[v].block];
        ev->verb[v].pats = bl->npat > 0;
        ev->verb[v].fb = bl->fb;
        ev->verb[v].fmask = bl->fmask;
    }
    rc = DYAD_OK;
out:
    dyad_free(seq);
    dyad_free(last);
    return rc;
}

/* Names each pattern's synsets by index; a synset never defined is an
 * error naming the pattern's line. */
static int resolve_synsets(dyad_events *ev, dyad_err *err)
{
    for (size_t i = 0; i < ev->npat; i++) {
        pattern_t *pt = &ev->pat[i];
        for (unsigned k = 0; k < pt->nw; k++) {
            pword *w = &pt->w[k];
            const char *s = ev->pool + w->off;
            uint32_t si;
            if (s[0] != '&' || w->len < 2)
                continue;
            if (!dyad_phrases_get(ev->syn_tab, s, w->len, &si))
                return dyad_err_set(err, DYAD_EPARSE, pt->file, pt->line,
                                    "unknown synset '%.*s'", (int)w->len, s);
            w->syn = (int)si;
        }
    }
    return DYAD_OK;
}

int dyad_events_load(dyad_events *ev, int kind, const char *name,
                     const char *data, size_t len, dyad_err *err)
{
    dyad_tsv t;
    int rc = dyad_tsv_open(&t, name, data, len, err);
    if (rc != DYAD_OK)
        return rc;
    if (kind == DYAD_LEX_CODES) {
        int cc = dyad_tsv_col(&t, "code"), cg = dyad_tsv_col(&t, "goldstein");
        int cq = dyad_tsv_col(&t, "quad"), cl = dyad_tsv_col(&t, "label");
        if (cq < 0)
            return dyad_err_set(err, DYAD_EPARSE, name, 0,
                                "header has no 'quad' column");
        while ((rc = dyad_tsv_next(&t, err)) == 1)
            if ((rc = load_code_row(ev, &t, cc, cg, cq, cl, name, err)) !=
                DYAD_OK)
                return rc;
        return rc;
    }
    int cb = dyad_tsv_col(&t, "block"), cv = dyad_tsv_col(&t, "verb");
    int cp = dyad_tsv_col(&t, "pattern"), cc = dyad_tsv_col(&t, "code");
    if (cv < 0 || cc < 0)
        return dyad_err_set(err, DYAD_EPARSE, name, 0,
                            "header needs 'block', 'verb', 'pattern' and "
                            "'code' columns");
    if (dyad_phrases_reserve(ev->verb_tab, dyad_tsv_lines(data, len), len) !=
        DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, name, 0, "out of memory");
    while ((rc = dyad_tsv_next(&t, err)) == 1)
        if ((rc = load_event_row(ev, &t, cb, cv, cp, cc, name, err)) !=
            DYAD_OK)
            return rc;
    if (rc == DYAD_OK)
        rc = resolve_synsets(ev, err);
    if (rc == DYAD_OK && index_patterns(ev) != DYAD_OK)
        rc = dyad_err_set(err, DYAD_ENOMEM, name, 0, "out of memory");
    return rc;
}

/* The bytes of code c before its NUL, at most max (strnlen, inline:
 * set_code is hot). */
static inline size_t code_len(const char *c, size_t max)
{
    size_t n = 0;
    while (n < max && c[n])
        n++;
    return n;
}

/* dyad_events_code of code c of n bytes (at most 4). */
static const dyad_event_code *code_find(const dyad_events *ev, const char *c,
                                        size_t n)
{
    for (; n >= 2; n--) {
        long at = code_slot(c, n);
        if (at >= 0 && ev->code_at[at])
            return &ev->code[ev->code_at[at] - 1];
    }
    return NULL;
}

const dyad_event_code *dyad_events_code(const dyad_events *ev, const char *c)
{
    return code_find(ev, c, code_len(c, 4));
}

size_t dyad_events_count(const dyad_events *ev, size_t *patterns,
                         size_t *codes)
{
    if (patterns)
        *patterns = ev->npat;
    if (codes)
        *codes = ev->ncode;
    return dyad_phrases_count(ev->verb_tab);
}

int dyad_events_verb(const dyad_events *ev, const char *key, size_t len,
                     const char **block, const char **code)
{
    uint32_t v;
    if (!dyad_phrases_get(ev->verb_tab, key, len, &v))
        return 0;
    *block = ev->pool + ev->block[ev->verb[v].block].name;
    *code = ev->verb[v].code;
    return 1;
}

const char *dyad_events_rule_name(unsigned bit)
{
    switch (bit) {
    case DYAD_EV_NEGATED: return "negated";
    case DYAD_EV_REVERSED: return "reversed";
    case DYAD_EV_PASSIVE: return "passive";
    case DYAD_EV_THREAT: return "threat";
    case DYAD_EV_SYMPATHY: return "sympathy";
    case DYAD_EV_MUTUAL: return "mutual";
    case DYAD_EV_OTHER: return "other";
    default: return "";
    }
}

const dyad_phrases *dyad_events__verbs(const dyad_events *ev)
{
    return ev->verb_tab;
}

const dyad_phrases *dyad_events__words(const dyad_events *ev)
{
    return ev->words;
}

/* ------------------------------------------------------------------ */
/* Reading a sentence                                                  */

/* Token roles (bits of cx->erole); above them, from bit R_GAP_SHIFT,
 * the GAP_* flags of the gap before the token (see gap_at). */
enum {
    R_ACTOR = 1,     /* part of an actor mention */
    R_TOPIC = 2,     /* inside a topic phrase: takes no part */
    R_PURPOSE = 4,   /* after "in battling": no event or hit there */
    R_PERSON = 8,    /* a word of person_words (scan_sentence) */
    R_GAP_SHIFT = 4
};

/* Mention roles. */
enum { M_FREE = 0, M_PLACE = 1, M_BY = 2, M_TOPIC = 4, M_MOD = 8,
       M_LAND = 16 };   /* a territory: a target or a place, no source */

typedef struct {
    const dyad_score_ctx *cx;
    const dyad_events *ev;
    uint32_t t0, n;            /* the sentence's tokens */
    const dyad_span *keys;     /* full keys of the sentence */
    const dyad_span *bkeys;    /* base keys */
    const tok_info *ti;        /* per token: its EW_* classes (ew) */
    const uint16_t *clause;    /* clause number per token */
    const dyad_actor_hit *men; /* mentions in text order */
    const unsigned char *mrole;
    size_t nmen;
    int title;                 /* the sentence is in title case */
    uint32_t says;             /* where its closing attribution starts
                                * (", French officials said"), or n */
    int asked;                 /* the country at whose request the
                                * sentence acts, or -1 (requester) */
    uint32_t ask_at, ask_end;  /* the words that say so */
    unsigned words;            /* the SW_* words it has (scan_sentence) */
    uint32_t ew_all;           /* the EW_* classes of its words, or-ed
                                * (read_structure) */
} reader;

/* The clauses of a sentence whose first token and first source the
 * reading keeps. */
enum { CLAUSE_SRC = 16 };

/* The text between tokens i-1 and i of the doc. */
static dyad_span gap_before(const dyad_doc *d, uint32_t i)
{
    const dyad_token *a = &d->tok[i - 1], *b = &d->tok[i];
    dyad_span s = {d->text + a->off + a->len, 0};
    if (b->off > a->off + a->len)
        s.len = b->off - (a->off + a->len);
    return s;
}

/* Is token i an abbreviation in brackets after its name ("the European
 * Community (EC) said")? Such brackets cut no clause. */
static int bracketed_abbrev(const dyad_doc *d, uint32_t i)
{
    if (i == 0 || i >= d->ntok || !(d->tok[i].flags & DYAD_TOK_UPPER) ||
        d->tok[i].len > 8)
        return 0;
    dyad_span g = gap_before(d, i);
    const dyad_token *t = &d->tok[i];
    return g.len > 0 && g.ptr[g.len - 1] == '(' &&
           t->off + t->len < d->len && d->text[t->off + t->len] == ')';
}

/* What the text between tokens i-1 and i holds (bits): a comma; a
 * clause cut (; : or a bracket, but those of an abbreviation); the
 * article "a" (dropped as a one-letter token); a colon (speaker_links,
 * which looked for it in the text of the first gaps:
 * dyad_events__sentence 125.71M -> 123.77M instructions on all of
 * Reuters-21578). One pass: the gap is mostly one space. */
enum { GAP_COMMA = 1, GAP_CUT = 2, GAP_A = 4, GAP_COLON = 8 };
static unsigned gap_flags_of(const dyad_doc *d, uint32_t i, dyad_span g)
{
    /* the bytes that tell (most bytes of a gap are white space) */
    static const unsigned char tells[256] = {
        [','] = 1, [':'] = 1, [';'] = 1, ['('] = 1, [')'] = 1, ['a'] = 1,
        ['A'] = 1};
    unsigned f = 0;
    for (size_t k = 0; k < g.len; k++) {
        char c = g.ptr[k];
        if (!tells[(unsigned char)c])
            continue;
        if (c == ',')
            f |= GAP_COMMA;
        else if (c == ':')
            f |= GAP_CUT | GAP_COLON;
        else if (c == ';' ||
                 (c == '(' && !bracketed_abbrev(d, i)) ||
                 (c == ')' && !bracketed_abbrev(d, i - 1)))
            f |= GAP_CUT;
        else if ((c == 'a' || c == 'A') && k > 0 && k + 1 < g.len &&
                 g.ptr[k - 1] == ' ' && g.ptr[k + 1] == ' ')
            f |= GAP_A;
    }
    return f;
}

/* gap_flags with the common case, one space, tested inline, where a call
 * was made for each of the ~30,000 gaps the event stage asks of 2,000
 * Reuters-21578 articles (scoring them: 142.6M -> 142.2M instructions) */
static inline unsigned gap_flags(const dyad_doc *d, uint32_t i)
{
    dyad_span g = gap_before(d, i);
    if (g.len == 1 && g.ptr[0] == ' ')
        return 0;
    return gap_flags_of(d, i, g);
}

/* gap_flags of the gap before token k of the sentence of r, as
 * scan_sentence wrote them into the token's role byte: each gap's text
 * is read once a sentence, where the rules asked gap_flags of the same
 * gaps again and again (the walks of the lists after a mention, the
 * clause tests): on all of Reuters-21578 names_no_state 8.54M -> 7.11M,
 * dyad_events__sentence 46.03M -> 45.31M, source_before 4.37M -> 3.92M
 * instructions, for 0.36M more in gap_flags_of (the gaps read_structure
 * did not ask), the run 1,297.67M -> 1,295.25M. */
static inline unsigned gap_at(const reader *r, uint32_t k)
{
    return r->cx->erole[k] >> R_GAP_SHIFT;
}

/* Does pattern word w match key k (exactly, as a regular plural of it, or
 * as a synset member)? 2: exactly, 1: otherwise, 0: no. */
static int word_match(const dyad_events *ev, const pword *w, dyad_span k)
{
    if (w->syn >= 0) {
        const synset_t *s = &ev->syn[w->syn];
        /* (a member's first byte before its memcmp, a call: on all of
         * Reuters-21578 dyad_events__sentence 112.17M -> 111.56M
         * instructions) */
        for (size_t i = 0; i < s->n; i++)
            if (s->m[i].len == k.len &&
                (!k.len || (ev->pool[s->m[i].off] == k.ptr[0] &&
                            memcmp(ev->pool + s->m[i].off, k.ptr, k.len) ==
                                0)))
                return 1;
        return 0;
    }
    const char *p = ev->pool + w->off;
    size_t n = w->len, stem = n - (p[n - 1] == 'y' ? 1 : 0);
    /* (the first bytes first: most keys differ there, and memcmp is a
     * call: best_pattern 21.23M -> 20.48M instructions on all of
     * Reuters-21578) */
    if (k.len < n || (stem && k.ptr[0] != p[0]) ||
        memcmp(k.ptr, p, stem) != 0)
        return 0;
    if (k.len == n)
        return memcmp(k.ptr, p, n) == 0 ? 2 : 0;
    if (memcmp(k.ptr, p, n) == 0 &&
        ((k.len == n + 1 && k.ptr[n] == 's') ||
         (k.len == n + 2 && k.ptr[n] == 'e' && k.ptr[n + 1] == 's')))
        return 1;
    return p[n - 1] == 'y' && k.len == n + 2 &&
           memcmp(k.ptr + n - 1, "ies", 3) == 0;
}

/* How well pattern pt matches from token from (actor tokens skipped):
 * each word within three tokens of the one before, the first within four
 * of the verb; a word 9, an exact word 10. 0: no match. */
static int pattern_score(const reader *r, const pattern_t *pt, uint32_t from,
                         uint32_t to, uint32_t *last)
{
    const unsigned char *role = r->cx->erole;
    uint32_t j = from, skipped = 0;
    int score = 0;
    unsigned k = 0;
    for (; k < pt->nw && j < to && skipped <= (k ? 3u : 4u); j++) {
        if (role[j] & R_ACTOR)
            continue;
        int m = word_match(r->ev, &pt->w[k], r->bkeys[j]);
        if (m) {
            score += 8 + m;
            *last = j;
            k++;
            skipped = 0;
        } else {
            skipped++;
        }
    }
    return k == pt->nw ? score : 0;
}

/* Tries the patterns of list pl (n of them) for best_pattern. */
static void try_patterns(const reader *r, const uint32_t *pl, size_t n,
                         uint32_t from, uint32_t to, long *best,
                         int *best_score, uint32_t *best_last)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t last = from;
        int sc = pattern_score(r, &r->ev->pat[pl[i]], from, to, &last);
        if (sc > *best_score || (sc && sc == *best_score && pl[i] < *best)) {
            *best = pl[i];
            *best_score = sc;
            *best_last = last;
        }
    }
}

/* The best pattern of verb vb's block in tokens [from, to) of the sentence: most
 * words, then exact words, then the first in the file; its code into code
 * and its last token into *last. 0 when none matches. Only the patterns
 * whose first word (or a singular of it, or for a synset a member) is
 * one of the first tokens after the verb are tried. */
static int best_pattern(const reader *r, const verb_t *vb, uint32_t from,
                        uint32_t to, char code[5], uint32_t *last)
{
    const dyad_events *ev = r->ev;
    uint32_t b = vb->block;
    long best = -1;
    int best_score = 0;
    uint32_t best_last = 0, seen = 0;
    if (!vb->pats || !ev->fcap)
        return 0;
    /* The keys of the first words are all known before the table is
     * probed: hashed first and their slots asked of the memory, then
     * probed, in the same order. The table has 64K slots (512 KiB), and
     * the load of a slot the cache did not hold, one key after the other,
     * was 2.6% of the time of `dyad score` (perf, Reuters-21578 x5);
     * best_pattern went from 4.7% to 3.4% of its samples, with the
     * block's load spared (verb_t.pats), and r2k from 199.67M to 199.56M
     * instructions. */
    uint64_t hs[5 * 4];
    size_t np = 0;
    for (uint32_t j = from; j < to && seen < 5; j++) {
        if (r->cx->erole[j] & R_ACTOR)
            continue;
        seen++;
        dyad_span k = r->bkeys[j];
        /* the word, and the singulars it may be the plural of */
        for (int v = 0; v < 4; v++) {
            uint64_t h;
            char y[64];
            if (v == 0) {
                h = first_hash(b, k.ptr, k.len);
            } else if (v < 3) {   /* -s, -es */
                if (k.len < 2 + (size_t)v || k.ptr[k.len - 1] != 's' ||
                    (v == 2 && k.ptr[k.len - 2] != 'e'))
                    continue;
                h = first_hash(b, k.ptr, k.len - (size_t)v);
            } else {              /* -ies -> -y */
                if (k.len < 4 || k.len > sizeof y ||
                    !key_ends(k, "ies", 3))
                    continue;
                memcpy(y, k.ptr, k.len - 3);
                y[k.len - 3] = 'y';
                h = first_hash(b, y, k.len - 2);
            }
            /* the block's filter first: 95% of the keys asked are in no
             * list, and each asked the table (fkey, 512 KiB) for a line
             * of its own, where the filter of a block is a line or a
             * few (95%: 9,753 of the 10,284 keys of r2k). On all of Reuters-21578 (cachegrind, 512 KiB
             * L2) best_pattern's L2 read misses 161K -> 103K, those of the
             * run 2.739M -> 2.687M; instructions 1,284.1M -> 1,284.6M
             * (start-up +0.9M: the filters are made at each load) */
            uint64_t bits;
            if ((ev->fbloom[first_bits(vb->fb, vb->fmask, h, &bits)] &
                 bits) != bits)
                continue;
            DYAD_PREFETCH(&ev->fkey[(size_t)h & (ev->fcap - 1)]);
            hs[np++] = h;
        }
    }
    for (size_t q = 0; q < np; q++) {
        size_t i = first_slot(ev, hs[q]);
        if (ev->fkey[i]) {
            const plist *l = &ev->first[ev->fkey[i] & FIRST_LIST_MASK];
            try_patterns(r, ev->first_pat + l->off, l->n, from, to, &best,
                         &best_score, &best_last);
        }
    }
    if (best < 0)
        return 0;
    memcpy(code, ev->pat[best].code, 5);
    *last = best_last;
    return 1;
}

/* A group of actor codes (conjoined), distinct. */
typedef struct {
    int code[MAX_GROUP];
    int n;
    uint32_t first, last;   /* token span of the group */
} group;

static void group_add(group *g, int code)
{
    for (int i = 0; i < g->n; i++)
        if (g->code[i] == code)
            return;
    if (g->n < MAX_GROUP)
        g->code[g->n++] = code;
}

static int group_has(const group *g, int code)
{
    for (int i = 0; i < g->n; i++)
        if (g->code[i] == code)
            return 1;
    return 0;
}

/* Are tokens (a, b) of the sentence only conjunctions and determiners? */
static int only_conj(const reader *r, uint32_t a, uint32_t b)
{
    for (uint32_t j = a; j < b; j++)
        if (!(r->ti[j].ew & (EW_CONJ | EW_DET)) && !(r->cx->erole[j] & R_ACTOR))
            return 0;
    return 1;
}

/* Do tokens (a, b) join two actors of one subject: "and" (or a comma)
 * with titles and names around it ("US Secretary of State Marco Rubio and
 * Japanese Foreign Minister ...")? With same (the two are of one code),
 * no "and" is needed: "Japanese Foreign Minister Toshimitsu Motegi". */
static int joins(const reader *r, uint32_t a, uint32_t b, int same)
{
    int and = a == b || same ||
              (gap_at(r, a) & GAP_COMMA);
    for (uint32_t j = a; j < b; j++) {
        const dyad_token *t = &r->cx->doc.tok[r->t0 + j];
        if (r->ti[j].ew & EW_CONJ)
            and |= key_is(r->keys[j], "and");
        else if (!(r->ti[j].ew & EW_DET) &&
                 (!(t->flags & DYAD_TOK_CAP) || r->title) &&
                 !key_is(r->keys[j], "of"))
            return 0;
        if (j > a && (gap_at(r, j) & GAP_COMMA))
            and = 1;
    }
    return and;
}

/* Is mention i a country's land, sea or air ("on Mexican soil",
 * "Japanese waters")? It can be acted on, but does not act. */
static int land_of(const reader *r, size_t i)
{
    static const char *const land[] = {
        "soil", "territory", "territories", "waters", "airspace", "land",
        "shores", "coastline", "islands"};
    uint32_t e = r->men[i].tok - r->t0 + r->men[i].ntok;
    return e < r->n && KEY_IN(r->keys[e], land);
}

/* Is mention m a demonym, an adjective or a prefix ("Japanese",
 * "Sino-") by its gazetteer entry: 1; a name: 0; no entry (--self's
 * "we"): -1. */
static int adjectival(const reader *r, const dyad_actor_hit *m)
{
    const dyad_actor_entry *e = dyad_actors_entry(r->cx->sc->ga, m->entry);
    if (!e)
        return -1;
    return strcmp(e->kind, "demonym") == 0 ||
           strcmp(e->kind, "adjective") == 0 ||
           strcmp(e->kind, "prefix") == 0;
}

/* Does mention m end in a possessive ("Japan's")? */
static int possessive(const reader *r, const dyad_actor_hit *m)
{
    const dyad_token *t = &r->cx->doc.tok[m->tok + m->ntok - 1];
    return t->base_len != t->key_len;
}

/* Is token j "policy" or "policies" (or their possessive)? */
static int policy_word(const reader *r, uint32_t j)
{
    static const char *const policy[] = {"policy", "policies"};
    return KEY_IN(r->keys[j], policy) || KEY_IN(r->bkeys[j], policy);
}

/* Is mention i a country's name before "policy" ("our shift in Cuba
 * policy")? The country is what the policy is about, not who acts; a
 * demonym or a possessive holds it ("Indian policies differ", "Japan's
 * policy"), and so does "we" (--self). */
static int policy_of(const reader *r, size_t i)
{
    const dyad_actor_hit *m = &r->men[i];
    uint32_t e = m->tok - r->t0 + m->ntok;
    return e < r->n && policy_word(r, e) && !possessive(r, m) &&
           adjectival(r, m) == 0;
}

/* The actors before token pos in its clause that act there: the nearest
 * free mention and those conjoined with it. */
static void source_before(const reader *r, uint32_t pos, group *g)
{
    g->n = 0;
    long m = -1;
    for (size_t i = 0; i < r->nmen; i++) {
        uint32_t tk = r->men[i].tok - r->t0;
        if (tk >= pos)
            break;
        if (r->clause[tk] == r->clause[pos] && r->mrole[i] == M_FREE &&
            !land_of(r, i) && !policy_of(r, i))
            m = (long)i;
    }
    if (m < 0)
        return;
    group_add(g, r->men[m].code);
    g->first = g->last = r->men[m].tok - r->t0;
    for (long i = m - 1; i >= 0; i--) {
        uint32_t tk = r->men[i].tok - r->t0;
        uint32_t end = tk + r->men[i].ntok;
        if (r->clause[tk] != r->clause[pos] || r->mrole[i] != M_FREE ||
            (end < g->first &&
             !joins(r, end, g->first, group_has(g, r->men[i].code))))
            break;
        group_add(g, r->men[i].code);
        g->first = tk;
    }
}

/* The first token in [from, to) that names one person or a group of
 * people outside a mention ("hangs man convicted of spying for Israel",
 * "clashed with migrants trying to cross from Turkey"), or to: such
 * people are the verb's object, and it acts on no country named after
 * them. The words were looked for in each token of the window, 22 of
 * them (KEY_IN), at each call; scan_sentence marks them once. */
static uint32_t first_person(const reader *r, uint32_t from, uint32_t to)
{
    const unsigned char *role = r->cx->erole;
    if (!(r->words & SW_PERSON))
        return to;
    for (uint32_t k = from; k < to && k < r->n; k++)
        if ((role[k] & (R_PERSON | R_ACTOR)) == R_PERSON)
            return k;
    return to;
}

/* Is one person or a group of people named in [from, to)? */
static int person_in(const reader *r, uint32_t from, uint32_t to)
{
    return first_person(r, from, to) < to;
}

/* A mention's role as a target: a territory is one also where it is
 * named as a place ("shell towns in the Donbas", "annex Crimea"). */
static unsigned land_role(unsigned m)
{
    return m & M_LAND ? m & ~(M_LAND | M_PLACE) : m;
}

/* The actors after token pos in its clause that an event there reaches:
 * the first mention allowed (roles in ok) and those conjoined with it,
 * leaving out the codes of src. */
static void target_after(const reader *r, uint32_t pos, unsigned ok,
                         const group *src, group *g)
{
    g->n = 0;
    size_t i = 0;
    while (i < r->nmen && r->men[i].tok - r->t0 < pos)
        i++;
    /* no country after a person as object */
    uint32_t person = first_person(r, pos, pos + 15);
    for (; i < r->nmen; i++) {
        uint32_t tk = r->men[i].tok - r->t0;
        if (r->clause[tk] != r->clause[pos] || tk > pos + 14 ||
            tk > person || (pos <= r->says && tk >= r->says))
            return;
        /* the first named is a firm or people of a country ("fined a
         * Chinese bank for violating sanctions on North Korea"): the verb
         * acts on them, not on a country named later */
        if ((r->mrole[i] & M_MOD & ~ok) && !group_has(src, r->men[i].code))
            return;
        if ((land_role(r->mrole[i]) & ~ok) || group_has(src, r->men[i].code))
            continue;
        break;
    }
    if (i == r->nmen)
        return;
    group_add(g, r->men[i].code);
    g->first = r->men[i].tok - r->t0;
    g->last = g->first + r->men[i].ntok;
    for (size_t j = i + 1; j < r->nmen; j++) {
        uint32_t tk = r->men[j].tok - r->t0;
        if (r->clause[tk] != r->clause[pos] ||
            (land_role(r->mrole[j]) & ~ok) ||
            (tk > g->last && !only_conj(r, g->last, tk)))
            break;
        if (!group_has(src, r->men[j].code))
            group_add(g, r->men[j].code);
        g->last = tk + r->men[j].ntok;
    }
}

/* Is the object after token pos islands ("Tokyo buys islands, Beijing
 * furious", "to buy the disputed islands")? What a state buys, claims or
 * holds there is its own act on land, not one on a country named after
 * it. */
static int island_object(const reader *r, uint32_t pos)
{
    static const char *const islands[] = {
        "island", "islands", "islets", "isles", "archipelago"};
    static const char *const disputed[] = {"disputed", "contested"};
    uint32_t k = pos;
    while (k < r->n && k < pos + 3 &&
           ((r->ti[k].ew & EW_DET) || KEY_IN(r->keys[k], disputed)))
        k++;   /* "the", "a", "disputed" */
    return k < r->n && KEY_IN(r->keys[k], islands);
}

/* Does the object after token pos name the source's own, by the
 * source's name before a noun ("to help protect U.S. ground forces from
 * Soviet attack helicopters"), or is it islands (island_object)? The
 * verb acts on what is the source's, not on the sentence's other
 * country. ("close its border to imports" does act on the other.) */
static int own_object(const reader *r, int code, uint32_t pos)
{
    uint32_t k = pos;
    if (island_object(r, pos))
        return 1;
    while (k < r->n && k < pos + 2 && (r->ti[k].ew & EW_DET))
        k++;   /* "the", "a" */
    for (size_t i = 0; i < r->nmen; i++)
        if (r->men[i].tok - r->t0 == k)
            return r->men[i].code == code &&
                   !(r->mrole[i] & M_PLACE) && k + r->men[i].ntok < r->n &&
                   !(r->cx->erole[k + r->men[i].ntok] & R_ACTOR);
    return 0;
}

/* Does the verb at [j, end) stand without an object: the sentence or its
 * clause ends, or a comma, a preposition or a clause word follows ("row
 * intensifies", "spat escalates as ...", "tensions rise over ...")? */
static int no_object(const reader *r, uint32_t j, uint32_t end)
{
    static const char *const after[] = {
        "as", "after", "over", "amid", "with", "in", "on", "despite",
        "following", "since", "again", "further", "sharply", "anew"};
    return end >= r->n || r->clause[end] != r->clause[j] ||
           (gap_at(r, end) & (GAP_COMMA | GAP_CUT)) ||
           KEY_IN(r->keys[end], after);
}

/* A past participle: a regular "-ed", or an irregular one news uses
 * ("shot down by", "hit by", "taken by"). */
static int participle(dyad_span k)
{
    static const char *const irregular[] = {
        "shot", "hit", "struck", "held", "led", "fought", "caught", "sent",
        "bought", "sold", "told", "won", "brought", "built", "cut", "shut",
        "spent", "sunk", "hurt", "beaten", "bound", "kept", "lost", "met",
        "paid", "sought", "made", "laid", "overrun", "slain", "split",
        "taken", "driven", "stolen", "seen", "given", "written", "shaken",
        "broken", "chosen", "hidden", "spoken", "sworn", "thrown",
        "overthrown", "shown", "withdrawn", "drawn", "blown", "forbidden",
        "frozen", "overtaken", "undertaken", "bitten", "ridden"};
    return (k.len > 3 && key_ends(k, "ed", 2)) || KEY_IN(k, irregular);
}

/* The agent of a passive verb at pos: the actors after "by". */
static void agent_after(const reader *r, uint32_t pos, group *g)
{
    g->n = 0;
    for (size_t i = 0; i < r->nmen; i++) {
        uint32_t tk = r->men[i].tok - r->t0;
        if (tk <= pos || r->clause[tk] != r->clause[pos])
            continue;
        if (r->mrole[i] == M_BY) {
            group_add(g, r->men[i].code);
            g->first = g->last = tk;
            /* and those joined to it by "and", with no verb between:
             * "signed by Nigerian Finance Minister Chu Okongwu and
             * senior French Treasury officials" */
            uint32_t last = tk + r->men[i].ntok;
            for (size_t j = i + 1; j < r->nmen; j++) {
                uint32_t tj = r->men[j].tok - r->t0;
                int and = 0, verb = 0;
                for (uint32_t k = last; k < tj; k++) {
                    and |= (r->ti[k].ew & EW_AND) != 0;
                    verb |= r->ti[k].ehead != DYAD_PHRASES_NONE &&
                            !(r->cx->doc.tok[r->t0 + k].flags & DYAD_TOK_CAP);
                }
                if (r->clause[tj] != r->clause[pos] || r->mrole[j] != M_FREE ||
                    !and || verb || tj > last + 8)
                    break;
                group_add(g, r->men[j].code);
                g->last = tj;
                last = tj + r->men[j].ntok;
            }
            return;
        }
    }
}

static const char *threat_code(const char *c)
{
    int root = (c[0] - '0') * 10 + (c[1] - '0');
    if (root == 16)
        return strncmp(c, "163", 3) == 0 || strncmp(c, "162", 3) == 0 ? "1312"
                                                                       : "131";
    if (root == 17)
        return "137";
    if (root == 18)
        return "1383";
    if (root == 19)
        return strncmp(c, "191", 3) == 0   ? "1381"
               : strncmp(c, "192", 3) == 0 ? "1382"
                                           : "1384";
    if (root == 20)
        return "1385";
    if (root == 15 || root == 14)
        return "138";
    return "130";
}

/* Is the reversal verb k one that restores ("restore", "resume",
 * "normalise", "unfreeze"), not one that ends? */
DYAD_COLD static int renews(dyad_span k)
{
    static const char *const renew[] = {
        "restore", "restores", "restored", "restoring", "resume",
        "resumes", "resumed", "resuming", "normalise", "normalises",
        "normalised", "normalising", "normalize", "normalizes",
        "normalized", "normalizing", "unfreeze", "unfreezes", "unfroze",
        "unfrozen"};
    return KEY_IN(k, renew);
}

/* The de-escalation code for a conflict object of a reversal verb. */
static const char *reversal_code(dyad_span k)
{
    static const struct {
        const char *stem, *code;
    } map[] = {{"sanction", "085"}, {"embargo", "085"}, {"boycott", "085"},
               {"tariff", "085"},   {"quota", "085"},   {"dut", "085"},
               {"ban", "081"},      {"restriction", "081"},
               {"curfew", "0813"},  {"blockade", "0872"},
               {"siege", "0872"},   {"troop", "0874"},  {"force", "0874"},
               {"soldier", "0874"}, {"occupation", "0874"},
               {"tension", "087"},  {"dispute", "087"}, {"freeze", "081"},
               {"complaint", "080"}, {"rift", "087"},   {"row", "087"},
               {"spat", "087"},      {"feud", "087"},   {"standoff", "087"},
               {"stand-off", "087"}, {"impasse", "087"},
               {"rupture", "087"},  {"warning", "081"},
               {"retaliation", "085"}, {"enmity", "087"},
               {"mistrust", "087"},  {"distrust", "087"},
               {"animosit", "087"},  {"antagonism", "087"},
               {"estrangement", "087"}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (k.len >= strlen(map[i].stem) &&
            memcmp(k.ptr, map[i].stem, strlen(map[i].stem)) == 0)
            return map[i].code;
    return "0871";   /* war, hostilities, fighting, attacks, conflict */
}

static int push_event(dyad_score_ctx *cx, const dyad_event *e)
{
    if (cx->nev == cx->ev_cap &&
        dyad_grow(&cx->ev, &cx->ev_cap, cx->nev + 1, sizeof *cx->ev) < 0)
        return DYAD_ENOMEM;
    cx->ev[cx->nev++] = *e;
    return DYAD_OK;
}

static int push_link(dyad_score_ctx *cx, int a, int b, int kind, uint32_t idx)
{
    if (a == b)
        return DYAD_OK;
    if (cx->nln == cx->ln_cap &&
        dyad_grow(&cx->ln, &cx->ln_cap, cx->nln + 1, sizeof *cx->ln) < 0)
        return DYAD_ENOMEM;
    cx->ln[cx->nln++] = (ev_link){a, b, kind, idx};
    return DYAD_OK;
}

/* Is there a word of a relation, a conflict or a deal ("talks", "trade",
 * "dispute", "ties") among the span words from token at in its clause? */
static int relation_word(const reader *r, uint32_t at, uint32_t span)
{
    const uint32_t want = EW_RELNOUN | EW_CONFLICT | EW_RELATIONS;
    for (uint32_t k = at; k < r->n && k < at + span &&
                          r->clause[k] == r->clause[at];
         k++)
        if ((r->ti[k].ew & want) && !(r->cx->erole[k] & R_ACTOR))
            return 1;
    return 0;
}

/* Can the verb at j (its words end at end; with a pattern or not) be
 * done by conjoined countries to each other? A verb of agreeing,
 * meeting, exchanging or quarrelling, or one near a word of a relation,
 * a conflict or a deal ("resume gas talks", "restore ties", "talks
 * between them stalled"); not "China and India demand more crude". */
static int reciprocal(const reader *r, uint32_t j, uint32_t end, int pattern)
{
    static const char *const verbs[] = {
        "spar", "spars", "sparred", "sparring", "clash", "clashes",
        "clashed", "clashing", "fight", "fights", "fought", "fighting",
        "battle", "battles", "battled", "feud", "feuds", "feuded",
        "quarrel", "quarrels", "quarrelled", "quarreled", "negotiate",
        "negotiates", "negotiated", "negotiating", "talk", "talks",
        "talked", "cooperate", "cooperates", "cooperated", "consult",
        "consults", "consulted", "reconcile", "reconciles", "reconciled",
        "differ", "differs", "differed", "disagree", "disagrees",
        "disagreed", "collaborate", "collaborates", "collaborated",
        "discuss", "discusses", "discussed", "discussing"};
    if ((r->ti[j].ew & (EW_RECIP | EW_MUTUALV)) || pattern ||
        KEY_IN(r->keys[j], verbs) || relation_word(r, end, 5))
        return 1;
    /* or within the 8 words before it in its clause */
    uint32_t b = j;
    while (b > 0 && j - b < 8 && r->clause[b - 1] == r->clause[j])
        b--;
    return relation_word(r, b, j - b);
}

/* "would not accept Russia's annexation of Crimea": conflict hit h at
 * token j, refused by a negated verb of consent up to three words before
 * it, sets the country that refuses (the last free actor before the
 * verb, not one of those who act, src) against those who act: a link
 * with the hit. The annexation is Russia's act on Ukraine and Germany's
 * refusal of Russia's act. */
static int refuser(dyad_score_ctx *cx, const reader *r, const group *src,
                   uint32_t h, uint32_t j)
{
    uint32_t v = j;
    for (uint32_t k = j; k > 1 && k + 3 > j && v == j; k--)
        if (dyad_score__consent(r->keys[k - 1]) &&
            (r->ti[k - 2].cls & (W_NEG | W_NO)))
            v = k - 1;
    long who = -1;
    for (size_t i = 0; i < r->nmen && r->men[i].tok - r->t0 < v; i++)
        if (r->mrole[i] == M_FREE && !group_has(src, r->men[i].code))
            who = (long)i;
    if (v == j || who < 0)
        return DYAD_OK;
    for (int a = 0; a < src->n; a++)
        if (push_link(cx, r->men[who].code, src->code[a], LINK_HIT, h))
            return DYAD_ENOMEM;
    return DYAD_OK;
}

/* Is code named in sentence s only as a territory (lexicons/
 * territories.tsv)? What is said to, agreed with or praised of such a
 * place is said to its own authorities, not to the state it belongs to:
 * "Kremlin recognises Abkhazia and South Ossetia" was praise of Georgia
 * (051), "Putin signs treaty to absorb Crimea" an agreement with
 * Ukraine (057). What is done there stays ("pull troops back from the
 * Donbas", 0874). */
static int land_only(const dyad_score_ctx *cx, uint32_t s, int code)
{
    const sent_info *si = &cx->si[s];
    int seen = 0;
    for (uint32_t m = si->men0; m < si->men0 + si->nmen; m++)
        if (cx->men[m].code == code) {
            if (cx->men[m].place != DYAD_PLACE_TERRITORY)
                return 0;
            seen = 1;
        }
    return seen;
}

static int set_code(const dyad_events *ev, dyad_event *e, const char *code);

/* Verbal cooperation e with a territory: none with its state, but one
 * recognised, accepted or allowed (a consent verb) defies that state's
 * sovereignty: e becomes CAMEO 128, defy norms or law ("Kremlin
 * recognises Abkhazia and South Ossetia"). 1 when e is to be kept. */
static int defied(const dyad_score_ctx *cx, dyad_event *e)
{
    return dyad_score__consent(cx->keys[e->tok]) &&
           set_code(dyad_lex_events(cx->sc->lex), e, "128");
}

/* Events of (src x tgt), or among src when tgt is empty (mutual). */
static int emit(dyad_score_ctx *cx, const group *src, const group *tgt,
                dyad_event e, int recip)
{
    if (tgt->n) {
        for (int i = 0; i < src->n; i++)
            for (int j = 0; j < tgt->n; j++) {
                if (src->code[i] == tgt->code[j])
                    continue;
                dyad_event x = e;
                if (e.quad == DYAD_QUAD_VERBAL_COOP &&
                    land_only(cx, e.sent, tgt->code[j]) &&
                    !defied(cx, &x))
                    continue;
                x.src = src->code[i];
                x.tgt = tgt->code[j];
                if (push_event(cx, &x) != DYAD_OK)
                    return DYAD_ENOMEM;
            }
        return DYAD_OK;
    }
    /* two conjoined actors act on each other; a list of more is a list
     * ("Switzerland, Austria, Sweden and Norway find it hard ..."), unless
 * they agree, sign, meet or pledge (recip) */
    if (src->n != 2 && !recip)
        return DYAD_OK;
    e.rules |= DYAD_EV_MUTUAL;
    for (int i = 0; i < src->n; i++)
        for (int j = i + 1; j < src->n; j++) {
            e.src = src->code[i];
            e.tgt = src->code[j];
            if (push_event(cx, &e) != DYAD_OK)
                return DYAD_ENOMEM;
        }
    return DYAD_OK;
}

static int set_code(const dyad_events *ev, dyad_event *e, const char *code)
{
    /* (the code's length counted once, inline: dyad_events__sentence
     * 110.85M -> 110.43M instructions on all of Reuters-21578) */
    size_t n = code_len(code, sizeof e->code - 1);   /* no snprintf: hot */
    const dyad_event_code *c = code_find(ev, code, n < 4 ? n : 4);
    if (!c)
        return 0;
    memcpy(e->code, code, n);
    e->code[n] = 0;
    e->weight = c->goldstein;
    e->quad = c->quad;
    e->label = c->label;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    e->mode = root == 13 ? DYAD_MODE_THREAT
              : c->quad == DYAD_QUAD_MATERIAL_CONFLICT ? DYAD_MODE_ACT
                                                       : DYAD_MODE_NONE;
    return 1;
}

/* Is token j (of the sentence) negated: a negation or "refused to" within
 * three tokens before it in its clause? */
static int negated_at(const reader *r, uint32_t j)
{
    /* "Japan's failure to honor an agreement": a noun of refusal before
     * "to" */
    static const char *const refusal[] = {"failure", "failures", "refusal",
                                          "inability", "unwillingness"};
    for (uint32_t k = j; k > 0 && k + 3 > j; k--) {
        if (r->clause[k - 1] != r->clause[j])
            break;
        if ((r->ti[k - 1].cls & (W_NEG | W_NO)) ||
            (r->ti[k - 1].ew & EW_REFUSE) ||
            (key_is(r->keys[k], "to") && KEY_IN(r->keys[k - 1], refusal)))
            return 1;
        /* "do not expect any Japanese concessions": "any" carries the
         * negation of the verb before it to its object */
        if (key_is(r->keys[k - 1], "any") && k > 1)
            return negated_at(r, k - 1);
    }
    return 0;
}

/* Is token j the word w, right after one of the n words of prev? */
static int word_after(const reader *r, uint32_t j, const char *w,
                      const char *const *prev, size_t n)
{
    return j > 0 && key_is(r->keys[j], w) && key_in(r->keys[j - 1], prev, n);
}

/* Is token j the "at" of an aim ("hits back at US", "lashes out at
 * Japan", "fired at a Turkish ship")? What follows is a target, not a
 * place. */
static int aimed_at(const reader *r, uint32_t j)
{
    static const char *const aims[] = {"back", "out", "aim", "swipe",
                                       "fire", "fired", "fires", "firing",
                                       "shots", "jab", "dig"};
    return word_after(r, j, "at", aims, sizeof aims / sizeof aims[0]);
}

/* Is token j the "on" of talks ("hold talks on Cyprus", "a summit on
 * Syria")? What follows is their topic, not a party. */
static int talks_on(const reader *r, uint32_t j)
{
    static const char *const talks[] = {
        "talks", "negotiations", "discussions", "consultations", "meeting",
        "meetings", "summit", "conference", "dialogue"};
    return word_after(r, j, "on", talks, sizeof talks / sizeof talks[0]);
}

/* Is token j the "than" of a quantity ("killed more than 4,000
 * Iraqis"), no topic? */
static int quantity_than(const reader *r, uint32_t j)
{
    static const char *const more[] = {"more", "less", "fewer"};
    return word_after(r, j, "than", more, sizeof more / sizeof more[0]);
}

/* Is token j a verb form followed by one of its block's patterns
 * ("exchange fire")? */
static int verb_with_pattern(const reader *r, uint32_t j)
{
    uint32_t head = r->ti[j].ehead, vi, last;
    if (head == DYAD_PHRASES_NONE)
        return 0;
    size_t w = dyad_phrases_match_at(r->ev->verb_tab, r->keys + j, r->n - j,
                                     head, &vi);
    if (!w)
        return 0;
    uint32_t from = j + (uint32_t)w;
    uint32_t to = from + OBJ_WINDOW < r->n ? from + OBJ_WINDOW : r->n;
    char code[5];
    return best_pattern(r, &r->ev->verb[vi], from, to, code, &last);
}

/* Is the mention [tk, e) a possessive before a name that is no actor and
 * no word of a state, followed by a verb ("India's Reliance signs a
 * deal", "South Korea's Samsung overtook Apple")? Then the name is a firm
 * or a person the country has, which acts, and the country is no state
 * in the sentence (its leaders and ministers are actors of their own:
 * "Russia's Lavrov"). Not in a headline in title case or capitals. */
static int owned_name(const dyad_score_ctx *cx, const reader *r, uint32_t tk,
                      uint32_t e)
{
    static const char *const state[] = {
        "president", "prime", "premier", "foreign", "defence", "defense",
        "finance", "interior", "trade", "economy", "minister", "ministry",
        "navy", "army", "air", "armed", "military", "central", "national",
        "state", "supreme", "federal", "parliament", "government",
        "cabinet", "embassy", "ambassador", "envoy", "king", "queen",
        "prince", "princess", "crown", "emir", "sultan", "sheikh",
        "chancellor", "emperor", "coast", "border", "police", "court",
        "deputy", "vice", "top", "new", "former", "acting", "ruling",
        "communist", "senate", "congress", "house", "lower", "upper",
        "constitutional", "high", "revolutionary", "security",
        "intelligence", "chief", "general", "special", "duma", "knesset",
        "majlis", "rada", "bundestag", "bundesbank", "diet", "xinhua",
        "office", "department", "agency", "council", "commission",
        "public", "people", "opposition", "electoral", "election"};
    const dyad_doc *d = &cx->doc;
    if (r->title || r->keys[e - 1].len == r->bkeys[e - 1].len || e >= r->n)
        return 0;
    uint32_t k = e;
    while (k < r->n && k < e + 3 &&
           (d->tok[r->t0 + k].flags & (DYAD_TOK_CAP | DYAD_TOK_UPPER)) ==
               DYAD_TOK_CAP &&
           !(cx->erole[k] & R_ACTOR) && !KEY_IN(r->keys[k], state) &&
           !memchr(r->keys[k].ptr, '-', r->keys[k].len))
        k++;
    /* the name acts: a verb follows ("Japan's Okinawa", "Russia's
     * Kaliningrad region" are places of the state) */
    return k > e && k < r->n && r->clause[k] == r->clause[tk] &&
           !(gap_at(r, e) & (GAP_COMMA | GAP_CUT)) &&
           !(d->tok[r->t0 + k].flags & (DYAD_TOK_CAP | DYAD_TOK_UPPER)) &&
           !KEY_IN(r->keys[k], state) &&
           r->ti[k].ehead != DYAD_PHRASES_NONE;
}

/* The countries other than code named in the sentence of reader r. */
static int others(const reader *r, int code)
{
    int seen[8], n = 0;
    for (size_t i = 0; i < r->nmen && n < 8; i++) {
        int c = r->men[i].code, k = 0;
        while (k < n && seen[k] != c)
            k++;
        if (c != code && k == n)
            seen[n++] = c;
    }
    return n;
}

/* Does the last token of mention m end in one of the n suffixes sfx
 * (any case), each a '-' and a word? Most tokens have no '-' and end in
 * none: each suffix was compared (strlen, strncasecmp) for every mention
 * twice, by names_no_state and read_structure (dyad_events__sentence
 * 127.32M -> 125.71M instructions on all of Reuters-21578). */
static int ends_in(const dyad_doc *d, const dyad_actor_hit *m,
                   const char *const *sfx, size_t n)
{
    const dyad_token *lt = &d->tok[m->tok + m->ntok - 1];
    if (!memchr(d->text + lt->off, '-', lt->len))
        return 0;
    for (size_t x = 0; x < n; x++) {
        size_t k = strlen(sfx[x]);
        if (lt->len > k &&
            strncasecmp(d->text + lt->off + lt->len - k, sfx[x], k) == 0)
            return 1;
    }
    return 0;
}

/* The first mention that starts at token at (index into r->men), or
 * -1. */
static long mention_from(const reader *r, uint32_t at)
{
    /* a token in no mention starts none (most: list_end asks after each
     * mention): dyad_events__sentence 111.56M -> 110.85M instructions on
     * all of Reuters-21578 */
    if (at >= r->n || !(r->cx->erole[at] & R_ACTOR))
        return -1;
    for (size_t m = 0; m < r->nmen; m++)
        if (r->men[m].tok - r->t0 == at)
            return (long)m;
    return -1;
}

/* The mention at token at, or after "the" there, or -1. */
static long mention_at(const reader *r, uint32_t at)
{
    return mention_from(r, at + (at < r->n && key_is(r->keys[at], "the")));
}

/* The token after the list of mentions that continues at token e of
 * the sentence, the end of a mention ("U.S., British, Japanese and Swiss
 * investors": from the end of "U.S.", "investors"), or e when no list
 * ending in "and" or "or" continues there. */
static uint32_t list_end(const reader *r, uint32_t e)
{
    for (uint32_t at = e; at + 1 < r->n;) {
        int conj = key_is(r->keys[at], "and") || key_is(r->keys[at], "or");
        long next = mention_from(r, at + (uint32_t)conj);
        if (next < 0 ||
            (conj ? (gap_at(r, at) & GAP_CUT) != 0
                  : !(gap_at(r, at) & GAP_COMMA)))
            return e;
        at = r->men[next].tok - r->t0 + r->men[next].ntok;
        if (conj)
            return at;
    }
    return e;
}


/* Is the mention i a country word before a firm, bank, market, currency
 * or commodity ("a Japanese firm", "U.S. Dlrs", "Swiss Bank Corp", "the
 * U.S. corporate debt market"), before a person or a private group ("a
 * Canadian citizen", "Libyan rebels"), or a delivery point ("c and f
 * Taiwan", "fob Japan")? It names no state actor. Up to three words are
 * looked at; a function word, a verb, a comma or another actor ends the
 * look. */
static int names_no_state(const dyad_score_ctx *cx, const reader *r,
                          size_t i)
{
    const dyad_doc *d = &cx->doc;
    const dyad_actor_hit *m = &r->men[i];
    uint32_t tk = m->tok - r->t0, e = tk + m->ntok;
    /* "anti-American", "pro-Western": a stance, not an actor */
    const dyad_token *tok = &d->tok[m->tok];
    char c0 = d->text[tok->off];
    if (((c0 == 'a' || c0 == 'A') && tok->len > 5 &&
         strncasecmp(d->text + tok->off, "anti-", 5) == 0) ||
        ((c0 == 'p' || c0 == 'P') && tok->len > 4 &&
         strncasecmp(d->text + tok->off, "pro-", 4) == 0))
        return 1;
    /* "the Bank of Tokyo", "the mayor of London": a bank, a university
     * or a city's office named after a place (the central banks are
     * actor aliases of their own: "Bank of Japan") */
    static const char *const named[] = {"bank", "university", "mayor",
                                        "city", "port", "club"};
    if (tk >= 2 && key_is(r->keys[tk - 1], "of") &&
        KEY_IN(r->keys[tk - 2], named))
        return 1;
    /* "tourists from Russia", "migrants from Syria": people of a
     * country, no state; so are drugs ("seize cocaine shipment from
     * Colombia") */
    static const char *const drugs[] = {"cocaine", "heroin", "drugs",
                                        "narcotics"};
    static const char *const loads[] = {"shipment", "shipments",
                                        "consignment", "haul"};
    if (tk >= 2 && key_is(r->keys[tk - 1], "from")) {
        uint32_t g = tk - 2;   /* the goods: "cocaine shipment from" */
        if (g >= 1 && KEY_IN(r->keys[g], loads))
            g--;
        if ((r->ti[tk - 2].ew & EW_PERSON) || KEY_IN(r->keys[g], drugs))
            return 1;
    }
    /* "Russian-made missiles", "Chinese-built ships": goods of a
     * country's make; the state does not act in them */
    static const char *const makes[] = {"-made", "-built", "-designed",
                                        "-manufactured", "-produced"};
    if (ends_in(d, m, makes, sizeof makes / sizeof makes[0]))
        return 1;
    /* "U.S.-backed rebels", "Saudi-led forces": the state acts on them */
    static const char *const acts[] = {"-backed", "-led", "-funded",
                                       "-sponsored", "-supported",
                                       "-trained", "-armed"};
    if (ends_in(d, m, acts, sizeof acts / sizeof acts[0]))
        return 0;
    /* "c and f Taiwan", "c&f Japan", "fob Brazil" (trade terms) */
    size_t off = d->tok[m->tok].off, k = off < 11 ? off : 11;
    char last = off >= 2 && d->text[off - 1] == ' ' ? d->text[off - 2] : 0;
    /* every term ends in f or b: the common case is neither, and then
     * the terms are not compared at all (they were, each with its
     * strlen: names_no_state 7.11M -> 7.00M instructions on all of
     * Reuters-21578) */
    if (last == 'f' || last == 'F' || last == 'b' || last == 'B') {
        char t[12];
        for (size_t x = 0; x < k; x++) {
            char c = d->text[off - k + x];
            t[x] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        static const char *const terms[] = {"c and f ", "c&f ", "c+f ",
                                            "fob ", "cif "};
        for (size_t x = 0; x < sizeof terms / sizeof terms[0]; x++) {
            size_t n = strlen(terms[x]);
            if (k >= n && memcmp(t + k - n, terms[x], n) == 0 &&
                (k == n || t[k - n - 1] == ' '))
                return 1;
        }
    }
    /* "a ban on U.S. beef", "tariffs on Chinese steel": goods a measure
     * is "on" stand for their country; so do the firms a measure names
     * ("banned Russian airlines", "sanctioned Chinese firms") */
    static const char *const measures[] = {
        "banned", "bans", "ban", "barred", "bars", "sanctioned",
        "sanctions", "blacklisted", "blacklists", "boycotted", "boycotts",
        "boycott"};
    if (tk >= 2 && key_is(r->keys[tk - 1], "on") &&
        (r->ti[tk - 2].ew & EW_CONFLICT))
        return 0;
    if (tk >= 1 && KEY_IN(r->keys[tk - 1], measures))
        return 0;
    /* "suspends imports of Australian beef": the goods of a measure's
     * trade stand for their country too */
    static const char *const trade[] = {"imports", "exports", "purchases",
                                        "shipments"};
    if (tk >= 3 && key_is(r->keys[tk - 1], "of") &&
        KEY_IN(r->keys[tk - 2], trade) &&
        ((r->ti[tk - 3].ew & (EW_CONFLICT | EW_REVERSE)) ||
         KEY_IN(r->keys[tk - 3], measures)))
        return 0;
    if (owned_name(cx, r, tk, e))
        return 1;
    const uint32_t stop = EW_PREP | EW_PLACE | EW_CONJ | EW_DET | EW_BE |
                          EW_AND | EW_TOPIC | EW_BY | EW_AUX | EW_BOUNDARY;
    /* "Japanese and Chinese stocks", "U.S., British and Swiss
     * investors": each of a list of countries that ends in "and" or
     * "or" right before a firm, market or people word is of that word */
    uint32_t after = list_end(r, e);
    if (after != e)
        return after < r->n && (r->ti[after].ew & (EW_NONSTATE | EW_PERSON)) &&
               !verb_with_pattern(r, after);
    for (uint32_t j = e; j < r->n && j < e + 3; j++) {
        if (r->clause[j] != r->clause[tk] || (cx->erole[j] & R_ACTOR) ||
            (gap_at(r, j) & (GAP_COMMA | GAP_CUT)))
            return 0;
        if (key_is(r->keys[j], "central") || key_is(r->keys[j], "reserve") ||
            key_is(r->keys[j], "state"))
            return 0;   /* a central bank is a state actor */
        if (key_is(r->keys[j], "crown") && j + 1 < r->n &&
            key_is(r->keys[j + 1], "prince"))
            return 0;   /* "Saudi crown prince": no currency */
        if (r->ti[j].ew & EW_PERSON)
            return 1;
        /* "a Chinese national with", "charged a Chinese national." (not
         * "U.S. national security") */
        if (key_is(r->keys[j], "national") &&
            (j + 1 == r->n ||
             (r->ti[j + 1].ew & (EW_PREP | EW_BE | EW_PLACE | EW_BOUNDARY |
                              EW_AND | EW_BY | EW_AUX)) ||
             (gap_at(r, j + 1) & (GAP_COMMA | GAP_CUT))))
            return 1;
        /* "Israeli jets pound Gaza": after ships, troops or planes a
         * currency's name is a verb */
        if ((r->ti[j].ew & EW_NONSTATE) && j > e &&
            (r->ti[j - 1].ew & EW_MILNOUN) &&
            r->ti[j].ehead != DYAD_PHRASES_NONE)
            return 0;
        /* "open U.S. markets to Canadian goods": a market for others;
         * "India and Pakistan exchange fire": a verb with its pattern */
        if (r->ti[j].ew & EW_NONSTATE)
            return !((key_is(r->bkeys[j], "market") ||
                      key_is(r->bkeys[j], "markets")) &&
                     j + 1 < r->n &&
                     (key_is(r->keys[j + 1], "to") ||
                      key_is(r->keys[j + 1], "for"))) &&
                   !verb_with_pattern(r, j);
        /* a verb ends the look, not one news mostly uses as a noun
         * ("a Mexican drug cartel") */
        if ((r->ti[j].ew & stop) ||
            (r->ti[j].ehead != DYAD_PHRASES_NONE &&
             !(r->ti[j].ew & EW_NOUNY) &&
             (d->tok[r->t0 + j].flags & (DYAD_TOK_CAP | DYAD_TOK_UPPER)) !=
                 DYAD_TOK_CAP))
            return 0;
    }
    return 0;
}

/* Does "as" at token j start a clause of its own ("deepen cooperation as
 * tensions with China escalate")? A verb follows within five words,
 * after a word that is no "to", and "as" is not part of "such as", "as
 * well as", "known as", "as soon as" and the like. */
static int as_clause(const dyad_score_ctx *cx, const reader *r, uint32_t j)
{
    static const char *const before[] = {"such", "well", "known", "so",
                                         "same", "just", "regarded",
                                         "seen", "described", "serve",
                                         "serves", "served", "acting",
                                         "act", "acts", "acted"};
    static const char *const after[] = {"well", "soon", "long", "much",
                                        "many", "far", "part", "if",
                                        "though", "of", "to", "for",
                                        "a", "an", "such", "high", "low",
                                        "early", "late", "little", "few"};
    if (!key_is(r->keys[j], "as") || j + 2 >= r->n)
        return 0;
    if ((j > 0 && KEY_IN(r->keys[j - 1], before)) ||
        KEY_IN(r->keys[j + 1], after))
        return 0;
    for (uint32_t k = j + 2; k < r->n && k <= j + 6; k++)
        if (r->ti[k].ehead != DYAD_PHRASES_NONE &&
            !(cx->erole[k] & R_ACTOR) && !key_is(r->keys[k - 1], "to") &&
            !(r->ti[k - 1].ew & EW_DET))
            return 1;
    return 0;
}

/* Does the comma before token j open the attribution that ends the
 * sentence (", French official sources said.", ", Japanese officials
 * told reporters on Monday.")? No event before the comma reaches its
 * speaker as a target. */
static int says_tail(const reader *r, uint32_t j)
{
    static const char *const say[] = {"said", "says", "say", "told",
                                      "added", "reported", "stated"};
    for (uint32_t k = j + 1; k < r->n && k <= j + 7; k++) {
        if (gap_at(r, k) & (GAP_COMMA | GAP_CUT))
            return 0;   /* a list goes on ("the U.S., Britain and ...") */
        if (KEY_IN(r->keys[k], say))
            return r->n - k <= 5;
    }
    return 0;
}

/* "Russia begins air strikes in Syria at Assad's request", "Swiss
 * police arrest FIFA officials at U.S. request", "at the request of
 * Japan": the code of the country at whose request (invitation, behest)
 * the clause acts, the words [*at, *end) saying so; -1 when none. */
static int requester(const dyad_score_ctx *cx, const reader *r,
                     uint32_t *at, uint32_t *end)
{
    static const char *const asks[] = {"request", "invitation", "behest",
                                       "urging"};
    for (uint32_t j = 0; j + 2 < r->n; j++) {
        if (!key_is(r->keys[j], "at"))
            continue;
        uint32_t k = j + 1 + key_is(r->keys[j + 1], "the");
        long m = -1;
        uint32_t e = 0;
        if (k + 2 < r->n && KEY_IN(r->keys[k], asks) &&
            key_is(r->keys[k + 1], "of")) {
            m = mention_at(r, k + 2);   /* at the request of X */
            e = m >= 0 ? r->men[m].tok - r->t0 + r->men[m].ntok : 0;
        } else if ((m = mention_at(r, j + 1)) >= 0) {   /* at X's request */
            e = r->men[m].tok - r->t0 + r->men[m].ntok + 1;
            if (e > r->n || !KEY_IN(r->keys[e - 1], asks))
                m = -1;
        }
        /* "at the urging of the U.S. recording industry": no state */
        if (m >= 0 && !names_no_state(cx, r, (size_t)m)) {
            *at = j;
            *end = e;
            return r->men[m].code;
        }
    }
    return -1;
}

/* Is mention i the country whose lead or example is followed ("Bahrain
 * follows Saudi lead, severs relations with Tehran", "following the U.S.
 * lead")? It does not do what the follower does. */
static int lead_followed(const reader *r, size_t i)
{
    uint32_t tk = r->men[i].tok - r->t0, e = tk + r->men[i].ntok;
    static const char *const what[] = {"lead", "example", "footsteps"};
    if (e >= r->n || !KEY_IN(r->keys[e], what))
        return 0;
    for (uint32_t back = 1; back <= 2 && back <= tk; back++) {
        dyad_span k = r->keys[tk - back];
        if (k.len >= 6 && memcmp(k.ptr, "follow", 6) == 0)
            return 1;
        if (!(r->ti[tk - back].ew & EW_DET))
            return 0;
    }
    return 0;
}

/* Is token j the exports or imports of two countries named together
 * right before it, each its own ("French and British exports both
 * fell": no relation between them)? */
static int own_trade(const reader *r, uint32_t j)
{
    static const char *const trade[] = {"exports", "imports"};
    if (j < 3 || !KEY_IN(r->keys[j], trade) ||
        (j + 1 < r->n && (r->ti[j + 1].ew & EW_PREP)))
        return 0;
    long b = -1, a = -1;
    for (size_t i = 0; i < r->nmen; i++)
        if (r->men[i].tok - r->t0 + r->men[i].ntok == j)
            b = (long)i;
    if (b < 1)
        return 0;
    uint32_t first = r->men[b].tok - r->t0;
    a = b - 1;
    return r->men[a].tok - r->t0 + r->men[a].ntok + 1 == first &&
           (key_is(r->keys[first - 1], "and") ||
            key_is(r->keys[first - 1], "or"));
}

/* The last event of sentence si so far, or NULL. */
static const dyad_event *last_event(const dyad_score_ctx *cx,
                                    const sent_info *si)
{
    return cx->nev > si->ev0 ? &cx->ev[cx->nev - 1] : NULL;
}

/* Is the verb at token j of sentence si a purpose ("summoned the British
 * ambassador to protest the detention", "give Philippines patrol boats
 * to boost maritime security")? After "to", with the last event of its
 * clause's object as the subject source_before found (*src), the verb
 * says what that event was for: its subject is that event's (into *src)
 * and it acts on no one not named after it. Not after a verb that has
 * its object do it ("urged Japan to open"), a possessive ("challenging
 * Canada's decision to impose duties"), a noun whose content it is ("a
 * U.S. proposal to send troops"), an event whose target was not named
 * or a comma. 1 when it is. */
static int purpose_of(const dyad_score_ctx *cx, const reader *r,
                      const sent_info *si, uint32_t j, group *src)
{
    static const char *const control[] = {
        "urge", "urges", "urged", "urging", "ask", "asks", "asked",
        "asking", "call", "calls", "called", "calling", "press", "presses",
        "pressed", "pressing", "force", "forces", "forced", "forcing",
        "allow", "allows", "allowed", "allowing", "invite", "invites",
        "invited", "inviting", "tell", "tells", "told", "encourage",
        "encourages", "encouraged", "persuade", "persuaded", "want",
        "wants", "wanted", "expect", "expects", "expected", "help",
        "helps", "helped", "helping", "order", "orders", "ordered",
        "push", "pushes", "pushed", "pushing", "require", "requires",
        "required", "permit", "permits", "permitted"};
    /* "a U.S. proposal to send troops": what the noun holds */
    static const char *const nouns[] = {
        "proposal", "proposals", "plan", "plans", "decision", "offer",
        "bid", "request", "move", "attempt", "effort", "efforts", "call",
        "calls", "demand", "demands", "agreement", "deal", "pledge",
        "promise", "threat", "threats", "readiness", "willingness",
        "refusal", "right", "order", "permission", "invitation", "way"};
    const dyad_event *pv = last_event(cx, si);
    if (j < 2 || !key_is(r->keys[j - 1], "to") || !pv || src->n != 1 ||
        KEY_IN(r->keys[j - 2], nouns))
        return 0;
    uint32_t pj = pv->tok - r->t0;
    long m = mention_at(r, src->last);
    if (pj >= j - 1 || r->clause[pj] != r->clause[j] ||
        KEY_IN(r->keys[pj], control) || pv->tgt != src->code[0] ||
        (pv->rules & DYAD_EV_OTHER) || src->first < pj || m < 0)
        return 0;
    for (uint32_t k = pj + 1; k < j; k++)
        if (gap_at(r, k) & (GAP_COMMA | GAP_CUT))
            return 0;
    if (possessive(r, &r->men[m]))
        return 0;
    src->n = 0;
    group_add(src, pv->src);
    src->first = src->last = pj;
    return 1;
}

/* Is token j, a word news mostly uses as a noun, the verb of a
 * headline's second predicate ("Russia recognises rebel regions, orders
 * troops into Ukraine", "Turkey condemns attack, calls on Russia to
 * ...")? It follows a comma, has a verb's -s, and an event of the
 * sentence, with a source, stands before the comma. */
static int second_predicate(const dyad_score_ctx *cx, const reader *r,
                            const sent_info *si, uint32_t j)
{
    dyad_span k = r->keys[j];
    const dyad_event *pv = last_event(cx, si);
    return j >= 3 && k.len >= 4 && k.ptr[k.len - 1] == 's' &&
           (gap_at(r, j) & GAP_COMMA) && pv &&
           pv->tok - r->t0 < j && pv->src >= 0;
}

/* Marks the clauses, roles and word classes of the sentence; the first
 * token of each of the first clauses into cfirst (CLAUSE_SRC, each 0
 * before). */
static void read_structure(dyad_score_ctx *cx, reader *r, unsigned char *inh,
                           uint32_t *cfirst)
{
    const tok_info *ti = r->ti;
    uint16_t *clause = cx->eclause;
    unsigned char *role = cx->erole;
    uint16_t c = 0;
    int topic = 0, purpose = 0;
    r->says = r->n;
    uint32_t cstart = 0;   /* the first token of the clause */
    int lead = 0;          /* the topic opened the clause ("Despite ...,") */
    /* (the gaps' flags are in role, from scan_sentence) */
    for (size_t i = 0; i < r->nmen; i++)
        for (uint32_t k = 0; k < r->men[i].ntok; k++)
            role[r->men[i].tok - r->t0 + k] |= R_ACTOR;
    inh[0] = 0;
    uint32_t pew = 0;   /* the classes of the token before */
    uint32_t all = 0;
    for (uint32_t j = 0; j < r->n; j++) {
        uint32_t ew = ti[j].ew;
        all |= ew;
        /* a word after one space, of none of the classes below, and not
         * after a word of a class a purpose follows (most words), cuts no
         * clause and opens no topic or purpose; "as" (as_clause) is of
         * EW_CONJ and "on" (talks_on) of EW_PREP: read_structure 32.37M
         * -> 25.75M instructions on all of Reuters-21578 */
        if (!gap_at(r, j) &&
            !(ew & (EW_BOUNDARY | EW_AND | EW_CONJ | EW_TOPIC | EW_PREP)) &&
            !(pew & (EW_PLACE | EW_PREP | EW_BY | EW_TOPIC))) {
            clause[j] = c;
            role[j] |= (unsigned char)((topic ? R_TOPIC : 0) |
                                       (purpose ? R_PURPOSE : 0));
            pew = ew;
            continue;
        }
        pew = ew;
        if (j > 0) {
            unsigned g = gap_at(r, j);
            int comma = (g & GAP_COMMA) != 0;
            int as = (ew & EW_CONJ) && as_clause(cx, r, j);
            /* ", angering China": a participle of reaction after a comma
             * starts a clause of its own, with the last one's subject */
            static const char *const stirs[] = {
                "angering", "infuriating", "irking", "upsetting",
                "alarming", "provoking", "enraging", "antagonising",
                "antagonizing", "offending", "outraging", "prompting",
                "drawing", "sparking", "triggering"};
            int ing = comma && KEY_IN(r->keys[j], stirs);
            int cut = (g & GAP_CUT) ||
                      ((ew & EW_BOUNDARY) && !(role[j] & R_ACTOR)) ||
                      (comma && (ew & EW_AND)) || as || ing;
            if (comma && r->says == r->n && says_tail(r, j))
                r->says = j;
            /* "Despite the dispute, France and Germany signed": a topic
             * that opens its clause ends at the first comma */
            if (comma && topic && lead)
                topic = lead = 0;
            if (cut && c < UINT16_MAX - 1) {
                c++;
                cstart = j;
                if (c < CLAUSE_SRC)
                    cfirst[c] = j;
                topic = purpose = lead = 0;
                /* "and", "as": a clause without a subject of its own keeps
                 * the last one */
                inh[c < 255 ? c : 255] = (ew & EW_AND) != 0 || as || ing;
            }
        }
        /* "over" right after a verb is its particle ("took over"); the
         * end of a name is no verb ("the United States over") */
        if (((ew & EW_TOPIC) &&
             !(j > 0 &&
               r->ti[j - 1].ehead != DYAD_PHRASES_NONE &&
               !(role[j - 1] & R_ACTOR)) &&
             !quantity_than(r, j)) ||
            ((ew & EW_PREP) && talks_on(r, j))) {
            lead |= !topic && j == cstart;
            topic = 1;
        }
        /* a gerund after a preposition ("in battling terrorism") says what
         * for or how: no event or hit of its own to the clause's end (the
         * actors named there still act) */
        if (j > 0 && r->ti[j].ehead != DYAD_PHRASES_NONE &&
            r->keys[j].len > 4 &&
            key_ends(r->keys[j], "ing", 3) &&
            (ti[j - 1].ew & (EW_PLACE | EW_PREP | EW_BY | EW_TOPIC)) &&
            !(ti[j - 1].ew & EW_AUX))
            purpose = 1;
        clause[j] = c;
        if (topic)
            role[j] |= R_TOPIC;
        if (purpose)
            role[j] |= R_PURPOSE;
    }
    r->ew_all = all;
    r->asked = r->words & SW_AT ? requester(cx, r, &r->ask_at, &r->ask_end)
                                : -1;
    for (size_t i = 0; i < r->nmen; i++) {
        uint32_t tk = r->men[i].tok - r->t0;
        unsigned char m = r->men[i].place == DYAD_PLACE_TERRITORY ? M_LAND
                          : r->men[i].place                         ? M_PLACE
                                                                    : M_FREE;
        if (role[tk] & R_TOPIC)
            m |= M_TOPIC;
        /* the word before, or two before over "the" or a compass word
         * ("in northern Syria") */
        for (uint32_t back = 1; back <= 2 && back <= tk; back++) {
            uint32_t p = tk - back;
            if (clause[p] != clause[tk] || (role[p] & R_ACTOR))
                break;
            if (ti[p].ew & EW_BY) {
                /* not the particle of "stand by Japan", nor the
                 * legislature that passes a bill ("the passage of a
                 * protectionist trade bill by the U.S. House"): the state
                 * acts */
                static const char *const laws[] = {
                    "bill", "bills", "legislation", "law", "laws",
                    "resolution", "amendment"};
                if (!(p > 0 && r->keys[p - 1].len >= 5 &&
                      (memcmp(r->keys[p - 1].ptr, "stand", 5) == 0 ||
                       key_is(r->keys[p - 1], "stood"))) &&
                    !(p > 0 && KEY_IN(r->keys[p - 1], laws)))
                    m |= M_BY;
                break;
            }
            if (ti[p].ew & EW_PLACE) {
                /* "invested in China": the target of a few verbs; "in
                 * the U.S. Congress": an actor */
                uint32_t e = tk + r->men[i].ntok;
                /* "sparking fury in Iran": the country reacts; "Chinese
                 * anger at Japan": it is what the anger is at */
                static const char *const reacts[] = {
                    "fury", "anger", "outrage", "alarm", "dismay",
                    "indignation", "consternation"};
                if (!(p > 0 && (ti[p - 1].ew & EW_IN_VERB)) &&
                    /* "a shift in Cuba policy": no place either */
                    !(e < r->n && ((ti[e].ew & EW_STATENOUN) ||
                                   policy_word(r, e))) &&
                    !aimed_at(r, p) &&
                    !(p > 0 && (key_is(r->keys[p], "in") ||
                                key_is(r->keys[p], "at")) &&
                      KEY_IN(r->keys[p - 1], reacts)))
                    m |= M_PLACE;
                break;
            }
            if (!(ti[p].ew & (EW_DET | EW_COMPASS)))
                break;
        }
        if (names_no_state(cx, r, i) || lead_followed(r, i))
            m |= M_MOD;
        /* the country at whose request it is done takes no part in it
         * (request_granted relates it) */
        if (r->asked >= 0 && r->men[i].code == r->asked)
            m |= M_BY;
        /* "Russia and Georgia sign French-brokered ceasefire": the state
         * mediates between two others; with one other it is a party
         * ("agreed to a Syrian-brokered plan") */
        static const char *const mediates[] = {"-brokered", "-mediated"};
        if (ends_in(&cx->doc, &r->men[i], mediates, 2) &&
            others(r, r->men[i].code) >= 2)
            m |= M_BY;
        cx->emrole[i] = m;
    }
}

/* A state's official or delegation ("minister", "envoy"): with "in"
 * after it, the state is present in the country named. */
static int official_noun(dyad_span k)
{
    static const char *const words[] = {
        "minister", "ministers", "secretary", "envoy", "envoys",
        "delegation", "delegations", "delegate", "delegates", "president",
        "premier", "chancellor", "officials", "official", "diplomat",
        "diplomats", "negotiators", "negotiator"};
    return KEY_IN(k, words);
}

/* Links from relational phrases: "between X and Y", "X-Y", "X's ambassador
 * to Y", "Chinese ships in Japanese waters". */
static int relational(dyad_score_ctx *cx, const reader *r)
{
    for (size_t i = 0; i < r->nmen; i++) {
        const dyad_actor_hit *m = &r->men[i];
        uint32_t tk = m->tok - r->t0;
        /* two actors in one hyphenated token */
        if (i + 1 < r->nmen && r->men[i + 1].tok == m->tok &&
            !(tk + 1 < r->n &&   /* "an Iranian-American journalist" */
              (r->ti[tk + 1].ew & EW_PERSON)) &&
            push_link(cx, m->code, r->men[i + 1].code, LINK_PHRASE, 0))
            return DYAD_ENOMEM;
        /* between X and Y */
        for (uint32_t b = tk; b > 0 && b + 3 > tk; b--)
            if ((r->ti[b - 1].ew & EW_BETWEEN) && r->clause[b - 1] ==
                                                   r->clause[tk]) {
                group g = {0}, none = {0};
                target_after(r, tk, M_PLACE | M_BY | M_TOPIC, &none, &g);
                for (int x = 0; x < g.n; x++)
                    for (int y = x + 1; y < g.n; y++)
                        if (push_link(cx, g.code[x], g.code[y], LINK_PHRASE,
                                      0))
                            return DYAD_ENOMEM;
                break;
            }
        /* Y's ally X, X ... one of Y's staunch supporters */
        uint32_t e = tk + m->ntok;
        if (r->keys[e - 1].len != r->bkeys[e - 1].len &&
            r->mrole[i] == M_FREE) {
            static const char *const ally[] = {
                "ally", "allies", "supporter", "supporters", "partner",
                "partners", "friend", "friends", "backer", "backers",
                "supplier", "suppliers", "customer", "customers",
                "creditor", "creditors"};
            int is = 0;
            uint32_t j = e;
            for (; j < r->n && j < e + 3 && !is; j++)
                is = KEY_IN(r->bkeys[j], ally);
            long other = -1;
            for (size_t k = 0; k < i && is; k++)
                if ((r->mrole[k] & ~M_PLACE) == 0 &&
                    r->men[k].code != m->code)
                    other = (long)k;   /* the nearest before ("the harvest
                                        * in Cuba, China's supplier") */
            for (size_t k = i + 1; k < r->nmen && is && other < 0; k++)
                if (r->men[k].tok - r->t0 <= j + 1 &&
                    r->mrole[k] == M_FREE && r->men[k].code != m->code)
                    other = (long)k;   /* "America's ally Japan" */
            if (other >= 0 &&
                push_link(cx, m->code, r->men[other].code, LINK_PHRASE, 0))
                return DYAD_ENOMEM;
        }
        /* X ['s] NOUN PREP [the] Y (neither before a firm or market) */
        for (uint32_t j = e; j < r->n && j < e + 3 && !(r->mrole[i] & M_MOD);
             j++) {
            if (r->clause[j] != r->clause[tk] || (cx->erole[j] & R_ACTOR))
                break;
            int official = official_noun(r->bkeys[j]);
            /* "U.S. interests in Iran" (not a cue of its own: "oil and
             * gas interests in Britain's North Sea") */
            int interests = key_is(r->keys[j], "interests");
            if (!(r->ti[j].ew & EW_RELNOUN) && !official && !interests)
                continue;
            uint32_t p = j + 1;
            if (p >= r->n || r->clause[p] != r->clause[tk])
                break;
            /* "Chinese ships in Japanese waters", "U.S. Energy Secretary
             * in Morocco": forces or officials of one in the other */
            int ok = (r->ti[p].ew & EW_PREP) ||
                     ((r->ti[p].ew & EW_PLACE) &&
                      ((r->ti[j].ew & EW_MILNOUN) || official || interests));
            if (!ok)
                break;
            for (size_t k = i + 1; k < r->nmen; k++) {
                uint32_t tk2 = r->men[k].tok - r->t0;
                if (tk2 <= p)
                    continue;
                if (tk2 > p + 3 || r->clause[tk2] != r->clause[tk])
                    break;
                if (!only_conj(r, p + 1, tk2) ||
                    (r->mrole[k] & (M_MOD | M_TOPIC)))
                    break;
                if (push_link(cx, m->code, r->men[k].code, LINK_PHRASE, 0))
                    return DYAD_ENOMEM;
                break;
            }
            break;
        }
    }
    return DYAD_OK;
}

/* Is the mention that ends right before token j a name that can be a
 * subject ("Japan", "the U.S."), not an adjective ("Japanese") or a
 * possessive ("Japan's")? */
static int subject_name(const reader *r, uint32_t j)
{
    for (size_t i = 0; i < r->nmen; i++) {
        const dyad_actor_hit *m = &r->men[i];
        if (m->tok - r->t0 + m->ntok != j)
            continue;
        return !possessive(r, m) && adjectival(r, m) != 1;
    }
    return 0;
}

/* Is token j right after a country's official named as its subject
 * ("Dutch prime minister demands", "U.S. officials call")? A noun-like
 * verb there is a verb. */
static int official_subject(const reader *r, uint32_t j)
{
    /* "EC foreign ministers meeting here": a participle */
    if (j < 2 || !official_noun(r->bkeys[j - 1]) ||
        key_ends(r->keys[j], "ing", 3))
        return 0;
    for (size_t i = 0; i < r->nmen; i++) {
        uint32_t e = r->men[i].tok - r->t0 + r->men[i].ntok;
        if (e + 1 == j || (e + 2 == j && r->keys[e].len > 2 &&
                           !(r->ti[e].ew & (EW_PREP | EW_AND | EW_DET))))
            return r->mrole[i] == M_FREE && r->clause[e] == r->clause[j];
    }
    return 0;
}

/* The first free actor of the clause of token j (its subject), into g. */
static void first_in_clause(const reader *r, uint32_t j, group *g)
{
    g->n = 0;
    for (size_t i = 0; i < r->nmen; i++)
        if (r->mrole[i] == M_FREE &&
            r->clause[r->men[i].tok - r->t0] == r->clause[j]) {
            group_add(g, r->men[i].code);
            return;
        }
}

/* The other actor of a two-actor sentence than code, when a mention of
 * it in the clause of token j (with anywhere: in any clause; condemning
 * an attack "in Paris" is sympathy with France) is free (not a place,
 * mediator or topic), into g. */
static void other_actor(const reader *r, int code, uint32_t j, int anywhere,
                        group *g)
{
    g->n = 0;
    for (size_t i = 0; i < r->nmen; i++)
        if (r->men[i].code != code && r->mrole[i] == M_FREE &&
            (anywhere || r->clause[r->men[i].tok - r->t0] == r->clause[j])) {
            group_add(g, r->men[i].code);
            return;
        }
}

/* Does a tension hit of sentence si of len tokens or more start at token
 * t (of the doc), one of conflict (its weight, after negation, below 0)
 * when conflict? */
static int hit_from(const dyad_score_ctx *cx, const sent_info *si,
                    uint32_t t, size_t len, int conflict)
{
    for (uint32_t h = si->hit0; h < si->hit0 + si->nhits; h++)
        if (cx->hits[h].tok == t && cx->hits[h].ntok >= len &&
            (!conflict || cx->hits[h].weight < 0))
            return 1;
    return 0;
}

/* Is the mention at token tk the one "in support of", "on behalf of" or
 * "alongside" whom something is done? */
static int supported(const reader *r, uint32_t tk)
{
    uint32_t k = tk > 0 && key_is(r->keys[tk - 1], "the") ? tk - 1 : tk;
    if (k >= 1 && key_is(r->keys[k - 1], "alongside"))
        return 1;
    return k >= 2 && key_is(r->keys[k - 1], "of") &&
           (key_is(r->keys[k - 2], "support") ||
            key_is(r->keys[k - 2], "behalf"));
}

/* Does a tension hit of sentence si of the other sign than weight start
 * before token t (of the doc) and take it in ("suspends military
 * contacts": "contacts" is no verb of consultation)? */
static int tension_over(const dyad_score_ctx *cx, const sent_info *si,
                        uint32_t t, double weight)
{
    for (uint32_t h = si->hit0; h < si->hit0 + si->nhits; h++)
        if (cx->hits[h].tok < t && cx->hits[h].tok + cx->hits[h].ntok > t &&
            (cx->hits[h].weight < 0) != (weight < 0))
            return 1;
    return 0;
}

/* Is there a tension hit of conflict (weight -5 or less, not negated)
 * starting at one of the tokens [from, from + 3) of the sentence, over
 * determiners only? ("approved the annexation", "backed the strikes") Or
 * over "to" and a day ("voted on Thursday to freeze membership talks":
 * what is voted or decided is the act). */
static int conflict_object(const dyad_score_ctx *cx, const reader *r,
                           const sent_info *si, uint32_t from)
{
    static const char *const when[] = {
        "to", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "yesterday"};
    for (uint32_t k = from, w = 0; k < r->n && w < 3; k++) {
        for (uint32_t h = si->hit0; h < si->hit0 + si->nhits; h++)
            if (cx->hits[h].tok == r->t0 + k && cx->hits[h].weight <= -5 &&
                !cx->hits[h].negated)
                return 1;
        int day = KEY_IN(r->keys[k], when);   /* (its list unrolled once) */
        if (!(r->ti[k].ew & EW_DET) && !day)
            return 0;
        w += !day;
    }
    return 0;
}

/* Has the clause of token j an event between a and b whose verb comes
 * before j? Then a tension hit at j is in what the event is about ("the
 * two exchanged prisoners of war"), and adds nothing of its own. */
static int event_before(const dyad_score_ctx *cx, const reader *r,
                        const sent_info *si, int a, int b, uint32_t j)
{
    for (uint32_t k = si->ev0; k < si->ev0 + si->nev; k++) {
        const dyad_event *e = &cx->ev[k];
        uint32_t v = e->tok - r->t0;
        if (same_pair(e->src, e->tgt, a, b) && v < j &&
            r->clause[v] == r->clause[j])
            return 1;
    }
    return 0;
}

/* The host of the visit word at j: the country after it ("visit
 * Moscow", "trip to Washington", "tours of Britain", "arrived in
 * Beijing") or named as the place before it in its clause ("in Germany
 * for a three-day visit"); the visitor: the actors after "by" ("by Saudi
 * monarchs") or before the word in its clause. Visitor and host get CAMEO
 * 042 (make a visit) unless the sentence has an event of the two. */
static int visit(dyad_score_ctx *cx, const reader *r, const sent_info *si,
                 uint32_t j)
{
    long host = -1;
    for (size_t i = 0; i < r->nmen && host < 0; i++) {
        uint32_t tk = r->men[i].tok - r->t0;
        if (tk <= j || tk > j + 4 || r->clause[tk] != r->clause[j] ||
            (r->mrole[i] & M_LAND))
            continue;   /* a visit to Crimea is no visit to Ukraine */
        if (tk == j + 1 || (r->ti[tk - 1].ew & (EW_PREP | EW_PLACE)) ||
            ((r->ti[tk - 1].ew & EW_DET) && tk >= j + 2 &&
             (r->ti[tk - 2].ew & (EW_PREP | EW_PLACE))))
            host = (long)i;
    }
    for (size_t i = 0; i < r->nmen && host < 0; i++) {
        uint32_t tk = r->men[i].tok - r->t0;
        if (tk < j && r->clause[tk] == r->clause[j] &&
            (r->mrole[i] & (M_PLACE | M_LAND)) == M_PLACE)
            host = (long)i;
    }
    if (host < 0)
        return DYAD_OK;
    /* a visit cancelled or postponed ("cancelled a state visit to
     * Washington") is no visit: the tension term speaks */
    for (uint32_t h = si->hit0; h < si->hit0 + si->nhits; h++)
        if (cx->hits[h].weight < 0 && cx->hits[h].tok <= r->t0 + j &&
            cx->hits[h].tok + cx->hits[h].ntok > r->t0 + j)
            return DYAD_OK;
    uint32_t ht = r->men[host].tok - r->t0;
    group src;
    agent_after(r, ht, &src);
    /* "a visit to Tokyo by a senior State Department official": the
     * visitor after "by", over the words before its name */
    uint32_t he = ht + r->men[host].ntok;
    if (!src.n && he < r->n && key_is(r->keys[he], "by"))
        for (size_t i = (size_t)host + 1; i < r->nmen; i++) {
            uint32_t tk = r->men[i].tok - r->t0;
            int over = tk <= he + 4 && r->clause[tk] == r->clause[j];
            for (uint32_t k = he + 1; k < tk && over; k++)
                over = !(r->ti[k].ew & (EW_PREP | EW_PLACE | EW_TOPIC |
                                     EW_BY));   /* "by train from" */
            if (over)
                group_add(&src, r->men[i].code);
            break;
        }
    if (!src.n)
        source_before(r, j < ht ? j : ht, &src);
    int h = r->men[host].code;
    if (!src.n || group_has(&src, h))
        return DYAD_OK;
    dyad_event e = {0};
    e.sent = (uint32_t)(si - cx->si);
    e.tok = r->t0 + j;
    e.ntok = 1;
    if (!set_code(r->ev, &e, "042"))
        return DYAD_OK;
    group tgt = {{h}, 1, ht, ht};
    for (uint32_t k = si->ev0; k < cx->nev; k++)
        for (int a = 0; a < src.n; a++)
            if (same_pair(cx->ev[k].src, cx->ev[k].tgt, src.code[a], h))
                return DYAD_OK;
    return emit(cx, &src, &tgt, e, 0);
}

/* Does the clause of token from, after it, press for something? 2: "or
 * face"; 1: "to cut", "to open", "to resolve" and the like, or a conflict
 * term of weight -4 or less, not negated, not undone by a reversal word
 * ("end", "lift") before it, not warded off ("from", "rather than",
 * "avoid"); 0: no. An appeal or a wish that presses is a demand ("called
 * on Japan to open its markets"); anything cooperative before "or face"
 * is ("told Japan to resolve the row or face ..."), and so is one whose
 * object is what the other must give ("seeks concessions", "an
 * apology"). */
/* A verb in the past tense at k: any form in -ed, or an event verb of
 * the common irregular ones. */
static int past_verb(const reader *r, uint32_t k)
{
    static const char *const irregular[] = {
        "struck", "shot", "fought", "sent", "took", "met", "began", "hit",
        "overran", "broke", "held"};
    dyad_span t = r->keys[k];
    /* a form in -ed need not be an event verb ("coast guard ships used
     * water cannon") */
    if (t.len >= 4 && key_ends(t, "ed", 2) &&
        !(r->cx->erole[k] & R_ACTOR))
        return 1;
    return r->ti[k].ehead != DYAD_PHRASES_NONE && KEY_IN(t, irregular);
}

/* An actor, not a possessive, one or two words before "to" at k and
 * after from, with no verb between ("the United States agreed to" is
 * the next clause's source). */
static int asked_before(const dyad_score_ctx *cx, const reader *r,
                        uint32_t from, uint32_t k)
{
    for (uint32_t b = k; b > from && b + 2 >= k; b--) {
        if (r->ti[b - 1].ehead != DYAD_PHRASES_NONE)
            return 0;
        if ((cx->erole[b - 1] & R_ACTOR) &&
            r->keys[b - 1].len == r->bkeys[b - 1].len)
            return 1;
    }
    return 0;
}

/* Is the conflict term at [j, e) directed "against" or "on" another than
 * the one asked, who is named between from and j ("asked the United
 * States for more air strikes against Islamic State", "asks Japan for
 * sanctions on Russia")? Then it is what the asked one is to do for the
 * source, no pressure on it. */
static int against_other(const reader *r, uint32_t from, uint32_t j,
                         uint32_t e)
{
    uint32_t p = e > j && (key_is(r->keys[e - 1], "against") ||
                           key_is(r->keys[e - 1], "on"))
                     ? e - 1
                     : e;
    if (p >= r->n ||
        !(key_is(r->keys[p], "against") || key_is(r->keys[p], "on")))
        return 0;
    int asked = -1, other = -1;
    for (size_t i = 0; i < r->nmen; i++) {
        uint32_t tk = r->men[i].tok - r->t0;
        if (tk >= from && tk < j && asked < 0)
            asked = r->men[i].code;
        if (tk > p && other < 0 && tk <= p + 4)
            other = r->men[i].code;
    }
    /* "on" names an opponent only as a country ("tariffs on its copper"
     * are the asked one's) */
    return asked >= 0 && other != asked &&
           (other >= 0 || key_is(r->keys[p], "against"));
}

static int pressing(const dyad_score_ctx *cx, const reader *r,
                    const sent_info *si, uint32_t from)
{
    if (from >= r->n)
        return 0;
    uint16_t c = r->clause[from];
    uint32_t rev = r->n, k = from;
    /* to the clause's end, or an "and" before another verb ("appeals to
     * the past and accuses Japan of ...") */
    static const char *const asks[] = {"cut", "reduce", "open", "clarify",
                                       "curb", "resolve", "change", "narrow",
                                       "limit", "restrain", "comply",
                                       "withdraw", "stop", "halt", "release",
                                       "free", "extradite", "stick", "abide",
                                       "honour", "honor", "respect",
                                       "implement", "fulfil", "fulfill",
                                       "pull"};
    /* "seeks major Japanese economic change", "seeks an apology from":
     * the object is what the target must give */
    static const char *const gives[] = {"change", "changes", "concession",
                                        "concessions", "apology",
                                        "compensation", "explanation",
                                        "withdrawal", "extradition"};
    int ask = 0;
    for (; k < r->n && k < from + 16 && r->clause[k] == c; k++) {
        if (k < from + 6 && !ask)
            ask = KEY_IN(r->bkeys[k], gives);
        if (key_is(r->keys[k], "or") && k + 1 < r->n &&
            key_is(r->keys[k + 1], "face"))
            return 2;
        /* "urged Japan to cut its deficit", "asked the Japanese
         * government to open its markets": the one asked stands before
         * "to" ("agreed to cut its deficit" is done by the source) */
        if (rev == r->n && key_is(r->keys[k], "to") && k + 1 < r->n &&
            asked_before(cx, r, from, k) && !ask)
            ask = KEY_IN(r->bkeys[k + 1], asks);
        if ((r->ti[k].ew & EW_AND) && k + 1 < r->n &&
            r->ti[k + 1].ehead != DYAD_PHRASES_NONE)
            break;
        if ((r->ti[k].ew & EW_REVERSE) && rev == r->n)
            rev = k;
    }
    if (ask)
        return 1;
    if (k < rev)
        rev = k;
    for (uint32_t h = si->hit0; h < si->hit0 + si->nhits; h++) {
        const thit *t = &cx->hits[h];
        uint32_t j = t->tok - r->t0;
        if (j < from || j >= rev || r->clause[j] != c || t->negated ||
            t->weight > -4 || (cx->erole[j] & (R_ACTOR | R_TOPIC)))
            continue;   /* not a topic: "backs Belarus leader amid protests" */
        /* "protect X from attack", "rather than a trade war": what is
         * warded off */
        int off = 0;
        for (uint32_t b = j; b > from && b + 3 > j && !off; b--)
            off = key_is(r->keys[b - 1], "from") ||
                  key_is(r->keys[b - 1], "than") ||
                  key_is(r->keys[b - 1], "avoid") ||
                  key_is(r->keys[b - 1], "avert") ||
                  key_is(r->keys[b - 1], "prevent");
        if (!off && !against_other(r, from, j, j + t->ntok))
            return 1;
    }
    return 0;
}

/* Is mention i one of a list of three or more actors ("Brazil, Colombia
 * and Peru")? */
static int in_list(const reader *r, size_t i)
{
    size_t a = i, b = i;
    while (a > 0 &&
           only_conj(r, r->men[a - 1].tok - r->t0 + r->men[a - 1].ntok,
                     r->men[a].tok - r->t0) &&
           r->clause[r->men[a - 1].tok - r->t0] ==
               r->clause[r->men[a].tok - r->t0])
        a--;
    while (b + 1 < r->nmen &&
           only_conj(r, r->men[b].tok - r->t0 + r->men[b].ntok,
                     r->men[b + 1].tok - r->t0) &&
           r->clause[r->men[b + 1].tok - r->t0] ==
               r->clause[r->men[b].tok - r->t0])
        b++;
    int codes[3], n = 0;
    for (size_t k = a; k <= b && n < 3; k++) {
        int seen = 0;
        for (int x = 0; x < n; x++)
            seen |= codes[x] == r->men[k].code;
        if (!seen)
            codes[n++] = r->men[k].code;
    }
    return n >= 3;
}

/* Does actor a take part in an event or link of sentence si? */
static int takes_part(const dyad_score_ctx *cx, const sent_info *si, int a)
{
    for (size_t k = si->ev0; k < cx->nev; k++)
        if (cx->ev[k].src == a || cx->ev[k].tgt == a)
            return 1;
    for (size_t k = si->ln0; k < cx->nln; k++)
        if (cx->ln[k].a == a || cx->ln[k].b == a)
            return 1;
    return 0;
}

/* Are a and b named once each, side by side in one conjoined group ("China
 * and India demand more crude", "an earthquake hits Turkey and Greece",
 * "the Pope visits Mexico and Cuba"), with no word of a relation right
 * after it ("Tokyo and Washington remain far apart on auto trade")? Two
 * that do or undergo something together are not thereby related: the
 * cue alone does not link them (an event between them, a relational
 * phrase or a tension term still does). Relations dev set: NONE
 * precision 0.727 -> 0.753, one labelled pair (low confidence) lost. */
static int conjoined_only(const reader *r, int a, int b)
{
    size_t na = 0, nb = 0;
    int side = 0;
    for (size_t i = 0; i < r->nmen; i++) {
        na += r->men[i].code == a;
        nb += r->men[i].code == b;
        if (i + 1 < r->nmen &&
            ((r->men[i].code == a && r->men[i + 1].code == b) ||
             (r->men[i].code == b && r->men[i + 1].code == a))) {
            uint32_t e = r->men[i].tok - r->t0 + r->men[i].ntok;
            uint32_t f = r->men[i + 1].tok - r->t0;
            side |= e < f && only_conj(r, e, f) &&
                    r->clause[e - 1] == r->clause[f] &&
                    !relation_word(r, f + r->men[i + 1].ntok, 6);
        }
    }
    return side && na == 1 && nb == 1;
}

/* Is mention i the subject of its clause: the first free mention there,
 * a name (no adjective or possessive) right before a verb? */
static int clause_subject(const reader *r, size_t i)
{
    uint32_t tk = r->men[i].tok - r->t0, e = tk + r->men[i].ntok;
    for (size_t k = 0; k < i; k++)
        if (r->clause[r->men[k].tok - r->t0] == r->clause[tk])
            return 0;
    return e < r->n && r->clause[e] == r->clause[tk] &&
           r->ti[e].ehead != DYAD_PHRASES_NONE &&
           subject_name(r, e);
}

/* Is the verb after mention i (or after its official) one of saying
 * ("The United States said a new attack by Iran ...")? What a speaker
 * reports is no act on it. */
static int reports(const reader *r, size_t i)
{
    static const char *const say[] = {"said", "says", "say", "told",
                                       "tells", "stated", "added", "noted"};
    uint32_t e = r->men[i].tok - r->t0 + r->men[i].ntok;
    for (uint32_t k = e; k < e + 3 && k < r->n; k++)
        if (KEY_IN(r->keys[k], say))
            return 1;
    return 0;
}

/* Is mention i followed by an official or a body of its state and a verb
 * ("South Korea's president vowed", "Japan's foreign minister said",
 * "Ukraine's parliament appeals")? */
static int official_before_verb(const reader *r, size_t i)
{
    uint32_t e = r->men[i].tok - r->t0 + r->men[i].ntok;
    for (uint32_t k = e; k < e + 2 && k + 1 < r->n; k++)
        if (official_noun(r->bkeys[k]) || (r->ti[k].ew & EW_STATENOUN))
            return r->ti[k + 1].ehead != DYAD_PHRASES_NONE;
    return 0;
}

/* The mention of a demonym or a possessive right before token j
 * ("Russian aggression", "Russia's aggression"), or -1. */
static long owner_before(const reader *r, uint32_t j)
{
    for (size_t i = 0; i < r->nmen; i++) {
        const dyad_actor_hit *m = &r->men[i];
        uint32_t end = m->tok - r->t0 + m->ntok;
        if (end != j || (r->mrole[i] & (M_MOD | M_BY | M_LAND)))
            continue;
        return adjectival(r, m) == 1 || possessive(r, m) ? (long)i : -1;
    }
    return -1;
}

/* "vowed stern retaliation against any further provocation by
 * Pyongyang", "Kuwait, whose shipping has come under repeated attack by
 * Iran": the country right after "by" that ends a conflict term (weight
 * -4 or less, not negated) does it, to the subject of the term's clause
 * (a name right before its verb, see clause_subject): a link of the two
 * with the term. The agent is otherwise no party (M_BY), and a subject
 * is asked for because a country merely named nearby ("120 miles east of
 * Bahrain ... after an attack by Iraqi jets") is none. So does the
 * country whose demonym or possessive stands right before a term that
 * nothing else linked ("Ukraine's parliament appeals to UN over Russian
 * aggression"). */
static int agent_links(dyad_score_ctx *cx, const reader *r,
                       const sent_info *si)
{
    for (uint32_t h = si->hit0; h < si->hit0 + si->nhits; h++) {
        const thit *t = &cx->hits[h];
        if (t->weight > -4 || t->negated || t->linked < 0)
            continue;
        uint32_t j = t->tok - r->t0, e = j + t->ntok;
        long x = e + 1 < r->n && (r->ti[e].ew & EW_BY) ? mention_at(r, e + 1)
                                                       : -1;
        if (x >= 0 && (!(r->mrole[x] & M_BY) || (r->mrole[x] & M_MOD)))
            continue;
        if (x < 0 && (t->linked || (x = owner_before(r, j)) < 0))
            continue;
        for (size_t i = 0; i < r->nmen; i++) {
            uint32_t tk = r->men[i].tok - r->t0;
            if (tk >= j || r->clause[tk] != r->clause[j] ||
                r->mrole[i] != M_FREE || r->men[i].code == r->men[x].code ||
                !(clause_subject(r, i) || official_before_verb(r, i)) ||
                reports(r, i))
                continue;
            if (push_link(cx, r->men[x].code, r->men[i].code, LINK_HIT, h))
                return DYAD_ENOMEM;
            break;
        }
    }
    return DYAD_OK;
}

/* A headline that gives a speaker and what was said ("Iran's Rouhani:
 * Israel is a 'cancerous tumour'", "China: US arms sales to Taiwan
 * 'seriously damage' ties", "Trudeau and Biden: 'our countries have
 * never been closer'"): the countries named before a colon among the
 * first six words speak, and each is linked with each country named
 * freely after it (or, with none there, with the other speaker), the
 * statement's sign coming from its terms and tone. */
static int speaker_links(dyad_score_ctx *cx, const reader *r)
{
    uint32_t c = 0;
    for (uint32_t k = 1; k < r->n && k < 6 && !c; k++)
        if (gap_at(r, k) & GAP_COLON)
            c = k;
    if (!c)
        return DYAD_OK;
    int spk[2], ns = 0;
    for (size_t i = 0; i < r->nmen; i++) {
        uint32_t tk = r->men[i].tok - r->t0;
        if (tk >= c || (r->mrole[i] & (M_MOD | M_LAND)) ||
            (ns > 0 && spk[0] == r->men[i].code) ||
            (ns > 1 && spk[1] == r->men[i].code))
            continue;
        if (ns == 2)
            return DYAD_OK;   /* a list speaks for no one */
        spk[ns++] = r->men[i].code;
    }
    int heard = 0;
    for (size_t i = 0; i < r->nmen && ns; i++) {
        uint32_t tk = r->men[i].tok - r->t0;
        if (tk < c || r->mrole[i] != M_FREE)
            continue;
        for (int a = 0; a < ns; a++)
            if (r->men[i].code != spk[a]) {
                heard = 1;
                if (push_link(cx, spk[a], r->men[i].code, LINK_PHRASE, 0))
                    return DYAD_ENOMEM;
            }
    }
    if (!heard && ns == 2 &&
        push_link(cx, spk[0], spk[1], LINK_PHRASE, 0))
        return DYAD_ENOMEM;
    return DYAD_OK;
}

/* The links of a sentence with a cue: every two actors with a free
 * mention outside a list, when neither takes part in an event or link,
 * or one does and the other is named in its clause (a third country in
 * another clause than an event is not in it). */
static int cue_link(dyad_score_ctx *cx, const reader *r, const sent_info *si,
                    int strong)
{
    int st[64];
    uint64_t cl[64];   /* clauses of the free mentions (bits, mod 64) */
    unsigned char part[64];
    unsigned char own[64];   /* every mention the subject of its clause */
    size_t n = 0;
    /* a conflict term in the sentence: a country named as place takes
     * part too ("tariffs imposed in Japan", "sanctions debated in
     * Washington") */
    unsigned allow = strong ? M_PLACE | M_LAND : 0;
    for (uint32_t h = si->hit0; h < si->hit0 + si->nhits && !allow; h++)
        if (cx->hits[h].weight <= -4 && !cx->hits[h].negated &&
            cx->hits[h].linked >= 0)
            allow = M_PLACE | M_LAND;
    for (size_t i = 0; i < r->nmen; i++) {
        /* a capital named as a place is taken by an event or phrase only;
         * a territory, always a place, as a country named as one is */
        if ((r->mrole[i] & ~allow) || in_list(r, i) ||
            r->men[i].place == DYAD_PLACE_CAPITAL)
            continue;
        size_t x = 0;
        while (x < n && st[x] != r->men[i].code)
            x++;
        if (x == n) {
            if (n == 64)
                continue;
            st[n] = r->men[i].code;
            cl[n] = 0;
            part[n] = (unsigned char)takes_part(cx, si, st[n]);
            own[n] = 1;
            n++;
        }
        /* the speaker of a closing attribution is in no clause of the
         * events it reports (", German officials said") */
        uint32_t tk = r->men[i].tok - r->t0;
        cl[x] |= 1ULL << ((r->clause[tk] + (tk >= r->says ? 32 : 0)) & 63);
        own[x] &= (unsigned char)clause_subject(r, i);
    }
    /* two countries each the subject of a clause of its own ("after
     * Saudi Arabia said it would cut output, while Iran pledged to raise
     * exports") are not related by the cue */
    for (size_t x = 0; x < n; x++)
        for (size_t y = x + 1; y < n; y++)
            if (!(part[x] && part[y]) &&
                (!(part[x] || part[y]) || (cl[x] & cl[y])) &&
                !(own[x] && own[y] && !(cl[x] & cl[y])) &&
                !conjoined_only(r, st[x], st[y]) &&
                push_link(cx, st[x], st[y], LINK_CUE, 0))
                return DYAD_ENOMEM;
    return DYAD_OK;
}

/* Is hit t, at token j, an act its owner names right before it ("the
 * planned American sanctions", "U.S. tariffs")? In a sentence of two
 * countries such a measure is aimed at the other, wherever it is named
 * ("... but a U.S. official said the talks would not delay the planned
 * American sanctions"). */
static int owned_act(const reader *r, const thit *t, uint32_t j)
{
    if (t->negated || t->entry->mode != DYAD_MODE_ACT || t->weight > -4)
        return 0;
    for (size_t i = 0; i < r->nmen; i++)
        if (r->men[i].tok - r->t0 + r->men[i].ntok == j &&
            r->mrole[i] == M_FREE)
            return 1;
    return 0;
}

/* An event of code from src on tgt over tokens [from, to) of sentence s
 * (of reader r); DYAD_ENOMEM, DYAD_OK also when the code is unknown. */
static int emit_span(dyad_score_ctx *cx, const reader *r, size_t s,
                     const group *src, const group *tgt, uint32_t from,
                     uint32_t to, const char *code)
{
    dyad_event e = {0};
    e.sent = (uint32_t)s;
    e.tok = r->t0 + from;
    e.ntok = to - from;
    return set_code(r->ev, &e, code) ? emit(cx, src, tgt, e, 0) : DYAD_OK;
}

/* "executed two drug smugglers despite pleas from Canberra": what a
 * clause's subject did despite another country's pleas, appeals or
 * objections rejects them (CAMEO 120), though the country is named in a
 * topic. A tension term there speaks for itself ("despite criticism
 * from Beijing": Beijing criticises, the term's source after "from"). */
DYAD_COLD static int despite_pleas(dyad_score_ctx *cx, const reader *r,
                              const sent_info *si, size_t s)
{
    static const char *const pleas[] = {
        "plea",      "pleas",      "appeal",   "appeals", "objection",
        "objections", "calls",     "request",  "requests", "entreaties"};
    const dyad_sentence *st = &cx->doc.sent[s];
    for (uint32_t j = 0; j + 3 < r->n; j++) {
        if (!key_is(r->keys[j], "despite"))
            continue;
        uint32_t k = j + 1;   /* over a word ("repeated pleas") */
        if (!KEY_IN(r->keys[k], pleas))
            k++;
        if (k + 2 >= r->n || !KEY_IN(r->keys[k], pleas) ||
            !(key_is(r->keys[k + 1], "from") ||
              key_is(r->keys[k + 1], "by")) ||
            hit_from(cx, si, st->tok + k, 1, 0))
            continue;
        uint32_t at = k + 2 + key_is(r->keys[k + 2], "the");
        size_t m = 0;
        while (m < r->nmen && r->men[m].tok - r->t0 != at)
            m++;
        if (m == r->nmen)
            continue;
        group src, tgt = {0};
        source_before(r, j, &src);
        if (!src.n || group_has(&src, r->men[m].code))
            continue;
        group_add(&tgt, r->men[m].code);
        if (emit_span(cx, r, s, &src, &tgt, j, at + r->men[m].ntok, "120"))
            return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

/* "despite Iranian charges that Kuwait is supporting Iraq", "Russia's
 * accusations that Ukraine shelled the town": a country's charges,
 * accusations, allegations or claims that another did something accuse
 * the other (CAMEO 112), in a topic too: the one named right before the
 * noun (a demonym or a possessive) accuses the subject of the clause
 * after "that". */
static int charges_that(dyad_score_ctx *cx, const reader *r,
                        const sent_info *si, size_t s)
{
    static const char *const charges[] = {
        "charges",    "charge",      "accusations", "accusation",
        "allegations", "allegation", "claims"};
    const dyad_sentence *st = &cx->doc.sent[s];
    for (size_t i = 0; i + 1 < r->nmen; i++) {
        uint32_t j = r->men[i].tok - r->t0 + r->men[i].ntok;
        if (j + 2 >= r->n || !KEY_IN(r->keys[j], charges) ||
            !key_is(r->keys[j + 1], "that"))
            continue;
        uint32_t at = j + 2 + key_is(r->keys[j + 2], "the");
        const dyad_actor_hit *o = &r->men[i + 1];
        /* a name before it is the verb's subject ("The EC claims that"),
         * and a verb already read the noun ("U.S. charges that Japan") */
        int read = subject_name(r, j);
        for (size_t k = si->ev0; k < cx->nev && !read; k++)
            read = cx->ev[k].tok <= st->tok + j &&
                   st->tok + j < cx->ev[k].tok + cx->ev[k].ntok;
        if (read || o->tok - r->t0 != at || o->code == r->men[i].code)
            continue;
        group src = {0}, tgt = {0};
        group_add(&src, r->men[i].code);
        group_add(&tgt, o->code);
        if (emit_span(cx, r, s, &src, &tgt, j, at + o->ntok, "112"))
            return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

/* Is mention m a territory (lexicons/territories.tsv) or a state's
 * breakaway land ("Georgia's breakaway regions")? */
static int disputed_land(const reader *r, size_t m)
{
    static const char *const breakaway[] = {"breakaway", "separatist",
                                            "rebel", "secessionist"};
    static const char *const lands[] = {
        "region",    "regions",   "republic",  "republics", "province",
        "provinces", "territory", "territories", "enclave", "enclaves"};
    if (r->men[m].place == DYAD_PLACE_TERRITORY)
        return 1;
    uint32_t e = r->men[m].tok - r->t0 + r->men[m].ntok;
    return e + 1 < r->n && KEY_IN(r->keys[e], breakaway) &&
           KEY_IN(r->keys[e + 1], lands);
}

/* An event of code (a claim, 128 or 100) from the actors before token j
 * in its clause on the state of land mention m, over tokens j to m's
 * end. */
static int claim_land(dyad_score_ctx *cx, const reader *r, size_t s,
                      uint32_t j, size_t m, const char *code)
{
    group src, tgt = {0};
    source_before(r, j, &src);
    group_add(&tgt, r->men[m].code);
    return src.n ? emit_span(cx, r, s, &src, &tgt, j,
                             r->men[m].tok - r->t0 + r->men[m].ntok, code)
                 : DYAD_OK;
}

/* A state's territory claimed or its secession recognised by another:
 * "Russia recognises independence of Abkhazia and South Ossetia",
 * "recognizes the independence of Georgia's breakaway regions" defy the
 * sovereignty of the state the land belongs to (CAMEO 128, as a
 * territory recognised by name: defied); "China claims sovereignty over
 * the Senkaku islands", "reasserts its claim to the Diaoyu islands"
 * demand it (100: PETRARCH codes "claim to territory" so). The tension
 * term "recogni* independence" reads a new state welcomed, which a
 * territory is not. Source: the actors before the words in their
 * clause; the land's own state claims nothing of itself. */
static int territory_claims(dyad_score_ctx *cx, const reader *r, size_t s)
{
    static const char *const statehood[] = {"independence", "statehood",
                                            "sovereignty"};
    static const char *const over[] = {"over", "to"};
    for (uint32_t j = 0; j + 3 < r->n && (r->words & SW_CLAIM); j++) {
        const char *code;
        uint32_t k = j + 1;
        if (KEY_IN(r->keys[j], recognise_words)) {
            k += key_is(r->keys[k], "the");
            if (k + 2 > r->n || !KEY_IN(r->keys[k], statehood) ||
                !key_is(r->keys[k + 1], "of"))
                continue;
            k += 2;
            code = "128";
        } else if ((key_is(r->keys[j], "sovereignty") ||
                    KEY_IN(r->keys[j], claim_words)) &&
                   KEY_IN(r->keys[k], over)) {
            k++;
            code = "100";
        } else {
            continue;
        }
        long m = mention_at(r, k);
        if (m < 0 || !disputed_land(r, (size_t)m))
            continue;
        if (claim_land(cx, r, s, j, (size_t)m, code) != DYAD_OK)
            return DYAD_ENOMEM;
    }
    /* "China says the Diaoyu islands are its inherent territory" */
    static const char *const be[] = {"is", "are"};
    static const char *const its[] = {"its", "their"};
    for (size_t m = 0; m < r->nmen; m++) {
        uint32_t e = r->men[m].tok - r->t0 + r->men[m].ntok;
        e += e < r->n && key_is(r->keys[e], "islands");
        if (r->men[m].place != DYAD_PLACE_TERRITORY || e + 2 >= r->n ||
            !KEY_IN(r->keys[e], be))
            continue;
        for (uint32_t k = e + 1; k + 1 < r->n && k < e + 6; k++)
            if (KEY_IN(r->keys[k], its) &&
                (key_is(r->keys[k + 1], "territory") ||
                 (k + 2 < r->n && key_is(r->keys[k + 2], "territory")))) {
                if (claim_land(cx, r, s, r->men[m].tok - r->t0, m, "100"))
                    return DYAD_ENOMEM;
                break;
            }
    }
    return DYAD_OK;
}

/* What a clause does at another country's request is done with it
 * (CAMEO 060, material cooperation), not to it: the requester's
 * mentions are no party of the sentence's events and links (M_BY, set
 * by read_structure from requester). */
static int request_granted(dyad_score_ctx *cx, const reader *r, size_t s)
{
    int asked = r->asked;
    uint32_t at = r->ask_at, end = r->ask_end;
    if (asked < 0)
        return DYAD_OK;
    group src, tgt = {0};
    source_before(r, at, &src);
    /* "At the request of the Mexican Government, we have lifted the
     * embargo": the country named freely right after it (its noun
     * between) */
    for (size_t i = 0; i < r->nmen && !src.n; i++) {
        uint32_t tk = r->men[i].tok - r->t0;
        if (tk >= end && tk <= end + 2 && r->mrole[i] == M_FREE &&
            r->men[i].code != asked)
            group_add(&src, r->men[i].code);
    }
    group_add(&tgt, asked);
    return src.n ? emit_span(cx, r, s, &src, &tgt, at, end, "060")
                 : DYAD_OK;
}

/* "Philippines takes China to international tribunal", "took Japan to
 * the WTO": a country taken to a court, a tribunal or arbitration is
 * sued (CAMEO 115, bring lawsuit against). */
static int taken_to_court(dyad_score_ctx *cx, const reader *r, size_t s)
{
    static const char *const courts[] = {
        "court", "tribunal", "arbitration", "wto", "icj", "courts"};
    for (uint32_t j = 0; j + 3 < r->n; j++) {
        if (!KEY_IN(r->keys[j], take_words))
            continue;
        long m = mention_at(r, j + 1);
        if (m < 0)
            continue;
        uint32_t k = r->men[m].tok - r->t0 + r->men[m].ntok;
        if (k + 1 >= r->n || !key_is(r->keys[k], "to"))
            continue;
        uint32_t c = k + 1;
        while (c < r->n && c < k + 4 && !KEY_IN(r->keys[c], courts))
            c++;
        if (c == r->n || c == k + 4)
            continue;
        group src, tgt = {0};
        source_before(r, j, &src);
        group_add(&tgt, r->men[m].code);
        if (src.n && !group_has(&src, r->men[m].code) &&
            emit_span(cx, r, s, &src, &tgt, j, c + 1, "115"))
            return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

/* Is hit t, at token j, a measure of material conflict that its
 * clause's subject faces ("faces more possible sanctions")? */
static int faced(const reader *r, const thit *t, uint32_t j)
{
    static const char *const face[] = {"face", "faces", "faced", "facing"};
    if (t->negated || t->entry->mode != DYAD_MODE_ACT)
        return 0;
    for (uint32_t k = j; k > 0 && k + 4 > j; k--)
        if (KEY_IN(r->keys[k - 1], face))
            return 1;
    return 0;
}

/* Is a tension term one of military drills ("military drill*", "naval
 * exercise*", "war games"), with no place in it ("drills near")? Its
 * last word says. */
static int drill_term(const char *term)
{
    const char *w = strrchr(term, ' ');
    w = w ? w + 1 : term;
    return strncmp(w, "drill", 5) == 0 || strncmp(w, "exercise", 8) == 0 ||
           strcmp(w, "games") == 0 || strncmp(w, "manoeuvre", 9) == 0 ||
           strncmp(w, "maneuver", 8) == 0;
}

/* The first look at sentence st (of two actors): the flags of the gaps
 * before its tokens (gap_at) and after the last, and R_PERSON, into
 * cx->erole (no other bits); the SW_* words it has (its bits). The gap
 * before the first token is the previous sentence's, and after the last
 * the next one's. One pass, where sports, read_structure (the gaps),
 * first_person (22 words in each of up to 15 tokens after each verb and
 * term), requester, despite_pleas, territory_claims and taken_to_court
 * each walked the tokens: on all of Reuters-21578 dyad_events__sentence
 * 167.03M -> 143.91M instructions (target_after 12.96M -> 2.3M), the run
 * 1,284.80M -> 1,261.81M. */
static unsigned scan_sentence(dyad_score_ctx *cx, const dyad_events *ev,
                              const dyad_sentence *st)
{
    const dyad_doc *d = &cx->doc;
    const dyad_token *t = d->tok + st->tok;
    const dyad_span *keys = cx->keys + st->tok;
    unsigned char *role = cx->erole;
    uint32_t n = st->ntok;
    unsigned found = 0;
    role[0] = (unsigned char)(st->tok > 0 ? gap_flags(d, st->tok) << R_GAP_SHIFT
                                          : 0);
    role[n] = (unsigned char)(st->tok + n < d->ntok
                                  ? gap_flags(d, st->tok + n) << R_GAP_SHIFT
                                  : 0);
    /* the end of the token before: a gap of one space is most common,
     * then a line's end, then ", " (gap_flags_of asked of each of the
     * last two: dyad_events__sentence 123.77M -> 123.33M instructions on all
     * of Reuters-21578) */
    uint32_t end = t[0].off + t[0].len;
    for (uint32_t j = 0; j < n; j++) {
        if (j > 0) {
            const char *g = d->text + end;
            uint32_t off = t[j].off;
            unsigned f = 0;
            if (off != end + 1 || g[0] != ' ') {
                uint32_t len = off > end ? off - end : 0;
                if (len == 2 && g[0] == ',' && g[1] == ' ')
                    f = GAP_COMMA;
                else if (len != 1 || g[0] != '\n')
                    f = gap_flags_of(d, st->tok + j, (dyad_span){g, len});
            }
            role[j] = (unsigned char)(f << R_GAP_SHIFT);
            end = t[j].off + t[j].len;
        }
        dyad_span k = keys[j];
        if (k.len < 2 || k.len >= SCAN_LEN ||
            !(ev->scan_last[k.len][k.ptr[0] & 31] >> (k.ptr[k.len - 1] & 31) &
              1))
            continue;
        for (size_t x = ev->scan_at[k.len]; x < ev->scan_at[k.len + 1]; x++)
            /* (the second byte too before a memcmp: "summer" passes the
             * filter of "soccer"; with conflict_object asking its list
             * once a token, dyad_events__sentence 110.54M -> 110.30M
             * instructions on all of Reuters-21578, 70.01M -> 69.85M on
             * the speeches) */
            if (k.ptr[0] == ev->scan[x].s[0] && k.ptr[1] == ev->scan[x].s[1] &&
                memcmp(k.ptr, ev->scan[x].s, k.len) == 0) {
                found |= ev->scan[x].what;
                if (ev->scan[x].what & SW_PERSON)
                    role[j] |= R_PERSON;
            }
    }
    return found;
}

/* Does sentence st open with a natural disaster as its subject
 * ("Earthquake shakes Iran and Iraq border region, killing hundreds",
 * "A powerful typhoon batters the Philippines")? What it does relates
 * no states: the countries named are where it struck. */
DYAD_NOINLINE static int disaster(const dyad_score_ctx *cx,
                             const dyad_sentence *st)
{
    static const char *const nature[] = {
        "earthquake", "earthquakes", "quake", "quakes", "storm", "storms",
        "typhoon", "typhoons", "hurricane", "hurricanes", "cyclone",
        "cyclones", "flood", "floods", "flooding", "tsunami", "wildfire",
        "wildfires", "avalanche", "landslide", "landslides", "drought",
        "eruption", "heatwave", "blizzard", "tornado", "tornadoes"};
    /* its first word, or after an article, a strength or a magnitude
     * ("A 7.8-magnitude quake"; not "Iranian protesters storm ...") */
    static const char *const before[] = {
        "a", "an", "the", "powerful", "massive", "deadly", "strong",
        "huge", "major", "tropical", "severe", "heavy", "violent",
        "magnitude", "super", "monster"};
    for (uint32_t i = st->tok; i < st->tok + st->ntok && i < st->tok + 4;
         i++) {
        dyad_span k = cx->keys[i];
        if (KEY_IN(k, nature))
            return 1;
        if (!KEY_IN(k, before) && !(k.len && k.ptr[0] >= '0' && k.ptr[0] <= '9'))
            return 0;
    }
    return 0;
}

/* dyad_events__sentence of a sentence of two actors or more. Apart:
 * the stage is asked of every sentence, and 94% of those of
 * Reuters-21578 have fewer actors; with the reading inline each paid
 * its entry and exit (six registers saved and restored, its frame) and
 * the look-up of the tables: dyad_events__sentence 131.06M -> 127.32M
 * instructions on all of Reuters-21578. */
DYAD_NOINLINE
static int read_sentence(dyad_score_ctx *cx, size_t s)
{
    sent_info *si = &cx->si[s];
    const dyad_events *ev = dyad_lex_events(cx->sc->lex);
    const dyad_sentence *st = &cx->doc.sent[s];
    size_t need = st->ntok + 1;
    if (need > cx->escr_cap) {
        size_t c2 = cx->escr_cap, c3 = cx->escr_cap;
        if (dyad_grow(&cx->eclause, &c2, need, sizeof *cx->eclause) < 0 ||
            dyad_grow(&cx->erole, &c3, need, 1) < 0)
            return DYAD_ENOMEM;
        cx->escr_cap = c2 < c3 ? c2 : c3;
    }
    if (si->nmen > cx->emrole_cap &&
        dyad_grow(&cx->emrole, &cx->emrole_cap, si->nmen, 1) < 0)
        return DYAD_ENOMEM;
    unsigned words = scan_sentence(cx, ev, st);
    /* a sports report ("Brazil beats Germany in World Cup semi-final"):
     * national teams, no states, whatever the verbs; a natural disaster
     * only strikes the countries it names */
    if ((words & SW_SPORT) || disaster(cx, st))
        return DYAD_OK;
    reader r = {cx, ev, st->tok, st->ntok, cx->keys + st->tok,
                cx->bkeys + st->tok, cx->ti + st->tok, cx->eclause,
                cx->men + si->men0, cx->emrole, si->nmen, st->title != 0,
                st->ntok, -1, 0, 0, words, 0};
    unsigned char inh[256];
    /* the first source of each of the first clauses, for a tension term
     * in a clause without a subject of its own */
    group csrc[CLAUSE_SRC];
    uint32_t cfirst[CLAUSE_SRC];   /* the first token of each clause */
    for (int k = 0; k < CLAUSE_SRC; k++) {
        csrc[k].n = 0;
        cfirst[k] = 0;
    }
    read_structure(cx, &r, inh, cfirst);
    if (relational(cx, &r) != DYAD_OK)
        return DYAD_ENOMEM;
    const dyad_phrases *verbs = ev->verb_tab;
    group last_src = {0};
    uint16_t last_src_clause = UINT16_MAX;
    int cue = 0;   /* an event verb or a relational word in the sentence */
    /* a threat verb waiting for the verb it threatens */
    long thr_ev = -1;
    uint32_t thr_end = 0;
    group thr_src = {0};
    int thr_neg = 0;
    uint32_t used = 0;   /* tokens of the last event's phrase end here */
    uint32_t demanded = 0;   /* ... and those of what a demand asks */
    int strong = 0;   /* a verb of force without a target */
    uint32_t verb_clause = UINT32_MAX;   /* the clause of the last verb */
    uint32_t verb_at = UINT32_MAX;       /* and its word */
    for (uint32_t j = 0; j < r.n; j++) {
        /* the object of a reversal ("ending a trade dispute") is no verb
         * of its own */
        if (j < used || r.ti[j].ehead == DYAD_PHRASES_NONE ||
            (cx->erole[j] & (R_ACTOR | R_TOPIC | R_PURPOSE)))
            continue;
        uint32_t vi;
        size_t w = dyad_phrases_match_at(verbs, r.keys + j, r.n - j,
                                         r.ti[j].ehead, &vi);
        if (!w)
            continue;
        /* the verb's entry is read below, past the tests of the words
         * around it: asked for now (its load, which mostly missed the
         * cache, was 0.6% of the time of `dyad score`, perf) */
        DYAD_PREFETCH(&ev->verb[vi]);
        /* a word news mostly uses as a noun ("trade", "imports") is a
         * verb only after "to", "will", "did" and the like, or right after
         * a country named as subject ("Japan imports") */
        if ((r.ti[j].ew & EW_NOUNY) && !(j > 0 && (r.ti[j - 1].ew & EW_AUX)) &&
            !(j > 0 && (cx->erole[j - 1] & R_ACTOR) && subject_name(&r, j)) &&
            !official_subject(&r, j) && !second_predicate(cx, &r, si, j))
            continue;
        /* ... and before a conflict or relational noun it modifies one
         * ("U.S. trade sanctions", "import curbs", "export talks") */
        if ((r.ti[j].ew & EW_NOUNY) && w == 1 && j + 1 < r.n &&
            (r.ti[j + 1].ew & (EW_CONFLICT | EW_RELNOUN)) &&
            !(gap_at(&r, j + 1) & (GAP_COMMA | GAP_CUT)))
            continue;
        /* an adjective, not a verb: "over failed Syria ceasefire", "in
         * disputed waters" (a participle right after a preposition) */
        if (j > 0 && (r.ti[j - 1].ew & (EW_PREP | EW_TOPIC | EW_PLACE)) &&
            r.keys[j].len > 4 &&
            key_ends(r.keys[j], "ed", 2))
            continue;
        /* an adjective, not a verb: a participle right after a verb
         * ("to return looted artefacts"; not before "by": "Vietnamese
         * ships attacked by Chinese vessels" is a headline's passive) */
        if (j > 0 && r.ti[j - 1].ehead != DYAD_PHRASES_NONE &&
            !(r.ti[j - 1].ew & (EW_AUX | EW_BE)) &&
            !(cx->erole[j - 1] & R_ACTOR) && r.keys[j].len > 4 &&
            key_ends(r.keys[j], "ed", 2) &&
            j + 1 < r.n && !(r.ti[j + 1].ew & (EW_PREP | EW_DET | EW_BY)))
            continue;
        /* an adjective, not a verb: "made it clear", "make it easier" */
        if (j > 1 && key_is(r.keys[j - 1], "it") &&
            (key_is(r.bkeys[j - 2], "make") || key_is(r.bkeys[j - 2], "made") ||
             key_is(r.bkeys[j - 2], "makes") ||
             key_is(r.bkeys[j - 2], "making")))
            continue;
        /* a plural noun, not a verb: right before a verb in the past
         * ("Kenyan forces killed", "coalition forces struck") */
        if (w == 1 && j + 1 < r.n && past_verb(&r, j + 1) &&
            r.keys[j].len > 3 && r.keys[j].ptr[r.keys[j].len - 1] == 's')
            continue;
        /* a noun, not a verb: after a determiner or "a", or before "of"
         * (a verb ending in "out" is no noun: "pulls out of Somalia") */
        if ((j > 0 && (r.ti[j - 1].ew & EW_DET)) ||
            (j > 0 && (gap_at(&r, j) & GAP_A)) ||
            (j + w < r.n && key_is(r.keys[j + w], "of") &&
             !(w > 1 && key_is(r.keys[j + w - 1], "out"))) ||
            (j > 0 && (cx->doc.tok[st->tok + j].flags & DYAD_TOK_CAP) &&
             !(cx->doc.tok[st->tok + j].flags & DYAD_TOK_UPPER) &&
             !r.title))
            continue;
        /* a participle in -ing right after a noun, in a clause whose verb
         * came before it, says what the noun does: "agree on new defence
         * guidelines expanding Tokyo's military role" (the guidelines
         * expand it; the countries do not) */
        if (verb_clause == r.clause[j] && j > 0 && r.keys[j].len > 5 &&
            key_ends(r.keys[j], "ing", 3) &&
            r.ti[j - 1].ehead == DYAD_PHRASES_NONE &&
            !(cx->erole[j - 1] & R_ACTOR) && r.keys[j - 1].len > 2 &&
            !key_ends(r.keys[j - 1], "ly", 2) &&
            !(r.ti[j - 1].ew & (EW_AUX | EW_BE | EW_PREP | EW_DET | EW_PLACE |
                             EW_TOPIC | EW_CONJ | EW_AND | EW_BY)) &&
            !(gap_at(&r, j) & (GAP_COMMA | GAP_CUT)))
            continue;
        /* the clause's first verb (a headline's passive is its
         * predicate; a participle after an earlier verb modifies a noun:
         * "exchanged prisoners in a deal brokered by the UAE"); a verb
         * form right before it is its noun ("Indian army post shelled
         * by Pakistani troops") */
        int first_verb = verb_clause != r.clause[j] || verb_at + 1 == j;
        verb_clause = r.clause[j];
        verb_at = j;
        const verb_t *vb = &ev->verb[vi];
        uint32_t end = j + (uint32_t)w, last = end - 1;
        uint32_t cend = end;
        while (cend < r.n && cend < end + OBJ_WINDOW &&
               r.clause[cend] == r.clause[j] && !(cx->erole[cend] & R_TOPIC) &&
               !((r.ti[cend].ew & EW_AND) && cend + 1 < r.n &&
                 r.ti[cend + 1].ehead != DYAD_PHRASES_NONE))
            cend++;
        char code[5];
        memcpy(code, vb->code, 5);
        uint32_t plast;
        int pattern = best_pattern(&r, vb, end, cend, code, &plast);
        /* "asks US for air strikes against militants": a pattern over
         * "against" another than the one asked (PETRARCH's 113, rally
         * opposition) is the verb's appeal to the one asked */
        for (uint32_t k = end; pattern && k <= plast && k < r.n; k++)
            if (key_is(r.keys[k], "against") &&
                against_other(&r, end, k, k + 1)) {
                memcpy(code, vb->code, 5);
                pattern = 0;
            }
        if (pattern)
            last = plast;
        dyad_event e = {0};
        e.sent = (uint32_t)s;
        e.tok = st->tok + j;
        int have = code[0] != '-' && set_code(ev, &e, code);
        /* "Dutch minister attacks W. German farm position": an official
         * attacks with words (111, criticise), not with force */
        if (have && !pattern && e.quad == DYAD_QUAD_MATERIAL_CONFLICT &&
            r.keys[j].len >= 6 && memcmp(r.keys[j].ptr, "attack", 6) == 0 &&
            official_subject(&r, j))
            have = set_code(ev, &e, "111");
        /* "demands Russia help bring MH17 killers to justice": what is
         * demanded is no appeal (PETRARCH's patterns of "demand" give
         * 02x codes): a demand (103 for aid, else 100) */
        static const char *const demand[] = {"demand", "demands",
                                             "demanded", "demanding"};
        if (have && e.code[0] == '0' && e.code[1] == '2' &&
            KEY_IN(r.keys[j], demand))
            have = set_code(ev, &e, strcmp(e.code, "023") == 0 ? "103"
                                                               : "100");
        /* a conflict that grows: a verb of the dictionary's BOOST block
         * by itself ("intensify", "escalate", "step up": 060) with no
         * object, whose subject is a rift, a row or tensions, is no
         * cooperation ("China-Japan row intensifies", "Iran-Saudi spat
         * escalates") */
        if (have && !pattern && e.weight > 0 && j > 0 &&
            (r.ti[j - 1].ew & EW_CONFLICT) && no_object(&r, j, end) &&
            strcmp(ev->pool + ev->block[vb->block].name, "boost") == 0)
            continue;   /* (a tension that abates or eases does cool) */
        /* a verb, or a verb and its pattern, that starts a longer
         * tension term ("trade war", "attack on", "sends tanks into")
         * gives way to it: the term is more specific (one as long as a
         * pattern is not: "reopens embassy" takes the capital after it,
         * "reopen* embassy" does not); so does a verb alone inside a
         * longer term of the other sign ("suspends military contacts",
         * "failed to agree") */
        if (hit_from(cx, si, st->tok + j, last + 2 - j, 0) ||
            (last + 1 == end && have &&
             tension_over(cx, si, st->tok + j, e.weight))) {
            /* still a threat of what follows */
            if (r.ti[j].ew & EW_THREATV) {
                thr_ev = (long)cx->nev;
                thr_end = end;
                source_before(&r, j, &thr_src);
                thr_neg = negated_at(&r, j);
            }
            continue;
        }
        /* troops sent to help ("Chad sent troops into Cameroon to help
         * fight Boko Haram"): military aid (072), no show of force */
        if (have && e.code[0] == '1' && e.code[1] == '5' &&
            dyad_score__to_help(cx, st->tok + last + 1, st->tok + st->ntok))
            have = set_code(ev, &e, "072");
        /* reversal: lift / end / ease ... with a conflict object */
        if (r.ti[j].ew & EW_REVERSE) {
            static const char *const meets[] = {
                "trip", "trips", "visit", "visits", "tour", "tours", "talks",
                "meeting", "meetings", "summit", "negotiations"};
            /* five words, not counting the countries named ("exempted
             * Japan and ten EU nations from sanctions") */
            for (uint32_t k = end, nw = 0; k < cend && nw < 5; k++) {
                if (cx->erole[k] & R_ACTOR)
                    continue;
                nw++;
                /* the object is a trip or talks ("cancels U.S. trip over
                 * wall dispute"): no conflict after it is reversed */
                if (KEY_IN(r.keys[k], meets))
                    break;
                /* relations restored or resumed (050); suspended, ended,
                 * cut or frozen (161, reduce or break relations: "New
                 * Zealand suspended military ties with Fiji") */
                if ((r.ti[k].ew & EW_RELATIONS) && !have) {
                    if (renews(r.keys[j])) {
                        have = set_code(ev, &e, "050");
                        e.rules |= DYAD_EV_REVERSED;
                    } else {
                        have = set_code(ev, &e, "161");
                    }
                    last = k > last ? k : last;
                    break;
                }
                /* a pact scrapped, suspended or ended reduces relations
                 * ("South Korea scraps intelligence pact with Japan") */
                static const char *const pacts[] = {
                    "pact", "pacts", "treaty", "treaties", "accord",
                    "accords"};
                if (KEY_IN(r.keys[k], pacts) && !renews(r.keys[j]) &&
                    (!have || e.weight > 0)) {
                    have = set_code(ev, &e, "161");
                    last = k > last ? k : last;
                    break;
                }
                if (r.ti[k].ew & EW_CONFLICT) {
                    if (!have || e.weight < 0)
                        have = set_code(ev, &e, reversal_code(r.bkeys[k]));
                    e.rules |= DYAD_EV_REVERSED;
                    last = k > last ? k : last;
                    break;
                }
            }
        }
        /* condemning an attack in or on the other country: sympathy */
        int sympathy = 0;
        uint32_t attack = 0;
        char unpressed[5] = "";   /* the code a demand replaced */
        if (r.ti[j].ew & EW_CONDEMN)
            for (uint32_t k = end; k < cend; k++)
                if (r.ti[k].ew & EW_ATTACK) {
                    sympathy = set_code(ev, &e, "018");
                    have = sympathy;
                    e.rules |= DYAD_EV_SYMPATHY;
                    attack = k;
                    last = k > last ? k : last;
                    break;
                }
        /* an appeal, a wish or a consultation (CAMEO 02x-05x) that
         * presses, or any cooperation before "or face": a demand (an
         * appeal to yield, 025, weighs -0.3: "urged Turkey to withdraw
         * its troops" presses as "asked" does) */
        if (have && !e.rules && (e.weight > 0 || e.code[1] == '2') &&
            e.code[0] == '0' && e.code[1] >= '2' && e.code[1] <= '8') {
            int p = pressing(cx, &r, si, end);
            if (p == 2 || (p && e.weight <= 4 && e.code[1] <= '5')) {
                /* what one agrees or meets on with another is theirs, no
                 * demand ("agreed with the United States to resolve a
                 * dispute") */
                if (p == 2 || !(r.ti[j].ew & EW_RECIP) || j + 1 >= r.n ||
                    !key_is(r.keys[j + 1], "with")) {
                    memcpy(unpressed, e.code, 5);
                    have = set_code(ev, &e, "100");
                }
                /* what is demanded is not done: "asked Turkey to withdraw
                 * its troops" is no withdrawal */
                demanded = cend;
            }
        }
        /* what a demand asks is not done either ("called on Turkey to
         * withdraw its troops") */
        if (have && e.code[0] == '1' && e.code[1] == '0' && !demanded)
            demanded = cend;
        e.ntok = last + 1 - j;
        /* negated: "campaigned against closer ties": cooperation a
         * pattern finds after "against" is opposed (as a tension term
         * after it); otherwise negated_at, asked where neg is read (a
         * verb with no code reads it only as a threat) */
        int neg = 0;
        for (uint32_t k = end; pattern && have && e.weight > 0 && k < last;
             k++)
            if (key_is(r.keys[k], "against"))
                neg = 1;
        /* a threat verb followed by what it threatens */
        int threat = 0;
        if (thr_ev >= 0 && have && e.weight < 0 &&
            r.clause[thr_end - 1] == r.clause[j]) {
            int gapok = 1;
            for (uint32_t k = thr_end; k < j && gapok; k++)
                gapok = (r.ti[k].ew & (EW_GAP | EW_BE)) ||
                        (cx->ti[st->tok + k].cls & W_NEG);
            threat = gapok;
        }
        /* source and target */
        group src, tgt;
        int passive = 0, purpose = 0;
        for (uint32_t b = j; b > 0 && b + 2 > j; b--)
            if (r.ti[b - 1].ew & EW_BE) {
                passive = !(r.keys[j].len > 3 &&
                            key_ends(r.keys[j], "ing", 3));
                break;
            }
        /* a headline drops a passive's "be": "South Korean island shelled
         * by North Korea", "Russian warplane shot down by Turkish jets";
         * a participle with "by" and a country after it, the first verb
         * and among the first eight words, is a passive too (elsewhere it
         * stays a participle after its noun, below: "a deal brokered by
         * the UN", no event); one who hosts, brokers or leads is named
         * as no party ("peace talks with FARC rebels, hosted by Cuba") */
        static const char *const hosts[] = {
            "hosted", "brokered", "mediated", "sponsored", "organised",
            "organized", "chaired", "facilitated", "arranged", "led"};
        if (!passive && first_verb && j >= 1 && j < 8 && end < r.n &&
            (r.ti[end].ew & EW_BY) && !(r.ti[end].ew & EW_PREP) &&
            participle(r.keys[j]) && !KEY_IN(r.keys[j], hosts)) {
            group agent;
            agent_after(&r, j, &agent);
            passive = agent.n > 0;
        }
        /* a passive verb's object is its subject: "the accord was signed
         * by ..." is a pattern of SIGN ("accord") */
        if (passive && !pattern && !threat && j >= 2) {
            /* (before its "be", if any: a headline has none, "Japanese
             * ambassador summoned by Beijing") */
            uint32_t be = (r.ti[j - 1].ew & EW_BE) ? j - 1 : j;
            uint32_t b0 = be > 5 ? be - 5 : 0;
            while (b0 < be && r.clause[b0] != r.clause[j])
                b0++;
            char pc[5];
            uint32_t pl;
            if (best_pattern(&r, vb, b0, be, pc, &pl))
                have = set_code(ev, &e, pc);
        }
        if (threat) {
            src = thr_src;
        } else if (passive) {
            agent_after(&r, j, &src);
        } else {
            source_before(&r, j, &src);
            if (!src.n && inh[r.clause[j] < 255 ? r.clause[j] : 255] &&
                last_src_clause + 1 == r.clause[j])
                src = last_src;
            purpose = purpose_of(cx, &r, si, j, &src);
            /* "the United States did not specify which supercomputer it
             * was willing to sell but had offered India a choice": over a
             * relative clause without a source, the clause before it */
            static const char *const relative[] = {"which", "who",
                                                   "whom", "whose"};
            /* ("but had offered": "but" or "and", an auxiliary, the verb) */
            uint32_t c0 = r.clause[j] < CLAUSE_SRC ? cfirst[r.clause[j]] : 0;
            int verb_next = (r.ti[c0].ew & EW_AND) && c0 + 1 < j &&
                            j <= c0 + 3 && (r.ti[c0 + 1].ew & (EW_AUX | EW_BE));
            for (int k = (int)r.clause[j] - 1;
                 !src.n && inh[r.clause[j] < 255 ? r.clause[j] : 255] &&
                 k >= 0 && r.clause[j] < CLAUSE_SRC && verb_next;
                 k--) {
                if (csrc[k].n) {
                    src = csrc[k];
                    break;
                }
                if (!KEY_IN(r.keys[cfirst[k]], relative))
                    break;
            }
        }
        /* "a deal brokered by X": a participle after its noun, no event */
        if (!passive && end < r.n && (r.ti[end].ew & EW_BY) &&
            !(r.ti[end].ew & EW_PREP) && !(pattern && last >= end))
            continue;   /* ("stands by Japan" is a pattern's "by") */
        /* the target, of a verb with a code (or one a demand replaced, or
         * of discussion, which makes its countries a topic): one with none
         * (a third of those read here) has its source read for those
         * after it, and no event (with negated_at asked only where neg
         * is read: dyad_events__sentence 123.33M -> 120.21M instructions
         * on all of Reuters-21578) */
        tgt.n = 0;
        if (have || sympathy || unpressed[0] || (r.ti[j].ew & EW_DISCUSS)) {
            if (passive && !threat) {
                source_before(&r, j, &tgt);
                e.rules |= DYAD_EV_PASSIVE;
            } else {
                /* "reopened its embassy in Egypt": a mission's host is named
                 * as its place */
                static const char *const mission[] = {
                    "embassy", "embassies", "consulate", "consulates"};
                unsigned ok = sympathy || (pattern && KEY_IN(r.bkeys[last],
                                                             mission))
                                  ? M_PLACE
                                  : 0;
                if (pattern || !island_object(&r, end)) {
                    target_after(&r, last + 1 > end ? end : last + 1, ok,
                                 &src, &tgt);
                    if (!tgt.n && last + 1 > end)
                        target_after(&r, end, ok, &src, &tgt);
                }
            }
            /* "condemns the Syrian government's attack": the country named
             * before the attack, not after "on" or "in", made it; condemning
             * it is disapproval, no sympathy */
            if (sympathy && tgt.n && tgt.first < attack &&
                !(tgt.first > 0 &&
                  (r.ti[tgt.first - 1].ew & (EW_PREP | EW_PLACE)))) {
                sympathy = 0;
                e.rules &= ~(unsigned)DYAD_EV_SYMPATHY;
                have = code[0] != '-' && set_code(ev, &e, code);
                if (!have)
                    have = set_code(ev, &e, "111");
            }
            /* "New Delhi and Beijing pledged to resolve their dispute": what
             * two agree or pledge to each other is no demand */
            if (unpressed[0] && src.n >= 2 && !tgt.n && (r.ti[j].ew & EW_RECIP))
                have = set_code(ev, &e, unpressed);
            /* "Merkel, Putin discuss Ukraine": what is discussed is a topic;
             * the one discussed with comes after "with" */
            if ((r.ti[j].ew & EW_DISCUSS) && tgt.n &&
                !(tgt.first > 0 && key_is(r.keys[tgt.first - 1], "with"))) {
                group with = {0};
                uint32_t k = end;
                for (; k < r.n && r.clause[k] == r.clause[j] &&
                       k < end + OBJ_WINDOW && !with.n;
                     k++)
                    if (key_is(r.keys[k], "with"))
                        target_after(&r, k + 1, 0, &src, &with);
                /* the countries discussed are a topic: no cue links them */
                for (size_t i = 0; i < r.nmen; i++) {
                    uint32_t tk = r.men[i].tok - r.t0;
                    if (tk >= end && tk < (with.n ? with.first : k))
                        cx->emrole[i] |= M_TOPIC;
                }
                tgt = with;
            }
            /* "the US and Russia trade blame over Syria": conjoined sources
             * of a mutual verb with its pattern act on each other */
            if (pattern && src.n >= 2 && !passive &&
                ((r.ti[j].ew & EW_MUTUALV) ||
                 (end < r.n && key_is(r.keys[end], "together"))))
                tgt.n = 0;   /* "... work together on Syria" too */
            /* a sentence of two countries: an actor that acts without a
             * target found acts on the other, when it is named freely (not
             * as a place, mediator or topic) */
            if (src.n == 1 && !tgt.n && si->nact == 2 && !passive && !purpose &&
                (pattern || !(r.ti[j].ew & EW_LIGHT)) &&
                !person_in(&r, end, cend) &&
                !own_object(&r, src.code[0], end)) {
                other_actor(&r, src.code[0], j, sympathy, &tgt);
                if (tgt.n)
                    e.rules |= DYAD_EV_OTHER;
            }
        }
        if (src.n && !passive) {
            last_src = src;
            last_src_clause = r.clause[j];
            if (r.clause[j] < CLAUSE_SRC && !csrc[r.clause[j]].n)
                csrc[r.clause[j]] = src;
        }
        if (r.ti[j].ew & EW_THREATV) {
            thr_ev = (long)cx->nev;
            thr_end = end;
            thr_src = src;
            thr_neg = neg || negated_at(&r, j);
        }
        if (!have || (e.weight > -0.5 && e.weight < 0.5))
            continue;
        neg = neg || negated_at(&r, j);
        /* force with no target found ("US drones kill 10 in Yemen"): a
         * country named as its place takes part in the cue */
        strong |= e.quad == DYAD_QUAD_MATERIAL_CONFLICT && e.weight <= -7 &&
                  !neg && !tgt.n && src.n;
        /* a cooperative verb alone whose object is conflict ("approved
         * the annexation of Crimea", "backed the strikes") is not
         * cooperation toward its target: the conflict term speaks */
        if (!pattern && !e.rules && e.weight > 0 &&
            conflict_object(cx, &r, si, end)) {
            cue = 1;
            continue;
        }
        /* a light verb alone ("take", "go") acts on no one of itself */
        if (!pattern && !tgt.n && (r.ti[j].ew & EW_LIGHT) && !e.rules)
            continue;
        cue = 1;
        if (!src.n)
            continue;
        if (threat) {
            /* the threat verb's own events give way to this one */
            if ((size_t)thr_ev <= cx->nev)
                cx->nev = (size_t)thr_ev;
            e.tok = st->tok + thr_end - 1;
            while (e.tok > st->tok && !(r.ti[e.tok - st->tok].ew & EW_THREATV))
                e.tok--;
            e.ntok = st->tok + last + 1 - e.tok;
            set_code(ev, &e, threat_code(e.code));
            e.rules |= DYAD_EV_THREAT;
            neg = thr_neg || neg;
            thr_ev = -1;
        }
        /* a verb alone (no pattern) acting on the sentence's other
         * country, named nowhere after it, is too weak for an event: the
         * two stay linked by the cue, and the sentence's tension hits
         * speak for them ("Japan was taking steps to salvage the pact":
         * TAKE alone is CAMEO 171, seize) */
        if (e.rules == DYAD_EV_OTHER && !pattern)
            continue;
        /* ... nor is a pattern of giving to no one named that a conflict
         * term of its words takes in ("Russian plan to deploy missiles in
         * Kaliningrad": PETRARCH's "deploy ... missiles" is military aid,
         * 072, to a recipient; "deploy* missiles" a threat) */
        if (e.rules == DYAD_EV_OTHER && e.weight > 0 &&
            hit_from(cx, si, st->tok + j, last + 1 - j, 1))
            continue;
        /* a demand read from what it asks, negated ("do not expect any
         * Japanese concessions"), is no event: not asking is no
         * cooperation (the negated terms speak) */
        if (neg && unpressed[0])
            continue;
        if (neg) {
            e.rules |= DYAD_EV_NEGATED;
            e.weight *= -0.5;
        }
        /* conjoined sources with no target act on each other only by a
         * verb two do to each other ("India and China lead growth in
         * Asia" is no event between them) */
        if (!tgt.n && !reciprocal(&r, j, end, pattern))
            continue;
        /* "Nigeria and Cameroon agreed to jointly fight Boko Haram":
         * conjoined countries in conflict together, with no country as
         * target, fight side by side (CAMEO 062, cooperate militarily;
         * other conflict, no event between them) */
        if (!tgt.n && src.n >= 2 && e.weight < 0 && !neg &&
            ((j > 0 && key_is(r.keys[j - 1], "jointly")) ||
             (end < r.n && key_is(r.keys[end], "together")))) {
            if (e.quad != DYAD_QUAD_MATERIAL_CONFLICT ||
                !set_code(ev, &e, "062"))
                continue;
        }
        if (emit(cx, &src, &tgt, e, (r.ti[j].ew & EW_RECIP) != 0) != DYAD_OK)
            return DYAD_ENOMEM;
        if (demanded > used)
            used = demanded;
        /* the words of a reversal's object or of a pattern's object
         * ("exchanged fire") are no verbs of their own; a pattern's verb
         * after "to" is ("agreed to end hostilities") */
        int infinitive = 0;
        for (uint32_t k = end; k < last && pattern && !infinitive; k++)
            infinitive = (r.ti[k].ew & EW_AUX) != 0;   /* ("close to") */
        /* ... nor are those of what is condemned ("condemns US plan to
         * deploy troops to border": no deployment of its own) */
        if (((e.rules & DYAD_EV_REVERSED) ||
             (pattern && (!infinitive || (r.ti[j].ew & EW_CONDEMN)))) &&
            e.tok - st->tok + e.ntok > used)
            used = e.tok - st->tok + e.ntok;
    }
    if (((r.words & SW_DESPITE) && despite_pleas(cx, &r, si, s) != DYAD_OK) ||
        charges_that(cx, &r, si, s) != DYAD_OK ||
        territory_claims(cx, &r, s) != DYAD_OK ||
        request_granted(cx, &r, s) != DYAD_OK ||
        ((r.words & SW_TAKE) && taken_to_court(cx, &r, s) != DYAD_OK))
        return DYAD_ENOMEM;
    si->nev = (uint32_t)(cx->nev - si->ev0);
    for (uint32_t j = 0; j < r.n && (r.ew_all & EW_VISIT); j++)
        if ((r.ti[j].ew & EW_VISIT) && !(cx->erole[j] & R_TOPIC)) {
            size_t had = cx->nev;
            if (visit(cx, &r, si, j) != DYAD_OK)
                return DYAD_ENOMEM;
            si->nev = (uint32_t)(cx->nev - si->ev0);
            cue |= cx->nev > had;
        }
    /* tension hits: the same source and target logic */
    for (uint32_t h = si->hit0; h < si->hit0 + si->nhits; h++) {
        thit *t = &cx->hits[h];
        uint32_t j = t->tok - st->tok;
        t->linked = 0;
        /* a hit in a topic phrase, or on a name ("anti-American"), links
         * nothing */
        if (cx->erole[j] & (R_TOPIC | R_ACTOR | R_PURPOSE))
            continue;
        /* a term that names a non-state group ("targeted by terrorists",
         * "insurgents") is what they do, not a relation of two states */
        if (t->ntok == 1 && (r.ti[j].ew & EW_PERSON)) {
            t->linked = -1;   /* nor by a cue */
            continue;
        }
        /* ... and so is one that people do ("Thousands protest in Hong
         * Kong against Beijing's election plan") */
        static const char *const crowd[] = {
            "thousands", "hundreds", "dozens", "millions", "crowds",
            "protesters", "protestors", "demonstrators"};
        if (j > 0 && KEY_IN(r.keys[j - 1], crowd)) {
            t->linked = -1;
            continue;
        }
        int covered = 0;
        for (uint32_t k = si->ev0; k < si->ev0 + si->nev && !covered; k++)
            covered = t->tok + t->ntok > cx->ev[k].tok &&
                      t->tok < cx->ev[k].tok + cx->ev[k].ntok;
        if (covered) {
            t->linked = -1;   /* part of an event */
            continue;
        }
        group src, tgt;
        cue = 1;
        source_before(&r, j, &src);
        /* "deepen cooperation as tensions with China escalate": the
         * tensions are those of the last clause's subject */
        if (!src.n && r.clause[j] > 0 && r.clause[j] < CLAUSE_SRC &&
            inh[r.clause[j]])
            src = csrc[r.clause[j] - 1];
        /* "cancelled a state visit to Washington": the capital a visit
         * goes to is its host, named as a place */
        target_after(&r, j + t->ntok,
                     (r.ti[j + t->ntok - 1].ew & EW_VISIT) ? M_PLACE : 0, &src,
                     &tgt);
        /* "strikes in support of Syrian government forces": the country
         * supported is no target of the conflict */
        if (t->weight < 0 && tgt.n && supported(&r, tgt.first))
            continue;
        /* "condemnation from the United States": those after "from" are
         * the source, and the clause's subject the target */
        uint32_t e = j + t->ntok;
        if (tgt.n && e < r.n && key_is(r.keys[e], "from") &&
            tgt.first <= e + 2) {
            group subj;
            first_in_clause(&r, j, &subj);
            if (subj.n && !group_has(&tgt, subj.code[0])) {
                src = tgt;
                tgt = subj;
            }
        }
        /* "South Korea, U.S. begin annual military drills": conjoined
         * countries drilling with no one named as the drill's target
         * drill together (CAMEO 062, cooperate militarily) */
        if (src.n >= 2 && !tgt.n && t->weight < 0 && !t->negated &&
            drill_term(t->entry->term)) {
            dyad_event e0 = {0};
            e0.sent = (uint32_t)s;
            e0.tok = t->tok;
            e0.ntok = t->ntok;
            if (set_code(ev, &e0, "062")) {
                if (emit(cx, &src, &tgt, e0, 1) != DYAD_OK)
                    return DYAD_ENOMEM;
                si->nev = (uint32_t)(cx->nev - si->ev0);
                t->linked = -1;
                continue;
            }
        }
        if (src.n == 1 && !tgt.n && si->nact == 2 &&
            !person_in(&r, j + t->ntok, j + t->ntok + OBJ_WINDOW))
            other_actor(&r, src.code[0], j, owned_act(&r, t, j), &tgt);
        /* "Japan also faces more possible sanctions amid calls in the
         * U.S. Congress": a measure one faces comes from the sentence's
         * other country, named in a topic or as a place too */
        if (src.n == 1 && !tgt.n && si->nact == 2 && faced(&r, t, j)) {
            group from = {0};
            for (size_t i = 0; i < r.nmen && !from.n; i++)
                if (r.men[i].code != src.code[0] &&
                    !(r.mrole[i] & M_MOD) && !r.men[i].place)
                    group_add(&from, r.men[i].code);
            if (from.n) {
                tgt = src;
                src = from;
            }
        }
        if (!src.n || (!tgt.n && src.n != 2 && !(r.ti[j].ew & EW_RECIP)))
            continue;
        /* "Chinese and Russian warships": conjoined owners of ships or
         * troops with no target are no relation of the two */
        if (!tgt.n && (r.ti[j].ew & EW_MILNOUN))
            continue;
        if (t->weight < 0 && !t->negated && src.n &&
            refuser(cx, &r, &src, h, j) != DYAD_OK)
            return DYAD_ENOMEM;
        const group *to = tgt.n ? &tgt : &src;
        for (int a = 0; a < src.n; a++)
            for (int b = tgt.n ? 0 : a + 1; b < to->n; b++)
                if (!(t->weight > 0 && t->entry->quad ==
                                           DYAD_QUAD_VERBAL_COOP &&
                      land_only(cx, (uint32_t)s, to->code[b])) &&
                    !event_before(cx, &r, si, src.code[a], to->code[b], j) &&
                    push_link(cx, src.code[a], to->code[b], LINK_HIT, h))
                    return DYAD_ENOMEM;
    }
    if (agent_links(cx, &r, si) != DYAD_OK ||
        speaker_links(cx, &r) != DYAD_OK)
        return DYAD_ENOMEM;
    /* a cue (an event verb, a tension term, a relational word) and two
     * countries named freely as states (not as a place, mediator or
     * topic, not before a firm or market, not in a list of three or
     * more): the sentence is about the two, but how is not known (a link
     * without an event) */
    for (uint32_t j = 0; j < r.n && !cue && (r.ew_all & EW_RELNOUN); j++)
        cue = (r.ti[j].ew & EW_RELNOUN) && !(cx->erole[j] & R_TOPIC) &&
              !own_trade(&r, j);
    if (cue && cue_link(cx, &r, si, strong) != DYAD_OK)
        return DYAD_ENOMEM;
    si->nln = (uint32_t)(cx->nln - si->ln0);
    return DYAD_OK;
}

int dyad_events__sentence(dyad_score_ctx *cx, size_t s)
{
    sent_info *si = &cx->si[s];
    si->ev0 = (uint32_t)cx->nev;
    si->nev = 0;
    si->ln0 = (uint32_t)cx->nln;
    si->nln = 0;
    if (si->nact + si->nplace < 2 || !cx->doc.sent[s].ntok)
        return DYAD_OK;
    return read_sentence(cx, s);
}
