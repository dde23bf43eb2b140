// Both generations of the official chart's values: a January-2025 values file (apiConfig selfHosted/server,
// selfHostedCloudApiConfig, serverApiConfig) and its current-generation twin render byte-identical manifests;
// giving one setting under both names fails and names both keys; an apiConfig value of either generation
// works with the other generation's blocks; a missing required value is reported under the name the user wrote.
import assert from "node:assert/strict";
import { availableParallelism } from "node:os";
import { describe, test } from "node:test";
import { chartPath, helm } from "../harness/helm.ts";

const generations = "test/fixtures/chart-values/generations";
const concurrency = Math.max(2, availableParallelism());

function template(files: string[], setString: Record<string, string> = {}) {
  const args = ["template", "test", chartPath, "--namespace", "prefect"];
  for (const file of files) args.push("-f", `${generations}/${file}`);
  for (const [key, value] of Object.entries(setString)) args.push("--set-string", `${key}=${value}`);
  return helm(args);
}

async function render(files: string[], setString: Record<string, string> = {}): Promise<string> {
  const result = await template(files, setString);
  assert.equal(result.code, 0, `helm template ${files.join(" ")} failed:\n${result.output}`);
  return result.stdout;
}

// What each mode must render, so two identical renders cannot both be wrong the same way.
const modes: { name: string; mustRender: RegExp[] }[] = [
  {
    name: "cloud",
    mustRender: [
      /value: "https:\/\/api\.prefect\.cloud\/api\/accounts\/11111111-1111-1111-1111-111111111111\/workspaces\/22222222-2222-2222-2222-222222222222"/,
      /name: "?cloud-api-key"?\n\s+key: "?token"?/,
    ],
  },
  {
    name: "customer-managed-cloud",
    mustRender: [
      /value: "https:\/\/prefect\.example\.com\/api\/accounts\/11111111-1111-1111-1111-111111111111\/workspaces\/22222222-2222-2222-2222-222222222222"/,
      /name: PREFECT_CLOUD_UI_URL\n\s+value: "?https:\/\/prefect\.example\.com"?/,
      /name: "?managed-api-key"?\n\s+key: "?token"?/,
    ],
  },
  {
    name: "self-hosted-server",
    mustRender: [/value: "http:\/\/prefect-server\.prefect\.svc\.cluster\.local:4200\/api"/],
  },
  {
    name: "self-hosted-server-full-copy",
    mustRender: [/value: "http:\/\/prefect-server\.prefect\.svc\.cluster\.local:4200\/api"/],
  },
];

describe("a January-2025 values file renders exactly as its current twin", { concurrency }, () => {
  for (const { name, mustRender } of modes) {
    test(name, async () => {
      const [legacy, current] = await Promise.all([
        render([`${name}-2025-01.yaml`]),
        render([`${name}-current.yaml`]),
      ]);
      for (const pattern of mustRender) assert.match(current, pattern);
      assert.equal(legacy, current);
    });
  }

  test("the server API key is never set in server mode, in either generation", async () => {
    const legacy = await render(["self-hosted-server-2025-01.yaml"]);
    assert.doesNotMatch(legacy, /PREFECT_API_KEY/);
  });
});

describe(
  "an apiConfig value of either generation works with the blocks of the other",
  { concurrency },
  () => {
    for (const [file, apiConfig, twin] of [
      ["customer-managed-cloud-current.yaml", "selfHosted", "customer-managed-cloud-current.yaml"],
      ["self-hosted-server-current.yaml", "server", "self-hosted-server-current.yaml"],
      ["customer-managed-cloud-2025-01.yaml", "customerManagedCloud", "customer-managed-cloud-current.yaml"],
      ["self-hosted-server-2025-01.yaml", "selfHostedServer", "self-hosted-server-current.yaml"],
    ] as const) {
      test(`apiConfig ${apiConfig} with ${file}`, async () => {
        const [mixed, current] = await Promise.all([
          render([file], { "worker.apiConfig": apiConfig }),
          render([twin]),
        ]);
        assert.equal(mixed, current);
      });
    }
  },
);

