/*
 * feed.c - RSS 2.0 (and 1.0) and Atom feed files in, as a nightly job
 * downloads them: each <item> or <entry> is an article. expat parses the
 * XML as it streams in (expat types stay in this file).
 *
 * Fields: id guid, else Atom id, else link (RSS text, Atom href); date
 * pubDate, else published, else dc:date, else updated; title; text
 * content:encoded, else Atom content, else description, else summary.
 * Title and text have their HTML tags stripped (paragraph tags become
 * paragraph breaks) and HTML entities decoded.
 *
 * Safety: expat never loads an external entity or DTD here (parameter
 * entity parsing NEVER, no external entity handler: a reference to one is
 * skipped), so no file is read and no network touched; internal entities
 * expand under expat's billion-laughs protection. A bad item is rejected
 * with the line it starts on; a feed that is not well-formed keeps the
 * items before the error and the error is one rejected record naming the
 * line.
 */
/* expat's DTD support (its billion-laughs protection and the parameter
 * entity switch) is declared only with XML_DTD, as Debian's libexpat is
 * built */
#ifndef XML_DTD
#define XML_DTD 1
#endif
#include <expat.h>
#include <stdio.h>
#include <string.h>

#include "ingest_int.h"
#include "util/alloc.h"
#include "util/utf8.h"

enum {
    F_GUID, F_ATOM_ID, F_LINK,
    F_PUBDATE, F_PUBLISHED, F_DCDATE, F_UPDATED,
    F_TITLE,
    F_ENCODED, F_CONTENT, F_DESC, F_SUMMARY,
    NFIELDS
};

typedef struct item {
    dyad_buf f[NFIELDS];
    unsigned long line;
    size_t bytes;
    int oversize;
} item;

struct dyad_feed_state {
    XML_Parser p;
    dyad_reader *r;
    item *q;              /* items read, q[head..nq) not handed out yet;
                             q[nq] is the one being read when open */
    size_t head, nq, cap;
    int open;             /* q[nq] is an item being read */
    long depth, item_depth, cap_depth;
    int cap_field;        /* the field being captured, or -1 */
    int root_seen;
    int ended;            /* the parse is over (end, or error) */
    int failed;           /* ... with this error, once reported */
    char fail_msg[200];
    unsigned long fail_line;
    unsigned long line0;  /* lines before the XML (blank lines skipped) */
    int nomem;
    unsigned long items;  /* items handed out */
    dyad_buf tmp;
};

static void item_free(item *it)
{
    for (int i = 0; i < NFIELDS; i++)
        dyad_buf_free(&it->f[i]);
}

void dyad_feed_free(dyad_feed_state *s)
{
    if (!s)
        return;
    if (s->p)
        XML_ParserFree(s->p);
    for (size_t i = 0; i < s->cap; i++)
        item_free(&s->q[i]);
    dyad_free(s->q);
    dyad_buf_free(&s->tmp);
    dyad_free(s);
}

/* "uri|local" (expat's names with namespaces) split. */
static const char *local_name(const char *name, const char **ns,
                              size_t *nslen)
{
    const char *bar = strrchr(name, '|');
    *ns = bar ? name : "";
    *nslen = bar ? (size_t)(bar - name) : 0;
    return bar ? bar + 1 : name;
}

static int ns_is(const char *ns, size_t n, const char *uri)
{
    return strlen(uri) == n && memcmp(ns, uri, n) == 0;
}

static const char *attr(const char **atts, const char *name)
{
    for (; atts && atts[0]; atts += 2)
        if (strcmp(atts[0], name) == 0)
            return atts[1];
    return NULL;
}

static void fail(dyad_feed_state *s, const char *msg)
{
    if (s->failed)
        return;
    s->failed = 1;
    s->fail_line = s->line0 + (unsigned long)XML_GetCurrentLineNumber(s->p);
    snprintf(s->fail_msg, sizeof s->fail_msg, "%s", msg);
    XML_StopParser(s->p, XML_FALSE);
}

static item *new_item(dyad_feed_state *s)
{
    if (s->head == s->nq) {
        s->head = s->nq = 0;
    }
    if (s->nq + 1 > s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        item *q = dyad_realloc(s->q, cap * sizeof *q);
        if (!q)
            return NULL;
        memset(q + s->cap, 0, (cap - s->cap) * sizeof *q);
        s->q = q;
        s->cap = cap;
    }
    item *it = &s->q[s->nq];
    for (int i = 0; i < NFIELDS; i++)
        dyad_buf_clear(&it->f[i]);
    it->bytes = 0;
    it->oversize = 0;
    return it;
}

