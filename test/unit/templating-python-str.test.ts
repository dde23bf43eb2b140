// Expected values from Python's str()/repr().
import assert from "node:assert/strict";
import { test } from "node:test";
import { PyFloat, parsePythonJson, pyFloatRepr } from "../../src/templating/py-value.ts";
import { pyRepr, pyStr } from "../../src/templating/python-str.ts";

test("float repr", () => {
  const cases: [number, string][] = [
    [1, "1.0"],
    [1e16, "1e+16"],
    [1e-5, "1e-05"],
    [0.0001, "0.0001"],
    [123456789.125, "123456789.125"],
    [-0, "-0.0"],
    [2.5, "2.5"],
    [1e22, "1e+22"],
    [1.5e-7, "1.5e-07"],
  ];
  for (const [n, expected] of cases) assert.equal(pyFloatRepr(n), expected, String(n));
});

test("str of embedded values", () => {
  assert.equal(pyStr(new PyFloat(1)), "1.0");
  assert.equal(pyStr(true), "True");
  assert.equal(pyStr(null), "None");
  assert.equal(pyStr(3), "3");
  assert.equal(
    pyStr({ a: [1, new PyFloat(2), "it's", 'x"y', null, false] }),
    `{'a': [1, 2.0, "it's", 'x"y', None, False]}`,
  );
  assert.equal(pyStr("plain"), "plain");
});

test("string repr quoting and escapes", () => {
  assert.equal(pyRepr("\n\t\u0001é\u200b"), "'\\n\\t\\x01é\\u200b'");
  assert.equal(pyRepr("it's"), `"it's"`);
  assert.equal(pyRepr(`both ' and "`), `'both \\' and "'`);
});

test("parsePythonJson keeps float-ness", () => {
  const parsed = parsePythonJson('{"a": 1.0, "b": 1, "c": 2.5, "d": 12345678901234567890}') as Record<
    string,
    unknown
  >;
  assert.ok(parsed.a instanceof PyFloat);
  assert.equal(parsed.b, 1);
  assert.equal(parsed.c, 2.5);
  assert.equal(parsed.d, 12345678901234567890n);
  assert.equal(JSON.stringify(parsed.a), "1.0");
});
