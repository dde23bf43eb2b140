// BaseJobConfiguration._base_environment(): the Prefect settings the worker was configured with,
// forwarded to every job under their canonical names (Settings.to_environment_variables(exclude_unset)).
import { pyFloatRepr } from "./py-value.ts";
import settingsTable from "./prefect-settings.json" with { type: "json" };

interface SettingEntry {
  name: string;
  envNames: string[];
  kind: "str" | "bool" | "int" | "float" | "upper" | "other";
}

// Generated from the reference by test/harness/oracle/settings_table.py, in the model's field order.
const SETTINGS = settingsTable as SettingEntry[];

const CLOUD_API_URL = "https://api.prefect.cloud/api";
const TRUE_STRINGS = new Set(["1", "on", "t", "true", "y", "yes"]);
const FALSE_STRINGS = new Set(["0", "off", "f", "false", "n", "no"]);

function normalise(kind: SettingEntry["kind"], raw: string): string {
  switch (kind) {
    case "bool": {
      const s = raw.trim().toLowerCase();
      return TRUE_STRINGS.has(s) ? "True" : FALSE_STRINGS.has(s) ? "False" : raw;
    }
    case "int":
      return /^\s*[+-]?\d+\s*$/.test(raw) ? String(Number(raw)) : raw;
    case "float": {
      const n = Number(raw.trim());
      return raw.trim() !== "" && Number.isFinite(n) ? pyFloatRepr(n) : raw;
    }
    case "upper":
      return raw.toUpperCase();
    default:
      return raw;
  }
}

/**
 * The env a job inherits from the worker's own environment. Only recognised Prefect settings are
 * forwarded; the worker's other variables stay private.
 */
export function forwardedSettingsEnv(workerEnv: Record<string, string | undefined>): Record<string, string> {
  const set = new Map<string, string>();
  for (const entry of SETTINGS) {
    // pydantic-settings takes the first alias present (canonical name first).
    const source = entry.envNames.find((n) => workerEnv[n] !== undefined);
    if (source !== undefined) set.set(entry.name, normalise(entry.kind, workerEnv[source]!));
  }
  // With no profiles file the built-in default profile ("ephemeral") applies and sets
  // PREFECT_SERVER_EPHEMERAL_ENABLED; any non-empty test-mode variable skips profiles altogether.
  const testMode = [
    "PREFECT_TEST_MODE",
    "PREFECT_UNIT_TEST_MODE",
    "PREFECT_TESTING_UNIT_TEST_MODE",
    "PREFECT_TESTING_TEST_MODE",
  ].some((name) => Boolean(workerEnv[name]));
  if (!testMode && !set.has("PREFECT_SERVER_EPHEMERAL_ENABLED"))
    set.set("PREFECT_SERVER_EPHEMERAL_ENABLED", "True");
  // Cloud settings post-processing caps log size for Prefect Cloud.
  const apiUrl = set.get("PREFECT_API_URL");
  if (
    apiUrl?.startsWith(set.get("PREFECT_CLOUD_API_URL") ?? CLOUD_API_URL) &&
    !set.has("PREFECT_LOGGING_TO_API_MAX_LOG_SIZE")
  ) {
    set.set("PREFECT_LOGGING_TO_API_MAX_LOG_SIZE", "25000");
  }
  // Debug/test mode forces DEBUG logging and marks the level as not explicitly set.
  if (set.get("PREFECT_DEBUG_MODE") === "True" || set.get("PREFECT_TESTING_TEST_MODE") === "True") {
    set.delete("PREFECT_LOGGING_LEVEL");
    set.delete("PREFECT_INTERNAL_LOGGING_LEVEL");
  }
  const out: Record<string, string> = {};
  for (const entry of SETTINGS) if (set.has(entry.name)) out[entry.name] = set.get(entry.name)!;
  return out;
}
