// Expected values come from the reference (prefect_kubernetes.utilities with python-slugify 9.0.0).
import assert from "node:assert/strict";
import { test } from "node:test";
import { slugifyLabelKey, slugifyLabelValue, slugifyName } from "../../src/templating/slugify.ts";
import { transliterate } from "../../src/templating/transliterate.ts";

test("job names: lower-case [a-z0-9-], 45 chars, undefined when empty", () => {
  const cases: Record<string, string | undefined> = {
    _infra_run: "infra-run",
    "-infra.run": "infra-run",
    "infra9.-foo_bar^x": "infra9-foo-bar-x",
    "9infra-run": "9infra-run",
    "Ünïcødé 東京": "unicode-dong-jing",
    "it's &amp; 1,000": "it-s-1000",
    $$$: undefined,
    ["a".repeat(60)]: "a".repeat(45),
    "&#99999999;&#65;": "99999999-65",
  };
  for (const [input, expected] of Object.entries(cases)) assert.equal(slugifyName(input), expected, input);
});

test("label keys: prefix and name slugged separately, original kept when nothing is left", () => {
  const cases: Record<string, string> = {
    "a-prefix-with-invalid$@*^$@-characters/and-a-name": "a-prefix-with-invalid-characters/and-a-name",
    "/a-name-that-starts-with-slash": "a-name-that-starts-with-slash",
    "a-prefix/and-a-name/-with-a-slash": "a-prefix/and-a-name-with-a-slash",
    "$@*^$@": "$@*^$@",
    "Ex_ample.COM/Some Key!": "Ex-ample.COM/Some-Key",
  };
  for (const [input, expected] of Object.entries(cases))
    assert.equal(slugifyLabelKey(input), expected, input);
});

test("label values: case kept, 63 chars, stripped of _-. at the ends", () => {
  const cases: Record<string, string> = {
    "-._v._-": "v",
    "Value With Spaces": "Value-With-Spaces",
    ünï: "uni",
    "!!!": "!!!",
    "3.8.8": "3.8.8",
    ["x".repeat(70)]: "x".repeat(63),
  };
  for (const [input, expected] of Object.entries(cases))
    assert.equal(slugifyLabelValue(input), expected, input);
});

test("transliteration follows text-unidecode where npm unidecode differs", () => {
  assert.equal(transliterate("\u0080"), ""); // C1 control
  assert.equal(transliterate("\u00a4"), "$?"); // npm: "\\$?"
  assert.equal(transliterate("\u0800"), "[?]"); // block without table
  assert.equal(transliterate("\u02e5"), ""); // npm: "5"
  assert.equal(transliterate("東京"), "Dong Jing ");
});
