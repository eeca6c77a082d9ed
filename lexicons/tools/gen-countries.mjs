#!/usr/bin/env node
// gen-countries.mjs - generate dyad's country gazetteer (lexicons/countries.tsv)
// from the world-countries package (Mohammed Le Doze; data under ODbL-1.0,
// see lexicons/LICENSE.world-countries).
//
// How to regenerate (from the repository root; Node 20, no other dependencies):
//   (cd lexicons/tools && npm ci)
//   node lexicons/tools/gen-countries.mjs \
//     lexicons/tools/node_modules/world-countries/countries.json > lexicons/countries.tsv
//
// The output is deterministic (no timestamps): regenerating from the same
// package version gives a byte-identical file. Warnings (alias conflicts that
// were resolved, dropped spellings with --verbose) go to stderr.
//
// Never edit countries.tsv by hand: put hand-written entries in
// lexicons/actors.tsv, or change the tables below and regenerate.
//
// Output format (the C loader is strict): UTF-8, LF, TAB-separated, '#'
// comments, one header line `code kind alias from to rule note`, 7 fields on
// every data line.

import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SOURCE_VERSION = '5.1.0';

// ---------------------------------------------------------------------------
// Tables (the judgement calls live here)
// ---------------------------------------------------------------------------

// world-countries uses the placeholder cca3 "UNK" for Kosovo; dyad uses XKX.
const CODE_MAP = { UNK: 'XKX' };

// Alpha-3 codes NOT emitted as `code` aliases, because the uppercase string is
// an English word, a name, or a common acronym/abbreviation in news text.
// Kosovo (XKX/UNK) has no alpha-3 line either: nobody writes it.
const CODE_STOP = {
  AGO: 'word "ago"', AIA: 'AIA insurer / architects institute', ALA: 'word "a la", library assoc.',
  AND: 'word', ARE: 'word', ARM: 'word', ASM: 'ASM International (semiconductors)',
  ATA: 'Air Transport Assoc.', ATF: 'US Bureau of Alcohol, Tobacco, Firearms',
  BEL: 'name/word', BEN: 'name', BFA: 'Bachelor of Fine Arts', BHS: 'retailer',
  BLM: 'Black Lives Matter / Bureau of Land Management', BRA: 'word', BRB: 'chat slang',
  BTN: 'button', CAF: 'African football confederation', CAN: 'word', COD: 'word (fish)',
  COG: 'word', COL: 'colonel / column', COM: 'word (.com)', CUB: 'word',
  CYP: 'cytochrome P450', DJI: 'DJI (Chinese drone maker)', DMA: 'EU Digital Markets Act',
  DOM: 'word/name', ECU: 'European Currency Unit', ESP: 'word', EST: 'Eastern Standard Time',
  ETH: 'Ether', FIN: 'word', FRO: 'word', GAB: 'word', GEO: 'word', GIN: 'word',
  GLP: 'GLP-1 drugs', GTM: 'go-to-market', GUM: 'word', GUY: 'word', HUN: 'word',
  IND: 'independent (politics)', IOT: 'Internet of Things', IRL: 'in real life',
  ISR: 'intelligence, surveillance, reconnaissance', ITA: 'US International Trade Administration',
  JAM: 'word', KEN: 'name', LCA: 'life-cycle assessment', LIE: 'word', LUX: 'word',
  MAC: 'word / Taiwan Mainland Affairs Council', MAR: 'word / March', MDA: 'US Missile Defense Agency',
  MDG: 'Millennium Development Goals', MMR: 'vaccine', MRT: 'metro (Singapore, Taipei)',
  MUS: 'word', NAM: 'word / Non-Aligned Movement', NGA: 'US geospatial intelligence agency',
  NIC: 'US National Intelligence Council', NOR: 'word', NPL: 'non-performing loan',
  PAN: 'word', PER: 'word', POL: 'word / politician', SEN: 'Senator', SGS: 'SGS (company)',
  SLB: 'SLB (company)', SLV: 'silver ETF', SMR: 'small modular reactor', SOM: 'word',
  SSD: 'solid-state drive', STP: 'standard temperature and pressure', SUR: 'word',
  TLS: 'Transport Layer Security', TON: 'word', TUN: 'word', TUV: 'TUV certification',
  UGA: 'University of Georgia', VAT: 'value-added tax',
};

