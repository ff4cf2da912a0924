// Scores out/readability/*.txt against the golden bodies with the gate's metric (shingle-score.mjs,
// a port of ShingleScore.java), after a self-check against the expectations of ShingleScoreTest.java.
// Optionally puts Veille's per-page numbers beside them, read from the gate's report:
//
//   node score.mjs [--veille ../../extractor-service/target/golden-report.md] [--texts out/readability] [--out out/scores.json]
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { score, units, isCjk, titleOk, f1 } from './shingle-score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const goldenDir = resolve(here, args.golden ?? '../../extractor-service/src/test/resources/golden');
const textDir = resolve(here, args.texts ?? 'out/readability');
const veilleReport = resolve(here, args.veille ?? '../../extractor-service/target/golden-report.md');

// ---- self-check: the cases of ShingleScoreTest.java, with the values it asserts ----
const close = (a, b) => Math.abs(a - b) < 1e-12;
const checks = [
  ['identical texts score one', () => {
    const t = "Le gouvernement a présenté mercredi un plan de 109 milliards d'euros.";
    const s = score(t, t);
    return s.precision === 1 && s.recall === 1 && s.f1 === 1;
  }],
  ['case, punctuation and line breaks do not count', () => {
    const s = score('The plan, worth $20bn, was approved.\n\nIt starts in May.', 'the plan worth 20bn was approved it starts in may');
    return s.precision === 1 && s.recall === 1;
  }],
  ['disjoint texts score zero', () => {
    const s = score('un deux trois quatre cinq six', 'seven eight nine ten eleven');
    return s.precision === 0 && s.recall === 0 && s.f1 === 0;
  }],
  ['one changed last word keeps two of three shingles', () => {
    const s = score('a b c d e f', 'a b c d e x');
    return close(s.precision, 2 / 3) && close(s.recall, 2 / 3);
  }],
  ['half the article: full precision, recall 0.5, F1 2/3', () => {
    const s = score('one two three four five six seven', 'one two three four five');
    return s.precision === 1 && s.recall === 0.5 && close(s.f1, 2 / 3);
  }],
  ['boilerplate costs precision only', () => {
    const s = score('alpha beta gamma delta epsilon', 'alpha beta gamma delta epsilon cookie consent');
    return s.precision === 0.5 && s.recall === 1;
  }],
  ['a paragraph extracted twice costs precision', () => {
    const s = score('w x y z', 'w x y z w x y z');
    return s.precision === 0.2 && s.recall === 1;
  }],
  ['an empty extraction has zero precision and recall', () => {
    const s = score('un texte attendu de six mots', '');
    return s.precision === 0 && s.recall === 0;
  }],
  ['words are unicode aware', () =>
    JSON.stringify(units("Prix à l'été : 22 % — Газпром", false)) === JSON.stringify(['prix', 'à', 'l', 'été', '22', 'газпром'])],
  ['japanese text is scored on character four-grams', () => {
    const expected = '政府は新たな経済対策を発表した。';
    const s = score(expected, '政府は新たな経済対策を発表した');
    return isCjk(expected) && s.precision === 1 && close(s.recall, 12 / 13);
  }],
  ['latin text with a few cjk names stays word based', () =>
    !isCjk('Toyota (トヨタ) a annoncé un investissement de 2 milliards de dollars au Japon.')],
];
const failed = checks.filter(([, ok]) => !ok()).map(([name]) => name);
console.log(`self-check against ShingleScoreTest: ${checks.length - failed.length}/${checks.length} cases agree`);
if (failed.length) {
  console.error(`port disagrees with ShingleScoreTest: ${failed.join('; ')}`);
  process.exit(1);
}

// ---- Veille's per-page numbers, from the gate's own report (optional) ----
// The report rounds to 3 decimals, so Veille's columns and the difference are shown to 3 decimals; its
// averages are the exact ones of the report's summary line, not re-averaged from rounded rows.
function readVeille(file) {
  if (!existsSync(file)) return null;
  const rows = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = line.match(/^\| ([^|]+?) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| (\S+) \|/);
    if (m) rows.set(m[1], { precision: +m[2], recall: +m[3], f1: +m[4], titleOk: m[5] === 'ok' });
  }
  return rows;
}
const veille = readVeille(veilleReport);

// ---- Sensitivity: what the golden set's idea of furniture costs Readability ----
// Some of what the golden bodies leave out is a matter of definition rather than an extraction error:
// standfirsts (deks), photo captions, bylines and datelines, wire sign-offs ("Reporting by ...") and
// copyright lines. The "lenient" score drops from Readability's text the paragraphs that are exactly
// such an element of the page (by its markup: figcaption, time, class naming standfirst, byline, author
// or meta, or author but not an author bio or a comment's author) or that start with "Reporting by" / "©", then scores again. Veille already drops them, so its
// score does not move. Comments, newsletter boxes, "Lire aussi" inserts, author bios and paywall prompts
// stay counted as furniture.
const DEBATABLE = 'figcaption, time, [class*="standfirst"], [class*="byline"], [class*="meta"], [class*="dek"], [class*="chapo"], '
  + '[class*="author"]:not([class*="bio"]):not([class*="info"]):not([class*="title"]):not([class*="comment"])';