static int field_of(const char *local, const char *ns, size_t nslen,
                    const char **atts)
{
    if (strcmp(local, "encoded") == 0)
        return ns_is(ns, nslen, "http://purl.org/rss/1.0/modules/content/")
                   ? F_ENCODED : -1;
    if (strcmp(local, "date") == 0)
        return ns_is(ns, nslen, "http://purl.org/dc/elements/1.1/")
                   ? F_DCDATE : -1;
    static const struct { const char *name; int f; } map[] = {
        {"guid", F_GUID}, {"id", F_ATOM_ID}, {"link", F_LINK},
        {"pubDate", F_PUBDATE}, {"published", F_PUBLISHED},
        {"updated", F_UPDATED}, {"title", F_TITLE},
        {"content", F_CONTENT}, {"description", F_DESC},
        {"summary", F_SUMMARY}};
    (void)atts;
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (strcmp(local, map[i].name) == 0)
            return map[i].f;
    return -1;
}

static void add(dyad_feed_state *s, item *it, int f, const char *p,
                size_t n)
{
    if (it->oversize)
        return;
    if (it->bytes + n > s->r->opts.max_record_bytes) {
        it->oversize = 1;
        return;
    }
    it->bytes += n;
    if (dyad_buf_append(&it->f[f], p, n) != DYAD_OK) {
        s->nomem = 1;
        XML_StopParser(s->p, XML_FALSE);
    }
}

static int block_tag(const char *p, const char *e);

static void XMLCALL on_start(void *arg, const char *name, const char **atts)
{
    dyad_feed_state *s = arg;
    const char *ns;
    size_t nslen;
    const char *local = local_name(name, &ns, &nslen);
    s->depth++;
    if (!s->root_seen) {
        s->root_seen = 1;
        if (strcmp(local, "rss") != 0 && strcmp(local, "feed") != 0 &&
            strcmp(local, "RDF") != 0) {
            char msg[120];
            snprintf(msg, sizeof msg,
                     "not an RSS or Atom feed (the root element is <%.40s>)",
                     local);
            fail(s, msg);
        }
        return;
    }
    if (!s->open) {
        if (strcmp(local, "item") == 0 || strcmp(local, "entry") == 0) {
            item *it = new_item(s);
            if (!it) {
                s->nomem = 1;
                XML_StopParser(s->p, XML_FALSE);
                return;
            }
            it->line = s->line0 + (unsigned long)XML_GetCurrentLineNumber(s->p);
            s->open = 1;
            s->item_depth = s->depth;
        }
        return;
    }
    item *it = &s->q[s->nq];
    if (s->cap_field >= 0) {
        /* markup inside a captured field (Atom xhtml content): a block
         * element is a paragraph break for html_text, any other a space */
        if (block_tag(local, local + strlen(local)))
            add(s, it, s->cap_field, "<p>", 3);
        else
            add(s, it, s->cap_field, " ", 1);
        return;
    }
    if (s->depth != s->item_depth + 1)
        return;
    int f = field_of(local, ns, nslen, atts);
    if (f < 0)
        return;
    const char *href = f == F_LINK ? attr(atts, "href") : NULL;
    if (href) {
        const char *rel = attr(atts, "rel");
        if (!it->f[F_LINK].len && (!rel || strcmp(rel, "alternate") == 0))
            add(s, it, F_LINK, href, strlen(href));
        return;
    }
    if (it->f[f].len)
        return;   /* the first of a kind wins */
    s->cap_field = f;
    s->cap_depth = s->depth;
}

static void XMLCALL on_end(void *arg, const char *name)
{
    dyad_feed_state *s = arg;
    (void)name;
    if (s->cap_field >= 0 && s->depth == s->cap_depth)
        s->cap_field = -1;
    if (s->open && s->depth == s->item_depth) {
        s->open = 0;
        s->nq++;
    }
    s->depth--;
}

static void XMLCALL on_text(void *arg, const char *t, int len)
{
    dyad_feed_state *s = arg;
    if (s->open && s->cap_field >= 0 && len > 0)
        add(s, &s->q[s->nq], s->cap_field, t, (size_t)len);
}

static dyad_feed_state *feed_new(dyad_reader *r)
{
    dyad_feed_state *s = dyad_calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->r = r;
    s->cap_field = -1;
    s->line0 = r->line;
    s->p = XML_ParserCreateNS(NULL, '|');
    if (!s->p) {
        dyad_free(s);
        return NULL;
    }
    XML_SetUserData(s->p, s);
    XML_SetElementHandler(s->p, on_start, on_end);
    XML_SetCharacterDataHandler(s->p, on_text);
    /* never a DTD or an entity from outside the file: no handler for
     * external entities (their references are skipped) and no parameter
     * entities */
    XML_SetParamEntityParsing(s->p, XML_PARAM_ENTITY_PARSING_NEVER);
#if XML_MAJOR_VERSION > 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION >= 4)
    /* expat's defaults, made explicit: entity expansion may not blow a
     * feed up more than 100 times past 8 MiB */
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(s->p, 100.0f);
    XML_SetBillionLaughsAttackProtectionActivationThreshold(s->p,
                                                            8u << 20);
#endif
    return s;
}