// Words that make an alternative spelling "English-looking" (besides the words
// of the country's own English name, official name, capital and demonyms).
const ENGLISH_FORM_WORDS = new Set([
  'Republic', 'of', 'the', 'and', 'Kingdom', 'State', 'States', 'Federal', 'Democratic',
  "People's", 'Islamic', 'United', 'Commonwealth', 'Principality', 'Grand', 'Duchy', 'Union',
  'Socialist', 'Federation', 'Federated', 'Islands', 'Territory', 'Territories', 'Bailiwick',
  'Collectivity', 'Sultanate', 'Hashemite', 'Arab', 'Independent', 'Plurinational',
  'Bolivarian', 'Oriental', 'Nation', 'Confederation', 'St.', 'Saint', 'Department',
]);

// Alternative spellings kept although the heuristic would drop them
// (key "CODE|spelling" -> kind). Emitted with the given kind.
const ALT_KEEP = {
  'NLD|Holland': 'short', 'MMR|Burma': 'short', 'SWZ|Swaziland': 'historical',
  'BRN|Brunei Darussalam': 'short', 'FRO|Faeroe Islands': 'short',
  'MDV|Maldive Islands': 'short', 'VNM|Viet Nam': 'short', 'ROU|Rumania': 'historical',
  'ROU|Roumania': 'historical', 'TLS|East Timor': 'short', 'TWN|Chinese Taipei': 'short',
  'MKD|The former Yugoslav Republic of Macedonia': 'historical',
  'TUR|Republic of Turkey': 'short', 'USA|US': 'code',
};

// Alternative spellings dropped although the heuristic would keep them.
const ALT_DROP = {
  'BRN|the Abode of Peace': 'fragment of the official name',
  'TLS|Timor': 'the island, shared with Indonesia',
  'BMU|The Islands of Bermuda': 'not used in news',
  'ALA|Aland': 'fragment; "Aland Islands" is emitted',
  'BES|Bonaire Sint Eustatius and Saba': 'official name without its comma (official emitted)',
};

// Aliases dropped whatever their origin ("CODE|alias" -> reason).
const ALIAS_DROP = {
  'VGB|Virgin Islands': 'official name of the BVI, but as often the US Virgin Islands',
  'GUF|Guiana': 'the Guiana region (Guyana, Suriname, French Guiana)',
  'SJM|Svalbard og Jan Mayen': 'Norwegian form of the name',
};

// Kind overrides for aliases coming from the data ("CODE|alias" -> kind).
const KIND_OVERRIDE = {
  'SAU|Saudi': 'demonym',
  'LAO|Lao': 'demonym',
  'TGO|Togolese': 'demonym',
  'THA|Thai': 'demonym',
  'MKD|Macedonia': 'historical',
};

// Notes attached to particular aliases ("CODE|alias" -> note).
const NOTES = {
  'ISR|Jerusalem': 'capital as given by the source; status disputed',
  'COG|Congo': 'also used for DR Congo (COD): see header',
};

// Date bounds ("CODE|alias" -> [from, to], inclusive).
// North Macedonia's name took effect on 2019-02-12; after that "Macedonia"
// mostly means the Greek region.
const DATES = {
  'MKD|Macedonia': ['', '2019-02-11'],
  'MKD|former Yugoslav Republic of Macedonia': ['', '2019-02-11'],
  'MKD|FYROM': ['', '2019-02-11'],
};

