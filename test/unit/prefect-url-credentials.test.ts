// The one place URL credentials are masked (src/prefect/url-credentials.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { maskUrlCredentials, urlWithoutCredentials } from "../../src/prefect/url-credentials.ts";

test("maskUrlCredentials masks every user:password@ in a text and leaves the rest", () => {
  assert.equal(
    maskUrlCredentials("fetch http://u:p@h:1/api failed; retry wss://only-user@h2/x and http://h3/ok"),
    "fetch http://***@h:1/api failed; retry wss://***@h2/x and http://h3/ok",
  );
  assert.equal(maskUrlCredentials("no url here: a@b"), "no url here: a@b");
});

test("urlWithoutCredentials drops user and password and the trailing slash; garbage is not echoed", () => {
  assert.equal(
    urlWithoutCredentials("https://user:pw@prefect.example:4200/api/"),
    "https://prefect.example:4200/api",
  );
  assert.equal(
    urlWithoutCredentials("ws://prefect.example/api/events/in"),
    "ws://prefect.example/api/events/in",
  );
  assert.equal(urlWithoutCredentials("not a url with secret"), "(not a URL)");
});