static int is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* 1 if p starts with the lower-case word w (n bytes), in any case. */
static int starts_ci(const char *p, const char *e, const char *w, size_t n)
{
    if ((size_t)(e - p) < n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)p[i];
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        if (c != w[i])
            return 0;
    }
    return 1;
}

/* Tag names that end a paragraph. */
static int block_tag(const char *p, const char *e)
{
    static const char *const tags[] = {"p", "br", "div", "li", "ul", "ol",
                                       "h1", "h2", "h3", "h4", "h5", "h6",
                                       "blockquote", "tr", "table", "hr",
                                       "section", "article", "figure",
                                       "figcaption", "pre", NULL};
    if (p < e && *p == '/')
        p++;
    size_t n = 0;
    while (p + n < e && (is_alpha((unsigned char)p[n]) ||
                         (p[n] >= '1' && p[n] <= '6')))
        n++;
    for (const char *const *t = tags; *t; t++)
        if (strlen(*t) == n && starts_ci(p, e, *t, n))
            return 1;
    return 0;
}

/* Appends the text of HTML s[0, n) to out: tags dropped (script and style
 * with their content), a paragraph break for block tags, entities decoded,
 * blanks folded to one space. */
static int html_text(const char *s, size_t n, dyad_buf *out)
{
    const char *p = s, *e = s + n;
    int space = 0, para = 0;
    size_t start = out->len;
    while (p < e) {
        unsigned char c = (unsigned char)*p;
        const char *gt = NULL;
        if (c == '<' && p + 1 < e &&
            (is_alpha((unsigned char)p[1]) || p[1] == '/' || p[1] == '!' ||
             p[1] == '?') &&
            (gt = memchr(p, '>', (size_t)(e - p))) != NULL) {
            if (block_tag(p + 1, gt))
                para = 1;
            int skip = 0;
            if (starts_ci(p + 1, gt, "script", 6) ||
                starts_ci(p + 1, gt, "style", 5))
                skip = 1;
            p = gt + 1;
            if (skip) {
                /* to the closing tag */
                const char *q = p;
                while (q < e && !(q[0] == '<' && q + 1 < e && q[1] == '/'))
                    q++;
                p = q;
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = 1;
            p++;
            continue;
        }
        if (out->len > start) {
            if (para && dyad_buf_puts(out, "\n\n") != DYAD_OK)
                return DYAD_ENOMEM;
            else if (!para && space && dyad_buf_putc(out, ' ') != DYAD_OK)
                return DYAD_ENOMEM;
        }
        para = space = 0;
        if (c == '&') {
            size_t k = dyad_html_entity(p, e, out);
            if (k) {
                p += k;
                continue;
            }
        }
        if (dyad_buf_putc(out, (char)c) != DYAD_OK)
            return DYAD_ENOMEM;
        p++;
    }
    return DYAD_OK;
}

/* Feeds input to expat until an item is ready or the parse is over. */
static int parse_more(dyad_reader *r, dyad_feed_state *s, dyad_err *err)
{
    while (s->head == s->nq && !s->ended) {
        const unsigned char *p;
        size_t n;
        int k = dyad_in_span(r, &p, &n, err);
        if (k < 0) {
            s->ended = 1;   /* the read error comes after the items */
            break;
        }
        enum XML_Status st;
        if (k == 0) {
            st = XML_Parse(s->p, NULL, 0, 1);
            s->ended = 1;
        } else {
            /* spans are a chunk, or bytes given back: far below INT_MAX */
            st = XML_Parse(s->p, (const char *)p, (int)n, 0);
        }
        /* the line reached, for a read error's message */
        r->line = s->line0 + (unsigned long)XML_GetCurrentLineNumber(s->p) - 1;
        if (s->nomem)
            return dyad_err_set(err, DYAD_ENOMEM, r->name, 0,
                                "out of memory");
        if (st == XML_STATUS_ERROR && !s->failed) {
            char msg[200];
            snprintf(msg, sizeof msg, "feed is not well-formed XML: %s",
                     XML_ErrorString(XML_GetErrorCode(s->p)));
            fail(s, msg);
        }
        if (s->failed)
            s->ended = 1;
    }
    return DYAD_OK;
}

/* The item as a JSON line, for --rejects. */
static int item_raw(dyad_reader *r, const dyad_in_fields *f)
{
    static const char *const keys[] = {"id", "date", "title", "text"};
    const char *v[] = {f->id, f->date, f->title, f->text};
    size_t n[] = {f->id_len, f->date_len, f->title_len, f->text_len};
    dyad_buf *b = &r->rec;
    dyad_buf_clear(b);
    int rc = dyad_buf_putc(b, '{');
    for (int i = 0, any = 0; i < 4 && rc == DYAD_OK; i++) {
        if (!v[i])
            continue;
        if (any++)
            rc = dyad_buf_putc(b, ',');
        if (rc == DYAD_OK)
            rc = dyad_buf_json_str(b, keys[i], strlen(keys[i]));
        if (rc == DYAD_OK)
            rc = dyad_buf_putc(b, ':');
        if (rc == DYAD_OK)
            rc = dyad_buf_json_str(b, v[i], n[i]);
    }
    return rc == DYAD_OK ? dyad_buf_putc(b, '}') : rc;
}

static const dyad_buf *first(const item *it, int a, int b, int c, int d)
{
    int k[] = {a, b, c, d};
    for (int i = 0; i < 4; i++)
        if (k[i] >= 0 && it->f[k[i]].len)
            return &it->f[k[i]];
    return NULL;
}

/* A trimmed copy of a plain field (id, date) into tmp: its offset. */
static void plain(const dyad_buf *b, const char **p, size_t *n)
{
    *p = NULL;
    *n = 0;
    if (!b)
        return;
    const char *s = b->data, *e = b->data + b->len;
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
        s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' ||
                     e[-1] == '\r'))
        e--;
    *p = s;
    *n = (size_t)(e - s);
}