// Capitals: drops and replacements.
const CAPITAL_DROP = {
  'AIA|The Valley': '"the valley" once the leading "the" is ignored',
  'BES|The Bottom': '"the bottom" once the leading "the" is ignored',
  "ATG|Saint John's": 'ends in a possessive, which the tokenizer strips ("Saint John" is ambiguous)',
  "GRD|St. George's": 'ends in a possessive, which the tokenizer strips ("St. George" is ambiguous)',
};
const CAPITAL_REPLACE = {
  // Tokens: "Washington D.C." is written many ways; emit the city name with
  // the `city` rule (Washington state, people named Washington).
  'USA|Washington D.C.': 'Washington',
};

// Context rules (alias -> [rule, note]); applied to the alias under any code.
// Rules are implemented by the C matcher (include/dyad/actors.h): person,
// state, noun, city. (The brief also allowed `code` for uppercase codes that
// are English words; such alpha-3 codes are left out instead, see CODE_STOP.)
const RULES = {
  Georgia: ['state', 'US state'],
  Jersey: ['state', '"New Jersey"; jersey (garment)'],
  Jordan: ['person', 'given name/surname'],
  Chad: ['person', 'given name'],
  Holland: ['person', 'surname'],
  Hamilton: ['person', 'surname; cities in Canada, NZ'],
  Douglas: ['person', 'given name/surname'],
  Stanley: ['person', 'given name/surname'],
  Sofia: ['person', 'given name'],
  Moroni: ['person', 'surname; Book of Mormon'],
  Finn: ['person', 'given name'],
  Dane: ['person', 'given name'],
  Turkey: ['noun', 'turkey (bird)'],
  China: ['noun', 'china (porcelain)'],
  Guinea: ['noun', 'guinea pig/fowl; New Guinea'],
  Niger: ['noun', 'Niger river/delta (Nigeria)'],
  Chile: ['noun', 'chile pepper'],
  Polish: ['noun', 'polish (verb/noun) at sentence start'],
  Pole: ['noun', 'pole (noun) at sentence start'],
  Washington: ['city', 'US capital; Washington state; surname'],
  Victoria: ['city', 'Victoria BC/Australia; given name'],
  Kingston: ['city', 'Kingston ON/NY'],
  Georgetown: ['city', 'Washington DC district; university'],
  'George Town': ['city', 'Penang'],
  Jamestown: ['city', 'US towns'],
  Plymouth: ['city', 'Plymouth, England; US towns'],
  Santiago: ['city', 'other cities; given name'],
  'San Juan': ['city', 'other cities'],
  'San José': ['city', 'San Jose, California'],
  'San Jose': ['city', 'San Jose, California'],
  'Panama City': ['city', 'Panama City, Florida'],
  'Saint-Denis': ['city', 'Saint-Denis near Paris'],
  Tripoli: ['city', 'Tripoli, Lebanon'],
  Athens: ['city', 'Athens, Georgia/Ohio'],
  Wellington: ['city', 'Duke of Wellington; other towns'],
  Nassau: ['city', 'Nassau County NY'],
  'West Island': ['city', 'West Island of Montreal'],
};