const quiet = new VirtualConsole();
function withoutDebatable(text, html) {
  const doc = new JSDOM(html, { virtualConsole: quiet }).window.document;
  const norm = (t) => t.replace(/\s+/g, ' ').trim();
  const debatable = new Set();
  for (const el of doc.querySelectorAll(DEBATABLE)) {
    if (!el.querySelector('p ~ p')) debatable.add(norm(el.textContent)); // not a whole article wrapper
  }
  return text.split('\n\n').filter((p) => !debatable.has(norm(p)) && !/^(Reporting by |©)/.test(p)).join('\n\n');
}

// ---- Readability against the golden bodies and titles ----
const run = JSON.parse(readFileSync(join(textDir, '..', `${textDir.split('/').pop()}-run.json`), 'utf8'));
const titles = new Map(run.perPage.map((p) => [p.name, p.title]));
const rows = readdirSync(goldenDir).filter((f) => f.endsWith('.json') && f !== 'package.json').sort().map((f) => {
  const name = f.slice(0, -'.json'.length);
  const golden = JSON.parse(readFileSync(join(goldenDir, f), 'utf8'));
  const text = readFileSync(join(textDir, `${name}.txt`), 'utf8');
  const s = score(golden.body, text);
  const lenient = score(golden.body, withoutDebatable(text, readFileSync(join(goldenDir, `${name}.html`), 'utf8')));
  return { name, lang: golden.lang, ...s, lenient, titleOk: titleOk(golden.title, titles.get(name)), title: titles.get(name), veille: veille?.get(name) ?? null };
});

const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const totals = (get) => {
  const p = avg(rows.map((r) => get(r).precision));
  const r = avg(rows.map((r) => get(r).recall));
  return { precision: p, recall: r, f1: f1(p, r), titles: rows.filter((x) => get(x).titleOk).length };
};
const rd = totals((r) => r);
const rl = totals((r) => ({ ...r.lenient, titleOk: r.titleOk }));
const fmt = (x) => x.toFixed(4);
const haveVeille = veille && rows.every((r) => r.veille);
const summary = existsSync(veilleReport) ? readFileSync(veilleReport, 'utf8').match(/body P ([\d.]+) R ([\d.]+) F1 ([\d.]+) \| title (\d+)\//) : null;
const vt = haveVeille && summary
  ? { precision: +summary[1], recall: +summary[2], f1: +summary[3], titles: +summary[4] } : null;

console.log(`\n| page | lang | Veille P | Veille R | Veille F1 | Readability P | Readability R | Readability F1 | ΔF1 (R−V) | title V/R |`);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const v = r.veille;
  console.log(`| ${r.name} | ${r.lang} | ${v ? v.precision.toFixed(3) : '-'} | ${v ? v.recall.toFixed(3) : '-'} | ${v ? v.f1.toFixed(3) : '-'} | `
    + `${fmt(r.precision)} | ${fmt(r.recall)} | ${fmt(r.f1)} | ${v ? (r.f1 - v.f1 >= 0 ? '+' : '') + (r.f1 - v.f1).toFixed(3) : '-'} | `
    + `${v ? (v.titleOk ? 'ok' : 'no') : '-'}/${r.titleOk ? 'ok' : 'no'} |`);
}
console.log(`\n${rows.length} pages. Readability: body P ${fmt(rd.precision)} R ${fmt(rd.recall)} F1 ${fmt(rd.f1)}, titles ${rd.titles}/${rows.length}`);
console.log(`${rows.length} pages. Readability, lenient on standfirsts/captions/bylines/sign-offs: body P ${fmt(rl.precision)} R ${fmt(rl.recall)} F1 ${fmt(rl.f1)}`);
if (vt) console.log(`${rows.length} pages. Veille:      body P ${fmt(vt.precision)} R ${fmt(vt.recall)} F1 ${fmt(vt.f1)}, titles ${vt.titles}/${rows.length} (from ${veilleReport})`);
else console.log(`Veille's report not found or incomplete at ${veilleReport}: run the GoldenSetTest first for the side-by-side.`);
console.log(`\nReadability titles that miss: ${rows.filter((x) => !x.titleOk).length || 'none'}`);
for (const r of rows.filter((x) => !x.titleOk)) console.log(`  ${r.name}: got ${JSON.stringify(r.title)}`);
writeFileSync(resolve(here, args.out ?? 'out/scores.json'), JSON.stringify({ readability: rd, readabilityLenient: rl, veille: vt, rows }, null, 2));
