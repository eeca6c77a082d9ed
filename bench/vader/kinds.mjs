#!/usr/bin/env node
// Attribute every line where dyad and the vader-sentiment JS port (1.1.3)
// differ to a kind of difference, by counterfactuals.
//
//   node kinds.mjs BUILD_DIR [--json]
//
// Reads VADER's three sets bench/data/vader/*_GroundTruth.txt (id TAB rating
// TAB text, CRLF) and scores every line with the port (in process, as
// js_compound.mjs does) and with BUILD_DIR/bench/vader_compound --vader-only.
// A line differs when |dyad - js| > 0.01 (compounds with 4 decimals, as
// compare.mjs counts). Each differing line gets the first kind below that
// explains it, i.e. after the change the two agree within 0.01:
//
// 1. lexicon: dyad scored with the port's own lexicon agrees with the port.
//    The port's vader_lexicon.txt (node_modules/vader-sentiment; the bundle's
//    lexicon is the same) is written to a temporary TSV with the header
//    "term\tvalence\tsd\tratings" (CR stripped, a repeated term keeps its
//    last value) and dyad runs once per set with --lexicon TMP.tsv.
// 2. case: the port, on the text with the negation words (the port's NEGATE
//    list, "despite" included, and any word with "n't"), "but", "never",
//    "least", "so", "this", "of", and "kind" before "of", written in lower
//    case ("NOT" -> "not", "But" -> "but", "CAN'T" -> "can't"), agrees with
//    dyad. Lower-casing an ALL-CAPS word would change the port's
//    "some words but not all are in capitals" test (dyad still sees the
//    capitals), so for every such word a neutral all-caps token ("QXQ", not
//    in the lexicon) is appended to the text: the number of non-capital
//    words, and so the test, stays the same. "kind" is only lowered before
//    "of" because "kind" alone is a lexicon word whose capitals count.
// 3. punctuation: the port agrees when every whitespace-separated token loses
//    ALL its leading and trailing ASCII punctuation, unless that leaves fewer
//    than 2 characters (then the token stays whole): dyad's rule. The port
//    counts '!' and '?' in the whole text for its emphasis, so every '!' and
//    '?' stripped is appended again as a one-character token (" !", " ?"),
//    which the port counts but never takes as a word.
// 4. case+punctuation: 2 and 3 together.
// 5. multi-word: the line contains, as consecutive tokens (split at white
//    space, punctuation stripped as in 3, tokens of one character dropped as
//    dyad drops them, lower case, curly apostrophes as '), a multi-word term
//    of lexicons/vader.tsv ("fed up", "can't stand", ...). The port never
//    matches these. (A presence test, not a counterfactual.)
// 6. other: none of the above.
//
// Prints Markdown: lines and differing lines per set and pooled; the kinds
// (lines, share of the differing lines, the example with the largest
// difference: set, id and a text excerpt); the 10 largest "other" lines
// with js, dyad and text; and how many "other" lines agree when the lexicon,
// case and punctuation changes are all made at once. --json prints the same
// as one JSON object (with every "other" line). Pure node, no dependencies
// beyond the installed vader-sentiment.
//
// Exit codes: 0 ok, 64 usage, 65 bad or mismatched data, 66 unreadable
// file or missing program, 70 vader-sentiment unusable, 71 dyad failed.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vader from 'vader-sentiment';

const TOL = 0.01;
const EPS = 1e-9; // as compare.mjs: 4-decimal values 0.01 apart agree
const SETS = ['tweets', 'movieReviewSnippets', 'amazonReviewSnippets'];
const KINDS = ['lexicon', 'case', 'punctuation', 'case+punctuation', 'multi-word', 'other'];
const OTHER_SHOWN = 10;

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', 'data', 'vader');
const dyadLexicon = join(here, '..', '..', 'lexicons', 'vader.tsv');
const portLexicon = join(here, 'node_modules', 'vader-sentiment', 'vader_lexicon.txt');

function die(code, msg) {
  process.stderr.write(`kinds: ${msg}\n`);
  process.exit(code);
}