// Aliases under more than one code: alias -> [winning code or null (drop
// everywhere), reason]. Every conflict must be listed; an unlisted conflict
// stops the script so that a new package version is reviewed by a person.
const RESOLVE = {
  Congolese: ['COG', 'follows "Congo" (COG, as in the source data); DR Congo keeps "DR Congo", "DRC", "Congo-Kinshasa"'],
  American: ['USA', 'not MNP (Northern Mariana Islands)'],
  Americans: ['USA', 'not MNP'],
  French: ['FRA', 'not ATF (French Southern Territories)'],
  Dutch: ['NLD', 'not BES (Caribbean Netherlands)'],
  Indian: ['IND', 'not IOT (British Indian Ocean Territory)'],
  Indians: ['IND', 'not IOT'],
  Norwegian: ['NOR', 'not SJM (Svalbard and Jan Mayen)'],
  Norwegians: ['NOR', 'not SJM'],
  Dominican: ['DOM', 'Dominican Republic is the common referent; Dominica (DMA) keeps its name'],
  Dominicans: ['DOM', 'as "Dominican"'],
  Kingston: ['JAM', 'not NFK (Norfolk Island)'],
  Oranjestad: ['ABW', 'capital of Aruba; also Sint Eustatius (BES)'],
  'Channel Islander': [null, 'Guernsey or Jersey: ambiguous, dropped'],
  'Channel Islanders': [null, 'ambiguous, dropped'],
  'Virgin Islander': [null, 'British or US Virgin Islands: ambiguous, dropped'],
  'Virgin Islanders': [null, 'ambiguous, dropped'],
  Brussels: ['EUU', 'metonym for the EU institutions; not BEL (capital)'],
};

// Aliases that world-countries does not have but that English news uses.
// [code, kind, alias, from, to, note]. Lines from this table carry a note
// starting with "dyad:". Rules come from RULES.
const SUPPLEMENT = [
  ['USA', 'short', 'U.S.', '', '', ''],
  ['USA', 'short', 'U.S.A.', '', '', ''],
  ['USA', 'short', 'America', '', '', ''],
  ['GBR', 'short', 'Britain', '', '', ''],
  ['GBR', 'short', 'U.K.', '', '', ''],
  ['GBR', 'short', 'Northern Ireland', '', '', 'part of the UK; keeps "Ireland" from matching IRL'],
  ['GBR', 'demonym', 'Briton', '', '', ''],
  ['CHN', 'code', 'PRC', '', '', ''],
  ['KOR', 'code', 'ROK', '', '', ''],
  ['TWN', 'code', 'ROC', '', '', ''],
  ['SAU', 'code', 'KSA', '', '', ''],
  ['HKG', 'code', 'HKSAR', '', '', ''],
  ['HKG', 'demonym', 'Hongkonger', '', '', ''],
  ['TUR', 'short', 'Turkey', '', '', 'English exonym; source common name is Türkiye'],
  ['TUR', 'demonym', 'Turk', '', '', ''],
  ['COG', 'short', 'Republic of Congo', '', '', ''],
  ['COG', 'short', 'Congo-Brazzaville', '', '', ''],
  ['CPV', 'short', 'Cabo Verde', '', '', ''],
  ['CPV', 'demonym', 'Cape Verdean', '', '', ''],
  ['VAT', 'short', 'Holy See', '', '', ''],
  ['TCA', 'short', 'Turks and Caicos', '', '', 'keeps "Turks" from matching TUR'],
  ['MKD', 'historical', 'FYROM', '', '', ''],
  ['PHL', 'demonym', 'Philippine', '', '', ''],
  ['ARG', 'demonym', 'Argentinian', '', '', ''],
  ['KAZ', 'demonym', 'Kazakh', '', '', ''],
  ['KGZ', 'demonym', 'Kyrgyz', '', '', ''],
  ['TJK', 'demonym', 'Tajik', '', '', ''],
  ['UZB', 'demonym', 'Uzbek', '', '', ''],
  ['ECU', 'demonym', 'Ecuadorian', '', '', ''],
  ['MDV', 'demonym', 'Maldivian', '', '', ''],
  ['ISL', 'demonym', 'Icelandic', '', '', ''],
  ['SVN', 'demonym', 'Slovenian', '', '', ''],
  ['FIN', 'demonym', 'Finn', '', '', ''],
  ['DNK', 'demonym', 'Dane', '', '', ''],
  ['SWE', 'demonym', 'Swede', '', '', ''],
  ['POL', 'demonym', 'Pole', '', '', ''],
  ['ESP', 'demonym', 'Spaniard', '', '', ''],
  ['SRB', 'demonym', 'Serb', '', '', ''],
  ['HRV', 'demonym', 'Croat', '', '', ''],
  ['UKR', 'capital', 'Kiev', '', '', 'older spelling'],
  ['MNG', 'capital', 'Ulaanbaatar', '', '', ''],
  ['MMR', 'capital', 'Naypyitaw', '', '', ''],
  ['YEM', 'capital', 'Sanaa', '', '', ''],
  ['KAZ', 'historical', 'Nur-Sultan', '2019-03-20', '2022-09-17', 'name of the capital 2019-2022'],
  // Actors that are not in ISO 3166-1 (TWN and HKG are in the data).
  ['EUU', 'name', 'European Union', '', '', ''],
  ['EUU', 'code', 'EU', '', '', ''],
  ['EUU', 'short', 'E.U.', '', '', ''],
  ['EUU', 'seat', 'Brussels', '', '', ''],
  ['EUU', 'institution', 'European Commission', '', '', ''],
  ['NATO', 'name', 'NATO', '', '', ''],
  ['NATO', 'official', 'North Atlantic Treaty Organization', '', '', ''],
  ['NATO', 'short', 'North Atlantic Treaty Organisation', '', '', ''],
  ['NATO', 'short', 'Nato', '', '', 'BBC/Guardian style'],
  ['NATO', 'short', 'Atlantic Alliance', '', '', ''],
  ['NATO', 'short', 'North Atlantic Alliance', '', '', ''],
];
const EXTRA_ACTORS = { EUU: 'European Union', NATO: 'North Atlantic Treaty Organization' };

