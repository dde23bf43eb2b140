// How the demo talks: `[demo]` progress lines, section headings, indented blocks (values files, logs, tables)
// and commands quoted the way a user would paste them into a shell.
import { homedir } from "node:os";

export function say(message: string): void {
  process.stdout.write(`[demo] ${message}\n`);
}

export function heading(title: string): void {
  process.stdout.write(`\n=== ${title} ${"=".repeat(Math.max(3, 100 - title.length))}\n\n`);
}

/** Prints `text` indented, so file contents and logs stand apart from the demo's own lines. */
export function block(text: string, indent = "    "): void {
  const lines = text.replace(/\n+$/, "").split("\n");
  process.stdout.write(lines.map((line) => (line ? indent + line : line)).join("\n") + "\n");
}

/** A blank line. */
export function gap(): void {
  process.stdout.write("\n");
}

/** A path for display: `~/…` under the home directory (only where a shell would expand it). */
export function displayPath(path: string): string {
  const home = homedir();
  return path.startsWith(home + "/") ? `~/${path.slice(home.length + 1)}` : path;
}

/** One shell word: left bare when it is safe, single-quoted otherwise. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * A command as a user would type it: quoted words, continued over lines after the options that carry
 * files (`-f`, `--set-file`), so long paths stay readable.
 */
export function shellCommand(argv: string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if ((word === "-f" || word === "--set-file" || word === "--values") && i + 1 < argv.length) {
      parts.push(` \\\n  ${word} ${shellQuote(argv[++i]!)}`);
    } else {
      parts.push(`${parts.length === 0 ? "" : " "}${shellQuote(word)}`);
    }
  }
  return parts.join("");
}

/** "12.3s" since `start` (a Date.now() value). */
export function secondsSince(start: number): string {
  return `${((Date.now() - start) / 1000).toFixed(1)}s`;
}

/** An error's message, for a failure line. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Thrown for a failure the demo has already explained; main prints the message and exits 1. */
export class DemoFailure extends Error {
  override name = "DemoFailure";
}
