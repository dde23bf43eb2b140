// ASCII transliteration standing in for Python's text-unidecode (what python-slugify uses when the
// `unidecode` package is absent, as in the reference venv). The npm `unidecode` package carries the same
// Text::Unidecode tables in an older revision; the corrections below close the gaps that change slugs.
// Remaining differences are listed in DIVERGENCES.md.
import unidecode from "unidecode";

// text-unidecode marks code points without a table entry as "[?]"; npm unidecode drops them. In a slug,
// "[?]" is a separator, so the difference would join words that the reference keeps apart.
const block = (cp: number): number => cp >> 8;

// A block is "without table" when npm unidecode knows none of its 256 code points.
const emptyBlocks = new Map<number, boolean>();
function hasNoTable(cp: number): boolean {
  const block = cp >> 8;
  let empty = emptyBlocks.get(block);
  if (empty === undefined) {
    empty = true;
    for (let low = 0; low < 256 && empty; low++) {
      const c = (block << 8) | low;
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (unidecode(String.fromCodePoint(c)) !== "") empty = false;
    }
    emptyBlocks.set(block, empty);
  }
  return empty;
}

// Code points whose npm unidecode entry is newer than text-unidecode 1.3's in a way a slug can see
// (found by comparing both over the whole BMP).
const TEXT_UNIDECODE_1_3 = new Map<number, string>([
  [0x2e5, ""],
  [0x2e6, ""],
  [0x2e7, ""],
  [0x2e8, ""],
  [0x2e9, ""],
  [0x2ea, ""],
  [0x2eb, ""],
  [0x2ef, "[?]"],
  [0x2f3, "[?]"],
  [0x2f9, "[?]"],
  [0x2fa, "[?]"],
  [0x2fb, "[?]"],
  [0x2fc, "[?]"],
  [0x2fd, "[?]"],
  [0x2fe, "[?]"],
  [0x3f4, "[?]"],
  [0x3f5, "[?]"],
  [0x3f6, "[?]"],
  [0x3f7, "[?]"],
  [0x3f8, "[?]"],
  [0x3f9, "[?]"],
  [0x3fc, "[?]"],
  [0x3fd, "[?]"],
  [0x3fe, "[?]"],
  [0x3ff, "[?] "],
  [0x6ff, "[?] "],
  [0xaf0, "[?]"],
  [0xaf1, "[?]"],
  [0xaf9, "[?]"],
  [0x13f5, "[?]"],
  [0x13f8, "[?]"],
  [0x13f9, "[?]"],
  [0x13fa, "[?]"],
  [0x13fb, "[?]"],
  [0x13fc, "[?]"],
  [0x13fd, "[?]"],
  [0x1efa, "[?]"],
  [0x1efb, "[?]"],
  [0x1efc, "[?]"],
  [0x1efd, "[?]"],
  [0x1efe, "[?]"],
  [0x1eff, "[?] "],
  [0x25f4, "#"],
  [0x25f5, "#"],
  [0x25f6, "#"],
  [0x25f7, "#"],
  [0x30ff, "[?] "],
  [0x33ff, "[?] "],
  [0xfdf0, ""],
  [0xfdf1, ""],
  [0xfdf2, ""],
  [0xfdf3, ""],
  [0xfdf4, ""],
  [0xfdf5, ""],
  [0xfdf6, ""],
  [0xfdf7, ""],
  [0xfdf8, ""],
  [0xfdf9, ""],
  [0xfdfa, ""],
  [0xfdfb, ""],
  [0xfdfc, "[?]"],
  [0xfdfd, "[?]"],
]);

function transliterateChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return ch;
  // C1 controls: empty in text-unidecode, Windows-1252 guesses in npm unidecode.
  if (cp < 0xa0) return "";
  if (cp >= 0xd800 && cp <= 0xdfff) return "";
  const known = TEXT_UNIDECODE_1_3.get(cp);
  if (known !== undefined) return known;
  const out = unidecode(ch);
  if (cp > 0xffff) return "";
  // Arabic presentation forms B-ish block 0xFC: empty in both; NFKD decomposes them before this anyway.
  if (out === "" && block(cp) !== 0xfc && hasNoTable(cp)) return "[?]";
  // npm unidecode's tables keep Perl's backslash escapes ("\\@", "\\{", "\\\\").
  return out.replace(/\\(.)/g, "$1");
}

export function transliterate(text: string): string {
  let out = "";
  for (const ch of text) out += transliterateChar(ch);
  return out;
}