test("January-2025 blocks left at their old defaults do not count as set (a full copy moved to current names)", async () => {
  const managed = {
    "worker.apiConfig": "customerManagedCloud",
    "worker.customerManagedCloudApiConfig.apiUrl": "https://prefect.example.com/api",
    "worker.customerManagedCloudApiConfig.accountId": "11111111-1111-1111-1111-111111111111",
    "worker.customerManagedCloudApiConfig.workspaceId": "22222222-2222-2222-2222-222222222222",
    "worker.customerManagedCloudApiConfig.apiKeySecret.name": "managed-api-key",
  };
  // The full copy keeps selfHostedCloudApiConfig at its January-2025 defaults; its server URL is cleared.
  const [withLegacyBlocks, current] = await Promise.all([
    render(["self-hosted-server-full-copy-2025-01.yaml"], {
      ...managed,
      "worker.serverApiConfig.apiUrl": "",
    }),
    render(["self-hosted-server-full-copy-current.yaml"], {
      ...managed,
      "worker.selfHostedServerApiConfig.apiUrl": "",
    }),
  ]);
  assert.equal(withLegacyBlocks, current);
});

// Each legacy leaf with its current twin set to something else than the chart default.
const twins: { file: string; legacy: string; current: string; value: string }[] = [
  {
    file: "customer-managed-cloud-2025-01.yaml",
    legacy: "worker.selfHostedCloudApiConfig.apiUrl",
    current: "worker.customerManagedCloudApiConfig.apiUrl",
    value: "https://other.example.com/api",
  },
  {
    file: "customer-managed-cloud-2025-01.yaml",
    legacy: "worker.selfHostedCloudApiConfig.accountId",
    current: "worker.customerManagedCloudApiConfig.accountId",
    value: "33333333-3333-3333-3333-333333333333",
  },
  {
    file: "customer-managed-cloud-2025-01.yaml",
    legacy: "worker.selfHostedCloudApiConfig.workspaceId",
    current: "worker.customerManagedCloudApiConfig.workspaceId",
    value: "44444444-4444-4444-4444-444444444444",
  },
  {
    file: "customer-managed-cloud-2025-01.yaml",
    legacy: "worker.selfHostedCloudApiConfig.apiKeySecret.name",
    current: "worker.customerManagedCloudApiConfig.apiKeySecret.name",
    value: "other-api-key",
  },
  {
    file: "customer-managed-cloud-2025-01.yaml",
    legacy: "worker.selfHostedCloudApiConfig.apiKeySecret.key",
    current: "worker.customerManagedCloudApiConfig.apiKeySecret.key",
    value: "other-key",
  },
  {
    file: "customer-managed-cloud-2025-01.yaml",
    legacy: "worker.selfHostedCloudApiConfig.uiUrl",
    current: "worker.customerManagedCloudApiConfig.cloudUiUrl",
    value: "https://other.example.com",
  },
  {
    file: "self-hosted-server-2025-01.yaml",
    legacy: "worker.serverApiConfig.apiUrl",
    current: "worker.selfHostedServerApiConfig.apiUrl",
    value: "http://other-server:4200/api",
  },
  // The same value under both names is still two places for one setting.
  {
    file: "self-hosted-server-2025-01.yaml",
    legacy: "worker.serverApiConfig.apiUrl",
    current: "worker.selfHostedServerApiConfig.apiUrl",
    value: "http://prefect-server.prefect.svc.cluster.local:4200/api",
  },
];

describe("mixing the two names of one setting fails, naming both", { concurrency }, () => {
  for (const { file, legacy, current, value } of twins) {
    test(`${legacy} with ${current}=${value}`, async () => {
      const result = await template([file], { [current]: value });
      assert.notEqual(result.code, 0, `rendered:\n${result.output}`);
      assert.ok(result.output.includes(legacy), `does not name ${legacy}:\n${result.output}`);
      assert.ok(result.output.includes(current), `does not name ${current}:\n${result.output}`);
    });
  }
});

describe("a missing required value is named as the user wrote it", { concurrency }, () => {
  for (const [file, key] of [
    ["customer-managed-cloud-2025-01.yaml", "worker.selfHostedCloudApiConfig.workspaceId"],
    ["customer-managed-cloud-2025-01.yaml", "worker.selfHostedCloudApiConfig.apiUrl"],
    ["self-hosted-server-2025-01.yaml", "worker.serverApiConfig.apiUrl"],
    ["customer-managed-cloud-current.yaml", "worker.customerManagedCloudApiConfig.accountId"],
    ["self-hosted-server-current.yaml", "worker.selfHostedServerApiConfig.apiUrl"],
  ] as const) {
    test(`${key} empty in ${file}`, async () => {
      const result = await template([file], { [key]: "" });
      assert.notEqual(result.code, 0, `rendered:\n${result.output}`);
      assert.ok(result.output.includes(key), `does not name ${key}:\n${result.output}`);
    });
  }
});