// Demonym plurals: emitted for demonyms except these (and those ending in
// -ese, -sh, -ch, -ss, -s, -x, -z, -ic, which have no -s plural).
const NO_PLURAL = new Set(['Motswana', 'Mosotho', 'I-Kiribati', 'Ni-Vanuatu', 'Malagasy',
  'Djibouti', 'Gibraltar', 'Vatican', 'Lao', 'Philippine', 'Icelandic', 'Kyrgyz']);
const PLURAL_EXTRA = { Czech: 'Czechs' };

// ASCII spellings of accented aliases are also emitted, except these words.
const FOLD_EXCLUDE = new Set(['Male']);

// ---------------------------------------------------------------------------

const KINDS = ['name', 'official', 'short', 'code', 'demonym', 'capital', 'seat',
  'institution', 'military', 'bank', 'holder', 'historical'];
// When one code has the same alias twice, the kind earlier in this list wins.
const KIND_PRIORITY = ['name', 'official', 'demonym', 'short', 'historical', 'code',
  'capital', 'seat', 'institution', 'military', 'bank', 'holder'];

const verbose = process.argv.includes('--verbose');
const args = process.argv.slice(2).filter((a) => a !== '--verbose');
if (args.length !== 1) {
  process.stderr.write('usage: node gen-countries.mjs [--verbose] path/to/world-countries/countries.json > countries.tsv\n');
  process.exit(2);
}
const jsonPath = args[0];
const pkgPath = join(dirname(jsonPath), 'package.json');
if (!existsSync(pkgPath)) die(`cannot find ${pkgPath} (the package's own package.json, to check its version)`);
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
if (pkg.name !== 'world-countries' || pkg.version !== SOURCE_VERSION) {
  die(`expected world-countries ${SOURCE_VERSION}, found ${pkg.name} ${pkg.version}: review the tables in this script, then update SOURCE_VERSION`);
}
const countries = JSON.parse(readFileSync(jsonPath, 'utf8'));

function die(msg) { process.stderr.write(`gen-countries: error: ${msg}\n`); process.exit(1); }
function warn(msg) { process.stderr.write(`gen-countries: warning: ${msg}\n`); }

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
// Latin script only: ASCII, Latin-1 letters, Latin Extended-A/B, Latin Extended Additional,
// combining marks, and typographic apostrophes.
const isLatin = (s) => /^[\u0020-\u007E\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F\u2018\u2019]*$/.test(s)
  && !/[\u00D7\u00F7]/.test(s);
