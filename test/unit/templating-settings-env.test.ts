// Expected values from Settings().to_environment_variables(exclude_unset=True) in the reference venv.
import assert from "node:assert/strict";
import { test } from "node:test";
import { forwardedSettingsEnv } from "../../src/templating/settings-env.ts";

test("canonical names, normalised values, model order; other variables stay private", () => {
  assert.deepEqual(
    Object.entries(
      forwardedSettingsEnv({
        PREFECT_API_URL: "https://api.prefect.cloud/api/accounts/a/workspaces/b",
        PREFECT_API_KEY: "k",
        PREFECT_LOGGING_LEVEL: "debug",
        PREFECT_WORKER_QUERY_SECONDS: "5",
        PREFECT_CLIENT_MAX_RETRIES: "3",
        PREFECT_TEST_MODE: "1",
        HOME: "/root",
      }),
    ),
    [
      ["PREFECT_API_URL", "https://api.prefect.cloud/api/accounts/a/workspaces/b"],
      ["PREFECT_API_KEY", "k"],
      ["PREFECT_CLIENT_MAX_RETRIES", "3"],
      ["PREFECT_LOGGING_TO_API_MAX_LOG_SIZE", "25000"],
      ["PREFECT_TESTING_TEST_MODE", "True"],
      ["PREFECT_WORKER_QUERY_SECONDS", "5.0"],
    ],
  );
});

test("the default profile's ephemeral flag is forwarded outside test mode", () => {
  assert.deepEqual(forwardedSettingsEnv({ PREFECT_API_URL: "http://a/api" }), {
    PREFECT_API_URL: "http://a/api",
    PREFECT_SERVER_EPHEMERAL_ENABLED: "True",
  });
  assert.deepEqual(forwardedSettingsEnv({ PREFECT_SERVER_ALLOW_EPHEMERAL_MODE: "false" }), {
    PREFECT_SERVER_EPHEMERAL_ENABLED: "False",
  });
});