const USAGE = 'usage: node kinds.mjs BUILD_DIR [--json]';
let json = false;
let buildDir = null;
for (const a of process.argv.slice(2)) {
  if (a === '--json') json = true;
  else if (a === '-h' || a === '--help') { process.stdout.write(USAGE + '\n'); process.exit(0); }
  else if (a.startsWith('-') || buildDir !== null) die(64, USAGE);
  else buildDir = a;
}
if (buildDir === null) die(64, USAGE);
const prog = join(buildDir, 'bench', 'vader_compound');
if (!existsSync(prog)) die(66, `${prog} not found (build dyad first)`);

if (!vader || !vader.SentimentIntensityAnalyzer ||
    typeof vader.SentimentIntensityAnalyzer.polarity_scores !== 'function') {
  die(70, 'vader-sentiment has no SentimentIntensityAnalyzer.polarity_scores');
}
const sia = vader.SentimentIntensityAnalyzer;
const js = (text) => Number(sia.polarity_scores(text).compound.toFixed(4));

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    return die(66, `${file}: ${e.message}`);
  }
}

function readLines(file) {
  const lines = readText(file).split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

// ---- the rewrites of the text

// The port's NEGATE list (src/vaderSentiment.js of vader-sentiment 1.1.3).
const NEGATE = [
  'aint', 'arent', 'cannot', 'cant', 'couldnt', 'darent', 'didnt', 'doesnt',
  "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
  'dont', 'hadnt', 'hasnt', 'havent', 'isnt', 'mightnt', 'mustnt', 'neither',
  "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
  'neednt', "needn't", 'never', 'none', 'nope', 'nor', 'not', 'nothing',
  'nowhere', 'oughtnt', 'shant', 'shouldnt', 'uhuh', 'wasnt', 'werent',
  "oughtn't", "shan't", "shouldn't", 'uh-uh', "wasn't", "weren't", 'without',
  'wont', 'wouldnt', "won't", "wouldn't", 'rarely', 'seldom', 'despite',
];
const LOWER_WORDS = new Set([...NEGATE, 'but', 'never', 'least', 'so', 'this', 'of']);
const CAPS_FILLER = 'QXQ';

const isPunct = (c) => /^[!-\/:-@\[-`{-~]$/.test(c);

// Strips all leading and trailing ASCII punctuation; '' when nothing is left.
function core(tok) {
  let s = 0, e = tok.length;
  while (s < e && isPunct(tok[s])) s++;
  while (e > s && isPunct(tok[e - 1])) e--;
  return tok.slice(s, e);
}

// dyad's rule: the stripped token, unless it has fewer than 2 characters.
const dyadToken = (tok) => {
  const c = core(tok);
  return [...c].length < 2 ? tok : c;
};

// The port's str.isupper(): some capital, no small letter.
const isUpper = (w) => /^[^a-z]*[A-Z]+[^a-z]*$/.test(w);

// Splits into tokens and the white space between them (parts at odd
// indices are tokens when the text starts with white space, else even).
function parts(text) {
  return text.split(/(\s+)/);
}
const isSpace = (p) => p !== '' && /^\s+$/.test(p);

function lowerCase(text) {
  const p = parts(text);
  const toks = [];
  for (let i = 0; i < p.length; i++) if (p[i] !== '' && !isSpace(p[i])) toks.push(i);
  let fillers = 0;
  for (let t = 0; t < toks.length; t++) {
    const tok = p[toks[t]];
    const w = core(tok).toLowerCase();
    let lower = LOWER_WORDS.has(w) || w.includes("n't");
    if (w === 'kind' && t + 1 < toks.length && core(p[toks[t + 1]]).toLowerCase() === 'of') lower = true;
    if (!lower || tok === tok.toLowerCase()) continue;
    if (tok.length > 1 && isUpper(tok)) fillers++;
    p[toks[t]] = tok.toLowerCase();
  }
  return p.join('') + (' ' + CAPS_FILLER).repeat(fillers);
}

function stripPunct(text) {
  const p = parts(text);
  let excl = 0, quest = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '' || isSpace(p[i])) continue;
    const d = dyadToken(p[i]);
    if (d === p[i]) continue;
    const count = (s, c) => s.split(c).length - 1;
    excl += count(p[i], '!') - count(d, '!');
    quest += count(p[i], '?') - count(d, '?');
    p[i] = d;
  }
  return p.join('') + ' !'.repeat(excl) + ' ?'.repeat(quest);
}

// ---- multi-word terms of dyad's lexicon

function multiWordTerms() {
  const terms = [];
  let header = true;
  for (const l of readLines(dyadLexicon)) {
    if (l.startsWith('#') || l.trim() === '') continue;
    if (header) { header = false; continue; } // term valence sd ratings
    const term = l.split('\t')[0];
    if (term.includes(' ')) terms.push(term.toLowerCase().split(' '));
  }
  return terms;
}
const MULTI = multiWordTerms();

function multiWordIn(text) {
  const toks = text.split(/\s+/).filter((t) => t !== '')
    .map((t) => dyadToken(t).toLowerCase().replace(/[\u2018\u2019]/g, "'"))
    .filter((t) => [...t].length >= 2);
  for (const term of MULTI) {
    for (let i = 0; i + term.length <= toks.length; i++) {
      let j = 0;
      while (j < term.length && toks[i + j] === term[j]) j++;
      if (j === term.length) return term.join(' ');
    }
  }
  return null;
}

// ---- dyad

function portLexiconTsv(file) {
  const terms = new Map(); // a repeated term keeps its last value (and place of first)
  for (let l of readLines(portLexicon)) {
    if (l === '') continue;
    const f = l.split('\t');
    if (f.length < 2) die(65, `${portLexicon}: line without a valence: ${JSON.stringify(l)}`);
    terms.set(f[0], [f[0], f[1], f[2] ?? '', f[3] ?? ''].join('\t'));
  }
  writeFileSync(file, 'term\tvalence\tsd\tratings\n' + [...terms.values()].join('\n') + '\n');
}

function dyad(file, lexicon) {
  const args = ['--vader-only'];
  if (lexicon) args.push('--lexicon', lexicon);
  args.push(file);
  let out;
  try {
    out = execFileSync(prog, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (e) {
    return die(71, `${prog} ${args.join(' ')} failed: ${e.message}`);
  }
  const lines = out.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l, i) => {
    const f = l.split('\t');
    const v = Number(f[2]);
    if (f.length < 3 || !Number.isFinite(v)) die(65, `dyad output for ${file}, line ${i + 1}: ${JSON.stringify(l)}`);
    return { id: f[0], compound: v };
  });
}

// ---- attribution

const differ = (a, b) => Math.abs(a - b) > TOL + EPS;
const tmp = mkdtempSync(join(tmpdir(), 'dyad-kinds-'));
const tmpLex = join(tmp, 'port_lexicon.tsv');
const sets = [];
const diffLines = [];
try {
  portLexiconTsv(tmpLex);
  for (const set of SETS) {
    const file = join(dataDir, `${set}_GroundTruth.txt`);
    const rows = readLines(file).map((l) => {
      const f = l.split('\t');
      return { id: f[0], text: f.length >= 3 ? f.slice(2).join('\t') : null };
    });
    const dy = dyad(file, null);
    const dyPort = dyad(file, tmpLex);
    for (const [what, d] of [['dyad', dy], ['dyad --lexicon (port)', dyPort]]) {
      if (d.length !== rows.length) die(65, `${file}: ${rows.length} lines but ${what} printed ${d.length}`);
      d.forEach((r, i) => {
        if (r.id !== rows[i].id) die(65, `${file}:${i + 1}: id ${JSON.stringify(rows[i].id)} but ${what} printed ${JSON.stringify(r.id)}`);
      });
    }
    let differing = 0;
    rows.forEach((r, i) => {
      const j = r.text === null ? 0 : js(r.text);
      const d = dy[i].compound;
      if (!differ(d, j)) return;
      differing++;
      const text = r.text ?? '';
      const line = { set, line: i + 1, id: r.id, js: j, dyad: d, diff: Number((d - j).toFixed(4)), text };
      const lowered = lowerCase(text);
      const both = stripPunct(lowered);
      if (!differ(dyPort[i].compound, j)) line.kind = 'lexicon';
      else if (!differ(d, js(lowered))) line.kind = 'case';
      else if (!differ(d, js(stripPunct(text)))) line.kind = 'punctuation';
      else if (!differ(d, js(both))) line.kind = 'case+punctuation';
      else {
        const term = multiWordIn(text);
        if (term !== null) {
          line.kind = 'multi-word';
          line.term = term;
        } else {
          line.kind = 'other';
          // all three changes at once: dyad with the port's lexicon, the
          // port on the lower-cased and stripped text
          line.all_three_agree = !differ(dyPort[i].compound, js(both));
        }
      }
      diffLines.push(line);
    });
    sets.push({ set, lines: rows.length, differing });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// ---- report

const total = sets.reduce((a, s) => a + s.lines, 0);
const totalDiff = diffLines.length;
sets.push({ set: 'all', lines: total, differing: totalDiff });
const byMag = (a, b) => Math.abs(b.diff) - Math.abs(a.diff) || SETS.indexOf(a.set) - SETS.indexOf(b.set) || a.line - b.line;
const kinds = KINDS.map((kind) => {
  const ls = diffLines.filter((l) => l.kind === kind).sort(byMag);
  const ex = ls[0];
  return {
    kind,
    lines: ls.length,
    share: totalDiff ? Number((ls.length / totalDiff).toFixed(4)) : null,
    example: ex ? { set: ex.set, id: ex.id, js: ex.js, dyad: ex.dyad, text: ex.text, ...(ex.term ? { term: ex.term } : {}) } : null,
  };
});
const others = diffLines.filter((l) => l.kind === 'other').sort(byMag);
const othersAllThree = others.filter((l) => l.all_three_agree).length;

if (json) {
  process.stdout.write(JSON.stringify({
    tolerance: TOL,
    sets,
    kinds,
    other_all_three_agree: othersAllThree,
    other: others.map(({ set, line, id, js: j, dyad: d, diff, text, all_three_agree }) =>
      ({ set, line, id, js: j, dyad: d, diff, all_three_agree, text })),
  }) + '\n');
  process.exit(0);
}

const md = (s) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const excerpt = (s, n = 60) => {
  const c = [...s.trim()];
  return md(c.length > n ? c.slice(0, n - 1).join('').trimEnd() + '…' : c.join(''));
};
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : 'n/a');
const f4 = (v) => v.toFixed(4);
const out = [];
out.push('| set | lines | differing (> 0.01) | share |');
out.push('| --- | ---: | ---: | ---: |');
for (const s of sets) out.push(`| ${s.set} | ${s.lines} | ${s.differing} | ${pct(s.differing, s.lines)} |`);
out.push('');
out.push('| kind | lines | share of differing lines | example (largest difference) |');
out.push('| --- | ---: | ---: | --- |');
for (const k of kinds) {
  const e = k.example;
  const ex = e ? `${e.set} ${e.id}: "${excerpt(e.text)}" (js ${f4(e.js)}, dyad ${f4(e.dyad)}${e.term ? `; "${md(e.term)}"` : ''})` : '';
  out.push(`| ${k.kind} | ${k.lines} | ${pct(k.lines, totalDiff)} | ${ex} |`);
}
out.push(`| all | ${totalDiff} | ${pct(totalDiff, totalDiff)} | |`);
out.push('');
if (others.length) {
  out.push(`${Math.min(OTHER_SHOWN, others.length)} largest of the ${others.length} "other" lines ` +
    `(${othersAllThree} of them agree when lexicon, case and punctuation are changed at once):`);
  out.push('');
  out.push('| set | id | js | dyad | text |');
  out.push('| --- | --- | ---: | ---: | --- |');
  for (const l of others.slice(0, OTHER_SHOWN)) {
    out.push(`| ${l.set} | ${l.id} | ${f4(l.js)} | ${f4(l.dyad)} | ${excerpt(l.text, 160)} |`);
  }
}
process.stdout.write(out.join('\n') + '\n');