const clean = (s) => s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim()
  .replace(/^(the|The) /, '');

const entries = []; // {code, kind, alias, from, to, rule, note}
const dropped = [];
function add(code, kind, alias, note = '', from = '', to = '') {
  alias = clean(alias);
  if (!alias) return;
  if (/[\t\n\r]/.test(alias)) die(`bad alias ${JSON.stringify(alias)}`);
  if (!KINDS.includes(kind)) die(`bad kind ${kind}`);
  const key = `${code}|${alias}`;
  if (ALIAS_DROP[key]) { dropped.push(`${code}\t${alias}\t${ALIAS_DROP[key]}`); return; }
  if (KIND_OVERRIDE[key]) kind = KIND_OVERRIDE[key];
  if (DATES[key]) [from, to] = DATES[key];
  if (NOTES[key]) note = note ? `${note}; ${NOTES[key]}` : NOTES[key];
  entries.push({ code, kind, alias, from, to, rule: '', note });
}

function formWords(c) {
  const words = new Set();
  const texts = [c.name.common, c.name.official, ...(c.capital || [])];
  const d = c.demonyms && c.demonyms.eng;
  if (d) texts.push(d.m, d.f);
  for (const t of texts) {
    for (const w of t.split(/[\s,()-]+/)) if (w) { words.add(w); words.add(fold(w)); }
  }
  return words;
}

function splitDemonym(s) {
  return s.split(/,\s*|\s+or\s+/).map((x) => x.trim()).filter(Boolean);
}

function plural(d) {
  if (PLURAL_EXTRA[d]) return PLURAL_EXTRA[d];
  if (NO_PLURAL.has(d)) return null;
  if (/(ese|sh|ch|ss|s|x|z|ic)$/.test(d)) return null;
  return d + 's';
}

for (const c of countries) {
  const code = CODE_MAP[c.cca3] || c.cca3;
  const name = clean(c.name.common);
  add(code, 'name', name);
  // "St. Lucia"; the matcher ignores dots, so this also covers "St Lucia".
  if (/^Saint /.test(name)) add(code, 'short', name.replace(/^Saint /, 'St. '));
  if (clean(c.name.official) !== name) add(code, 'official', c.name.official);

  const d = c.demonyms && c.demonyms.eng;
  if (d) {
    const seen = new Set();
    for (const x of [...splitDemonym(d.m), ...splitDemonym(d.f)]) {
      if (seen.has(x)) continue;
      seen.add(x);
      add(code, 'demonym', x);
    }
  }

  const words = formWords(c);
  for (const raw of c.altSpellings || []) {
    const s = raw.trim();
    const key = `${code}|${s}`;
    let kind = null; let why = '';
    if (ALT_KEEP[key]) kind = ALT_KEEP[key];
    else if (s === c.cca2) why = 'alpha-2 code';
    else if (ALT_DROP[key]) why = ALT_DROP[key];
    else if (!isLatin(s)) why = 'non-Latin script';
    else if (/[,()]/.test(s)) why = 'inverted or qualified form';
    else if (/^[A-Z]{2,5}$/.test(s)) kind = 'code';
    else {
      // Raw tokens: an accented spelling of an English word ("Táiwān",
      // "România") is a foreign form, an unaccented one ("Cote d'Ivoire") is not.
      const toks = clean(s).split(/[\s-]+/);
      const foreign = toks.filter((t) => !ENGLISH_FORM_WORDS.has(t) && !words.has(t));
      if (foreign.length === 0) kind = 'short';
      else why = `not English (${foreign.join(' ')})`;
    }
    if (kind) add(code, kind, s);
    else dropped.push(`${code}\t${s}\t${why}`);
  }

  if (!CODE_STOP[c.cca3] && !CODE_MAP[c.cca3]) add(code, 'code', c.cca3);

  for (const cap of c.capital || []) {
    const key = `${code}|${cap}`;
    if (CAPITAL_DROP[key]) { dropped.push(`${code}\t${cap}\tcapital: ${CAPITAL_DROP[key]}`); continue; }
    add(code, 'capital', CAPITAL_REPLACE[key] || cap, CAPITAL_REPLACE[key] ? `source: ${cap}` : '');
  }
}

