// Expected values from prefect.utilities.templating.apply_values (prefect 3.8.8).
import assert from "node:assert/strict";
import { test } from "node:test";
import { NOT_SET, applyValues, findPlaceholders, getFromDict } from "../../src/templating/apply-values.ts";
import { PyFloat } from "../../src/templating/py-value.ts";

test("typed whole-string values, str() inside text, missing keys removed", () => {
  const out = applyValues(
    {
      a: "{{ x }}",
      b: "pre {{ x }} {{ y }} {{ nope }}",
      c: "{{ nope }}",
      d: ["{{ nope }}", 1, "{{ l[1] }}"],
      e: "{{ d.k }}",
    },
    { x: new PyFloat(1), y: { k: [true, null] }, l: [0, "one"], d: { k: "v" } },
  );
  assert.deepEqual(out, { a: new PyFloat(1), b: "pre 1.0 {'k': [True, None]} ", d: [1, "one"], e: "v" });
});

test("environment placeholders read the given environ, never as typed values", () => {
  const environ = { HOME_DIR: "/home/w" };
  assert.equal(applyValues("h={{ $HOME_DIR }}", {}, { environ }), "h=/home/w");
  assert.equal(applyValues("{{ $HOME_DIR }}", {}, { environ }), "/home/w");
  assert.equal(applyValues("m={{ $NOPE }}", {}, { environ }), "m=");
});

test("block and variable placeholders are left for later passes", () => {
  assert.equal(applyValues("{{ prefect.variables.img }}", {}), "{{ prefect.variables.img }}");
  assert.equal(
    applyValues("x{{ prefect.blocks.secret.s }}{{ a }}", { a: 1 }),
    "x{{ prefect.blocks.secret.s }}1",
  );
});

test("placeholder classification and dotted lookup", () => {
  assert.deepEqual(
    findPlaceholders("{{ a.b }} {{a.b}} {{ $E }}").map((p) => [p.name, p.type]),
    [
      ["a.b", "standard"],
      ["a.b", "standard"],
      ["$E", "env_var"],
    ],
  );
  assert.equal(getFromDict({ a: { b: [0, { c: [1, 2] }] } }, "a.b[1].c.1"), 2);
  assert.equal(getFromDict({ a: [1] }, "a.5"), NOT_SET);
  assert.equal(getFromDict({ s: "abc" }, "s.1"), "b");
});
