// A line-for-line port of extractor-service/src/test/java/io/veille/extractor/quality/ShingleScore.java
// and of the gate's title rule (PageEvaluation.normalise), so Readability is judged by the same
// arithmetic as Veille's golden-set gate. Where JavaScript and Java differ (\w, \s, trim, whitespace
// tests), the Java meaning is spelled out explicitly; comments say which Java call each part mirrors.

export const N = 4;
const CJK_SHARE = 0.30;

// Java: Pattern.compile("\\w+", UNICODE_CHARACTER_CLASS) = [\p{Alpha}\p{gc=Mn}\p{gc=Me}\p{gc=Mc}\p{Digit}\p{gc=Pc}\p{IsJoin_Control}]
// (JavaScript's \w is ASCII-only even with the u flag).
const WORD = /[\p{Alphabetic}\p{Mn}\p{Me}\p{Mc}\p{Nd}\p{Pc}\p{Join_Control}]+/gu;
// Java: Character.isLetter = general category L.
const LETTER = /\p{L}/u;
// Java: Character.UnicodeScript.of(c) in {HAN, HIRAGANA, KATAKANA, HANGUL} (Script, not Script_Extensions).
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Java: Character.isWhitespace(c) || Character.isSpaceChar(c) = Zs, Zl, Zp, \t \n \u000B \f \r \u001C-\u001F.
const JAVA_SPACE = /[\p{Zs}\p{Zl}\p{Zp}\t\n\u000B\f\r\u001C-\u001F]/u;

export function f1(precision, recall) {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** ShingleScore.score(expected, extracted) -> {precision, recall, f1}. */
export function score(expected, extracted) {
  const cjk = isCjk(expected);
  const want = shingles(units(expected, cjk));
  const got = shingles(units(extracted == null ? '' : extracted, cjk));
  let common = 0;
  for (const [k, v] of got) common += Math.min(v, want.get(k) ?? 0);
  const gotTotal = total(got);
  const wantTotal = total(want);
  const precision = gotTotal === 0 ? 0 : common / gotTotal;
  const recall = wantTotal === 0 ? (gotTotal === 0 ? 1 : 0) : common / wantTotal;
  return { precision, recall, f1: f1(precision, recall) };
}

/** ShingleScore.units: lower-cased \w+ words, or for CJK text every non-space code point. */
export function units(text, cjk) {
  const lower = text.toLowerCase(); // Java toLowerCase(Locale.ROOT): JS lower-casing is locale-independent
  if (cjk) {
    const out = [];
    for (const c of lower) if (!JAVA_SPACE.test(c)) out.push(c);
    return out;
  }
  return lower.match(WORD) ?? [];
}

/** ShingleScore.isCjk: at least 30 % of the letters (code points) are Han, Hiragana, Katakana or Hangul. */
export function isCjk(text) {
  let letters = 0;
  let cjk = 0;
  for (const c of text) {
    if (LETTER.test(c)) letters++;
    if (CJK_LETTER.test(c)) cjk++;
  }
  return letters > 0 && cjk >= CJK_SHARE * letters;
}

function shingles(us) {
  const bag = new Map();
  if (us.length === 0) return bag;
  if (us.length < N) {
    bag.set(us.join(' '), 1);
    return bag;
  }
  for (let i = 0; i + N <= us.length; i++) {
    const k = us.slice(i, i + N).join(' ');
    bag.set(k, (bag.get(k) ?? 0) + 1);
  }
  return bag;
}

function total(bag) {
  let t = 0;
  for (const v of bag.values()) t += v;
  return t;
}

/**
 * PageEvaluation.normalise: s.replaceAll("[\\s\\u00A0\\u202F\\u2009]+", " ").trim() where Java's \s
 * (no UNICODE_CHARACTER_CLASS) is [ \t\n\x0B\f\r] and trim() strips code units <= U+0020.
 */
export function normaliseTitle(s) {
  if (s == null) return '';
  const collapsed = s.replace(/[ \t\n\x0B\f\r\u00A0\u202F\u2009]+/g, ' ');
  return collapsed.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The gate's title rule: equal after normalise. */
export function titleOk(expected, got) {
  return normaliseTitle(expected) === normaliseTitle(got);
}