for (const [code, kind, alias, from, to, note] of SUPPLEMENT) {
  add(code, kind, alias, note ? `dyad: ${note}` : 'dyad', from, to);
}

// Demonym plurals, then ASCII spellings.
for (const e of [...entries]) {
  if (e.kind !== 'demonym') continue;
  const last = e.alias.split(' ').pop();
  const p = plural(last);
  if (p) add(e.code, 'demonym', e.alias.slice(0, e.alias.length - last.length) + p,
    e.note.startsWith('dyad') ? 'dyad: plural' : 'plural', e.from, e.to);
}
for (const e of [...entries]) {
  if (!['name', 'official', 'short', 'demonym', 'capital', 'historical'].includes(e.kind)) continue;
  const f = fold(e.alias);
  if (f === e.alias || FOLD_EXCLUDE.has(f) || !/^[\x20-\x7E]+$/.test(f)) continue;
  add(e.code, e.kind, f, e.note.startsWith('dyad') ? 'dyad: ASCII spelling' : 'ASCII spelling', e.from, e.to);
}

// One line per (code, alias, from): keep the highest-priority kind.
const byKey = new Map();
for (const e of entries) {
  const k = `${e.code}\t${e.alias}\t${e.from}`;
  const o = byKey.get(k);
  if (!o || KIND_PRIORITY.indexOf(e.kind) < KIND_PRIORITY.indexOf(o.kind)) byKey.set(k, e);
}
let lines = [...byKey.values()];

// Alias conflicts across codes (overlapping date ranges).
const overlap = (a, b) => (a.from || '0000-00-00') <= (b.to || '9999-99-99')
  && (b.from || '0000-00-00') <= (a.to || '9999-99-99');
const byAlias = new Map();
for (const e of lines) {
  if (!byAlias.has(e.alias)) byAlias.set(e.alias, []);
  byAlias.get(e.alias).push(e);
}
const resolutions = [];
const removed = new Set();
for (const [alias, es] of [...byAlias].sort((a, b) => cmp(a[0], b[0]))) {
  const conflict = es.some((a) => es.some((b) => a.code !== b.code && overlap(a, b)));
  if (!conflict) continue;
  const codes = [...new Set(es.map((e) => e.code))].sort();
  const r = RESOLVE[alias];
  if (!r) die(`alias "${alias}" is under ${codes.join(', ')}: add it to RESOLVE`);
  const [win, why] = r;
  if (win && !codes.includes(win)) die(`RESOLVE["${alias}"] names ${win}, not among ${codes.join(', ')}`);
  for (const e of es) if (e.code !== win) removed.add(e);
  const msg = `"${alias}" (${codes.join(', ')}) -> ${win || 'dropped'}: ${why}`;
  warn(`alias conflict ${msg}`);
  resolutions.push(msg);
}
for (const alias of Object.keys(RESOLVE)) {
  if (!resolutions.some((r) => r.startsWith(`"${alias}" `))) warn(`RESOLVE["${alias}"] is unused`);
}
lines = lines.filter((e) => !removed.has(e));

// Rules.
const usedRules = new Set();
for (const e of lines) {
  const r = RULES[e.alias];
  if (!r) continue;
  e.rule = r[0];
  e.note = e.note ? `${e.note}; ${r[1]}` : r[1];
  usedRules.add(e.alias);
}
for (const a of Object.keys(RULES)) if (!usedRules.has(a)) warn(`RULES["${a}"] matched no alias`);