int dyad_feed_next(dyad_reader *r, dyad_article *a, dyad_err *err)
{
    dyad_feed_state *s = r->feed;
    if (!s && !(s = r->feed = feed_new(r)))
        return dyad_err_set(err, DYAD_ENOMEM, r->name, 0, "out of memory");
    int rc = parse_more(r, s, err);
    if (rc != DYAD_OK)
        return rc;
    if (s->head == s->nq) {
        r->mode = MODE_DONE;
        if (s->failed == 1) {
            s->failed = 2;
            dyad_buf_clear(&r->rec);
            r->rec_oversize = 0;
            r->rec_line = s->fail_line;
            r->stats.read++;
            return dyad_in_reject(r, err, "%s%s", s->fail_msg,
                                  s->items ? " (the items before it "
                                                     "are read)"
                                                   : "");
        }
        if (r->io_pending && s->open) {
            /* the item the read error cut short: one rejected record,
             * then the error (dyad_reader_next) */
            s->open = 0;
            dyad_buf_clear(&r->rec);
            r->rec_oversize = 0;
            r->rec_line = s->q[s->nq].line;
            r->stats.read++;
            return dyad_in_reject(r, err, "item cut short by a read error");
        }
        return 0;
    }
    item *it = &s->q[s->head++];
    s->items++;
    r->stats.read++;
    r->rec_line = it->line;
    r->rec_oversize = 0;
    dyad_buf_clear(&r->rec);
    if (it->oversize) {
        r->rec_oversize = 1;
        return dyad_in_reject(r, err,
                              "record longer than %zu bytes "
                              "(--max-article-bytes; not kept in --rejects)",
                              r->opts.max_record_bytes);
    }
    const dyad_buf *title = &it->f[F_TITLE];
    const dyad_buf *text = first(it, F_ENCODED, F_CONTENT, F_DESC, F_SUMMARY);
    /* stripped texts: title first, then the text, in one buffer */
    dyad_buf_clear(&s->tmp);
    size_t tlen = 0;
    if (html_text(title->data ? title->data : "", title->len, &s->tmp) !=
        DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, r->name, it->line,
                            "out of memory");
    tlen = s->tmp.len;
    if (text && html_text(text->data, text->len, &s->tmp) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, r->name, it->line,
                            "out of memory");
    dyad_in_fields f;
    plain(first(it, F_GUID, F_ATOM_ID, F_LINK, -1), &f.id, &f.id_len);
    plain(first(it, F_PUBDATE, F_PUBLISHED, F_DCDATE, F_UPDATED), &f.date,
          &f.date_len);
    static const char *const dnames[] = {"pubDate", "published", "dc:date",
                                         "updated"};
    f.date_name = "pubDate";
    for (int i = 0; i < 4; i++)
        if (it->f[F_PUBDATE + i].len) {
            f.date_name = dnames[i];
            break;
        }
    f.title = s->tmp.data ? s->tmp.data : "";
    f.title_len = tlen;
    f.text = s->tmp.data ? s->tmp.data + tlen : "";
    f.text_len = s->tmp.len - tlen;
    rc = dyad_in_fields_article(r, &f, " in the item", a, err);
    if (rc == DYAD_EPARSE && item_raw(r, &f) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, r->name, it->line,
                            "out of memory");
    return rc;
}
