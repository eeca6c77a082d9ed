#!/usr/bin/env node
// Score a VADER ground-truth file with the vader-sentiment JS port (1.1.3).
//
//   node js_compound.mjs FILE > js.tsv
//
// FILE has lines `id TAB mean_rating TAB text` (CRLF or LF, final newline
// optional). For every input line, in input order, prints
// `id TAB rating TAB compound`, compound with 4 decimals, where compound is
// vader.SentimentIntensityAnalyzer.polarity_scores(text).compound. A line
// without a text field gets compound 0 and a warning on stderr. Text that
// itself contains a TAB (none of the shipped sets do) is taken whole: the
// fields after the second TAB are joined back.
//
// Import: the package's "main" is a webpack bundle
// (build/vaderSentiment.bundle.js, libraryTarget "commonjs") whose only
// export is `exports.SentimentIntensityAnalyzer` (the class; polarity_scores
// is a static method). From an ES module the default import is the CommonJS
// `module.exports` object, so the call is
// `vader.SentimentIntensityAnalyzer.polarity_scores(text)`, exactly as with
// `require('vader-sentiment')`. (A named import also works, through Node's
// CommonJS export detection, but the default import does not depend on it.)

import { readFileSync } from 'node:fs';
import vader from 'vader-sentiment';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  process.stderr.write('usage: node js_compound.mjs GROUND_TRUTH_FILE\n');
  process.exit(64);
}

if (!vader || !vader.SentimentIntensityAnalyzer ||
    typeof vader.SentimentIntensityAnalyzer.polarity_scores !== 'function') {
  process.stderr.write('js_compound: vader-sentiment has no SentimentIntensityAnalyzer.polarity_scores\n');
  process.exit(70);
}
const sia = vader.SentimentIntensityAnalyzer;

let data;
try {
  data = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (e) {
  process.stderr.write(`js_compound: ${file}: ${e.message}\n`);
  process.exit(66);
}

const lines = data.split('\n');
if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop(); // final newline

const out = [];
let warnings = 0;
for (let i = 0; i < lines.length; i++) {
  let line = lines[i];
  if (line.endsWith('\r')) line = line.slice(0, -1);
  const f = line.split('\t');
  const id = f[0];
  const rating = f.length > 1 ? f[1] : '';
  let compound = 0;
  if (f.length < 3) {
    warnings++;
    process.stderr.write(`js_compound: ${file}:${i + 1}: no text field, compound 0\n`);
  } else {
    const text = f.slice(2).join('\t');
    compound = sia.polarity_scores(text).compound;
  }
  out.push(`${id}\t${rating}\t${compound.toFixed(4)}`);
}
process.stdout.write(out.length ? out.join('\n') + '\n' : '');
if (warnings) process.stderr.write(`js_compound: ${file}: ${warnings} line(s) without text\n`);