if (verbose) for (const d of dropped) process.stderr.write(`dropped\t${d}\n`);

// Every ISO entry and the extra actors must be present.
const allCodes = new Set(lines.map((e) => e.code));
for (const c of countries) {
  const code = CODE_MAP[c.cca3] || c.cca3;
  if (!allCodes.has(code)) die(`no alias left for ${code}`);
}
for (const code of Object.keys(EXTRA_ACTORS)) if (!allCodes.has(code)) die(`no alias for ${code}`);

// Output: by code, then kind (in KINDS order), then alias.
function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
lines.sort((a, b) => cmp(a.code, b.code) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)
  || cmp(a.alias, b.alias) || cmp(a.from, b.from));

const names = new Map(countries.map((c) => [CODE_MAP[c.cca3] || c.cca3, c.name.common]));
for (const [k, v] of Object.entries(EXTRA_ACTORS)) names.set(k, v);

const out = [];
// Word-wrap a comment: first line starts with `prefix`, the others with `cont`.
const wrap = (prefix, items, cont = '#     ') => {
  let cur = prefix;
  for (const it of items) {
    if ((cur + ' ' + it).length > 78 && cur !== prefix && cur !== cont) { out.push(cur); cur = cont; }
    cur += (cur.endsWith(' ') ? '' : ' ') + it;
  }
  out.push(cur);
};
out.push(
  '# countries.tsv - dyad country gazetteer. GENERATED FILE: DO NOT EDIT BY HAND.',
  '# Hand-written additions go to lexicons/actors.tsv.',
  '#',
  `# Source: world-countries ${pkg.version} (npm) by Mohammed Le Doze,`,
  '#   https://github.com/mledoze/countries. The data is licensed under the',
  '#   Open Database License (ODbL-1.0), see LICENSE.world-countries; this file',
  '#   is a derivative database under the same licence.',
  '# Generated by lexicons/tools/gen-countries.mjs:',
  '#   (cd lexicons/tools && npm ci)',
  '#   node lexicons/tools/gen-countries.mjs \\',
  '#     lexicons/tools/node_modules/world-countries/countries.json > lexicons/countries.tsv',
  '#',
  '# Contents, per ISO 3166-1 entry (Kosovo as XKX): name (name.common), official',
  '# (name.official if different), demonym (demonyms.eng m/f, plus -s plurals),',
  '# short/code (English altSpellings; alpha-2 codes, non-Latin and foreign-language',
  '# spellings dropped), code (alpha-3, except the stop set below), capital,',
  '# and ASCII spellings of accented names. Parenthesised parts and a leading',
  '# "the" are removed. Lines whose note starts with "dyad" come from the',
  '# hand-made SUPPLEMENT table in the script (English usage missing from the',
  '# source; EUU and NATO, which are not ISO entries).',
  '#',
);
out.push('# Alpha-3 codes not emitted as `code` aliases (English words, names or');
wrap('# common acronyms; reasons in CODE_STOP in the script):', Object.keys(CODE_STOP).sort(), '#  ');
out.push('#', '# Alias conflicts resolved (an alias never maps to two codes at once):');
for (const r of resolutions) wrap('#  ', r.split(' '), '#     ');
out.push('#   "Congo" is emitted only under COG (Republic of the Congo), as in the source;',
  '#   DR Congo is "DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa".');
out.push('#', '# Context rules used in the rule column: person, state, noun, city.', '#');
out.push('code\tkind\talias\tfrom\tto\trule\tnote');
let prev = null;
for (const e of lines) {
  if (e.code !== prev) {
    out.push('', `# ${e.code} ${names.get(e.code)}`);
    prev = e.code;
  }
  const f = [e.code, e.kind, e.alias, e.from, e.to, e.rule, e.note];
  for (const x of f) if (/[\t\n\r]/.test(x)) die(`field with tab/newline: ${JSON.stringify(x)}`);
  out.push(f.join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
