#!/usr/bin/env node
// Compare dyad's sentence compound with the vader-sentiment JS port.
//
//   node compare.mjs [--json] [--set NAME] [--top N] JS_OUT.tsv DYAD_OUT.tsv [TEXTS.tsv]
//
// JS_OUT.tsv   output of js_compound.mjs      (id TAB rating TAB compound)
// DYAD_OUT.tsv output of dyad's vader_compound (same format)
// TEXTS.tsv    the ground-truth file both were made from (id TAB rating TAB
//              text); when given, the largest differences are listed with
//              their text.
//
// The files are joined by line order; the ids (and the line counts) must
// match, else it stops with an error naming the file and line. Prints n,
// the share of lines with |dyad - js| <= 0.01, the mean absolute
// difference, and Pearson r of js vs the human mean rating, dyad vs the
// human rating and dyad vs js. The human rating is taken from JS_OUT.
// --json prints the same figures as one JSON object (r is null where it is
// undefined, e.g. a constant column). Pure node, no dependencies.
//
// Exit codes: 0 ok, 64 usage, 65 bad or mismatched data, 66 unreadable file.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const TOL = 0.01;
const EPS = 1e-9; // compounds carry 4 decimals: |0.1234 - 0.1134| must count as <= 0.01

function die(code, msg) {
  process.stderr.write(`compare: ${msg}\n`);
  process.exit(code);
}

function usage() {
  die(64, 'usage: node compare.mjs [--json] [--set NAME] [--top N] JS_OUT.tsv DYAD_OUT.tsv [TEXTS.tsv]');
}

// ---- arguments
let json = false;
let setName = null;
let top = 15;
const files = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--json') json = true;
  else if (a === '--set') { if (++i >= argv.length) usage(); setName = argv[i]; }
  else if (a === '--top') {
    if (++i >= argv.length) usage();
    top = Number(argv[i]);
    if (!Number.isInteger(top) || top < 0) usage();
  } else if (a === '-h' || a === '--help') {
    process.stdout.write('usage: node compare.mjs [--json] [--set NAME] [--top N] JS_OUT.tsv DYAD_OUT.tsv [TEXTS.tsv]\n');
    process.exit(0);
  } else if (a.startsWith('--')) usage();
  else files.push(a);
}
if (files.length < 2 || files.length > 3) usage();
const [jsFile, dyadFile, textsFile] = files;

// ---- reading
function readLines(file) {
  let data;
  try {
    data = readFileSync(file, 'utf8');
  } catch (e) {
    die(66, `${file}: ${e.message}`);
  }
  const lines = data.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

function num(s, file, line, what) {
  const t = (s ?? '').trim();
  const v = t === '' ? NaN : Number(t);
  if (!Number.isFinite(v)) die(65, `${file}:${line}: ${what} is not a number: ${JSON.stringify(s ?? '')}`);
  return v;
}

function readScores(file) {
  return readLines(file).map((l, i) => {
    const f = l.split('\t');
    if (f.length < 3) die(65, `${file}:${i + 1}: expected id TAB rating TAB compound`);
    return {
      id: f[0],
      rating: num(f[1], file, i + 1, 'rating'),
      compound: num(f[2], file, i + 1, 'compound'),
    };
  });
}

const js = readScores(jsFile);
const dy = readScores(dyadFile);
if (js.length !== dy.length) {
  die(65, `${jsFile} has ${js.length} lines but ${dyadFile} has ${dy.length}`);
}
for (let i = 0; i < js.length; i++) {
  if (js[i].id !== dy[i].id) {
    die(65, `line ${i + 1}: id ${JSON.stringify(js[i].id)} in ${jsFile} but ${JSON.stringify(dy[i].id)} in ${dyadFile}`);
  }
}

let texts = null;
if (textsFile) {
  const t = readLines(textsFile);
  if (t.length !== js.length) die(65, `${textsFile} has ${t.length} lines but ${jsFile} has ${js.length}`);
  texts = t.map((l, i) => {
    const f = l.split('\t');
    if (f[0] !== js[i].id) {
      die(65, `line ${i + 1}: id ${JSON.stringify(f[0])} in ${textsFile} but ${JSON.stringify(js[i].id)} in ${jsFile}`);
    }
    return f.length >= 3 ? f.slice(2).join('\t') : '';
  });
}

// ---- statistics
function pearson(x, y) {
  const n = x.length;
  if (n < 2) return null;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
  mx /= n; my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx, dy = y[i] - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

const n = js.length;
const human = js.map((r) => r.rating);
const jc = js.map((r) => r.compound);
const dc = dy.map((r) => r.compound);
let within = 0, sumAbs = 0;
const diffs = [];
for (let i = 0; i < n; i++) {
  const d = dc[i] - jc[i];
  const ad = Math.abs(d);
  if (ad <= TOL + EPS) within++;
  sumAbs += ad;
  diffs.push({ line: i + 1, id: js[i].id, rating: human[i], js: jc[i], dyad: dc[i], diff: d });
}
let ratingMismatch = 0;
for (let i = 0; i < n; i++) if (Math.abs(js[i].rating - dy[i].rating) > 1e-6) ratingMismatch++;

const round = (v, k) => (v === null || !Number.isFinite(v) ? null : Number(v.toFixed(k)));
const name = setName ?? basename(textsFile ?? dyadFile).replace(/_GroundTruth\.txt$/, '').replace(/\.[^.]*$/, '');

const result = {
  set: name,
  n,
  within_0_01: n ? round(within / n, 4) : null,
  within_0_01_count: within,
  mean_abs_diff: n ? round(sumAbs / n, 4) : null,
  r_js_human: round(pearson(jc, human), 4),
  r_dyad_human: round(pearson(dc, human), 4),
  r_dyad_js: round(pearson(dc, jc), 4),
};
if (ratingMismatch) result.rating_mismatches = ratingMismatch;

let largest = [];
if (texts) {
  largest = diffs
    .filter((d) => Math.abs(d.diff) > TOL + EPS)
    .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff) || a.line - b.line)
    .slice(0, top)
    .map((d) => ({ ...d, diff: round(d.diff, 4), text: texts[d.line - 1] }));
  result.largest = largest;
}

// ---- output
if (json) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  const f = (v, k = 4) => (v === null ? 'n/a' : v.toFixed(k));
  const out = [];
  out.push(`set: ${name}`);
  out.push(`n: ${n}`);
  out.push(`within 0.01: ${n ? (100 * within / n).toFixed(2) : 'n/a'}% (${within}/${n})`);
  out.push(`mean abs diff: ${f(result.mean_abs_diff)}`);
  out.push(`r(VADER-js, human): ${f(result.r_js_human)}`);
  out.push(`r(dyad, human): ${f(result.r_dyad_human)}`);
  out.push(`r(dyad, VADER-js): ${f(result.r_dyad_js)}`);
  if (ratingMismatch) out.push(`warning: ${ratingMismatch} line(s) where the two files give different ratings`);
  if (texts) {
    out.push('');
    if (largest.length === 0) {
      out.push('no line differs by more than 0.01');
    } else {
      out.push(`${largest.length} largest differences (dyad - js):`);
      for (const d of largest) {
        const sign = d.diff > 0 ? '+' : '';
        out.push(`  line ${d.line} id ${d.id}: js ${d.js.toFixed(4)} dyad ${d.dyad.toFixed(4)} diff ${sign}${d.diff.toFixed(4)} human ${d.rating}`);
        out.push(`    ${d.text}`);
      }
    }
  }
  process.stdout.write(out.join('\n') + '\n');
}
