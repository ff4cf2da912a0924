// Mozilla Readability over Veille's golden set: writes each page's text and title under out/readability/
// and times the library on one thread (JSDOM parse + Readability.parse, as a user of the library calls it).
//
//   node readability-extract.mjs [--warmup 5] [--passes 10] [--dom jsdom|linkedom] [--golden <dir>] [--out <dir>]
//
// --dom linkedom swaps jsdom for linkedom, the light DOM that Readability's README also mentions; the
// reference numbers are jsdom's (the DOM Readability's own tests and most users run on).
//
// Timing: --warmup untimed passes over every page (JIT, lazy module init), then --passes timed passes; each
// page is parsed afresh every pass. Text normalisation and file writing happen after the timed passes.
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const goldenDir = resolve(here, args.golden ?? '../../extractor-service/src/test/resources/golden');
const dom = args.dom ?? 'jsdom';
const outDir = resolve(here, args.out ?? (dom === 'jsdom' ? 'out/readability' : `out/readability-${dom}`));
const passes = Number(args.passes ?? 10);
const warmup = Math.max(1, Number(args.warmup ?? 5));

// jsdom reports CSS it cannot parse on the console; that is noise here, and console I/O would be timed.
const quiet = new VirtualConsole();

const pages = readdirSync(goldenDir).filter((f) => f.endsWith('.html')).sort().map((f) => {
  const name = f.slice(0, -'.html'.length);
  const sidecar = JSON.parse(readFileSync(join(goldenDir, `${name}.json`), 'utf8'));
  return { name, html: readFileSync(join(goldenDir, f), 'utf8'), url: sidecar.url || undefined };
});
const totalBytes = pages.reduce((s, p) => s + Buffer.byteLength(p.html, 'utf8'), 0);

function extractOnce(page) {
  const t0 = performance.now();
  const window = dom === 'jsdom' ? new JSDOM(page.html, { url: page.url, virtualConsole: quiet }).window : parseHTML(page.html);
  const t1 = performance.now();
  const article = new Readability(window.document).parse();
  const t2 = performance.now();
  if (dom === 'jsdom') window.close();
  return { article, parseMs: t1 - t0, readabilityMs: t2 - t1 };
}

// Warm-up passes; the first one's results are the ones written (Readability is deterministic for a given page).
const results = pages.map((p) => ({ page: p, ...extractOnce(p) }));
for (let i = 1; i < warmup; i++) pages.forEach(extractOnce);

const passTimes = [];
let parseMs = 0;
let readabilityMs = 0;
for (let pass = 0; pass < passes; pass++) {
  const start = performance.now();
  for (const p of pages) {
    const r = extractOnce(p);
    parseMs += r.parseMs;
    readabilityMs += r.readabilityMs;
  }
  passTimes.push(performance.now() - start);
}

/**
 * Readability's content HTML as comparable text: one paragraph per block element, paragraphs separated
 * by blank lines, spaces collapsed inside a paragraph (textContent alone would glue "end.</p><p>Next").
 */
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

function paragraphs(contentHtml) {
  const doc = new JSDOM(`<!doctype html><body>${contentHtml}</body>`, { virtualConsole: quiet }).window.document;
  const out = [];
  let buf = '';
  const flush = () => {
    const p = buf.replace(/\s+/g, ' ').trim();
    if (p) out.push(p);
    buf = '';
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) buf += child.nodeValue;
      else if (child.nodeType === 1) {
        const block = BLOCKS.has(child.tagName);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(doc.body);
  flush();
  return out.join('\n\n');
}

mkdirSync(outDir, { recursive: true });
const perPage = [];
for (const r of results) {
  const text = r.article?.content ? paragraphs(r.article.content) : '';
  writeFileSync(join(outDir, `${r.page.name}.txt`), text);
  perPage.push({ name: r.page.name, title: r.article?.title ?? null, found: r.article != null, chars: text.length });
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const sorted = [...passTimes].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const n = pages.length * passes;
const timing = {
  pages: pages.length,
  bytes: totalBytes,
  warmup,
  passes,
  passMs: passTimes.map((t) => Math.round(t * 10) / 10),
  pagesPerSecond: n / (sum(passTimes) / 1000),
  pagesPerSecondMedianPass: pages.length / (median / 1000),
  mbPerSecond: (totalBytes * passes) / 1e6 / (sum(passTimes) / 1000),
  domParseMsPerPage: parseMs / n,
  readabilityMsPerPage: readabilityMs / n,
  domParseShare: parseMs / (parseMs + readabilityMs),
};
const versions = {
  node: process.version,
  readability: JSON.parse(readFileSync(join(here, 'node_modules/@mozilla/readability/package.json'), 'utf8')).version,
  jsdom: JSON.parse(readFileSync(join(here, 'node_modules/jsdom/package.json'), 'utf8')).version,
  linkedom: JSON.parse(readFileSync(join(here, 'node_modules/linkedom/package.json'), 'utf8')).version,
  dom,
  cpu: os.cpus()[0]?.model,
  cores: os.cpus().length,
  loadavg: os.loadavg(),
};
writeFileSync(join(outDir, '..', `${dom === 'jsdom' ? 'readability' : `readability-${dom}`}-run.json`), JSON.stringify({ versions, timing, perPage }, null, 2));

console.log(`Readability ${versions.readability} + ${dom} ${versions[dom]} on node ${versions.node}, ${versions.cpu} x${versions.cores}`);
console.log(`${pages.length} pages (${(totalBytes / 1e6).toFixed(2)} MB), ${passes} timed passes after ${warmup} warm-up: `
  + `${timing.pagesPerSecond.toFixed(1)} pages/s (median pass ${timing.pagesPerSecondMedianPass.toFixed(1)}), `
  + `${timing.mbPerSecond.toFixed(2)} MB/s on one thread`);
console.log(`per page: ${dom} parse ${timing.domParseMsPerPage.toFixed(2)} ms, Readability.parse `
  + `${timing.readabilityMsPerPage.toFixed(2)} ms (parse = ${(100 * timing.domParseShare).toFixed(0)} %)`);
console.log(`no article: ${perPage.filter((p) => !p.found).map((p) => p.name).join(', ') || 'none'}; texts in ${outDir}`);
