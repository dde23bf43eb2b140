// `npm run chaos` flags.
import { parseArgs } from "node:util";
import type { ChaosOptions } from "./types.ts";

const USAGE = `usage: npm run chaos -- [flags]
  --quick             bounded counts and times (what the test suite runs): every scenario, small
  --only 1,3,7        run these scenarios only (ids as in the table)
  --soak-minutes M    scenario 9's length at one run per second (default 30; --quick: 2)
`;

export function parseChaosOptions(argv: string[]): ChaosOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      "soak-minutes": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const soakRaw = values["soak-minutes"] ?? (values.quick ? "2" : "30");
  const soakMinutes = Number(soakRaw);
  if (!Number.isFinite(soakMinutes) || soakMinutes <= 0) {
    throw new Error(`--soak-minutes must be a positive number, got ${soakRaw}`);
  }
  let only: number[] | undefined;
  if (values.only !== undefined) {
    only = values.only.split(",").map((part) => Number(part.trim()));
    if (only.some((id) => !Number.isInteger(id) || id < 1)) {
      throw new Error(`--only takes scenario ids such as 1,3,7, got ${values.only}`);
    }
  }
  return { quick: values.quick, soakMinutes, only };
}
