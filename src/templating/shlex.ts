// shlex.split(s, posix=True) with comments=False — how the reference turns a `command` string into the
// container's args (prefect.utilities.processutils.command_from_string on POSIX).

export class ShlexError extends Error {}

const WHITESPACE = " \t\r\n";

export function shlexSplit(input: string): string[] {
  const tokens: string[] = [];
  let token = "";
  let inToken = false;
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (WHITESPACE.includes(ch)) {
      if (inToken) tokens.push(token);
      token = "";
      inToken = false;
      i++;
    } else if (ch === "\\") {
      if (i + 1 >= input.length) throw new ShlexError("No escaped character");
      token += input[i + 1];
      inToken = true;
      i += 2;
    } else if (ch === "'") {
      const end = input.indexOf("'", i + 1);
      if (end < 0) throw new ShlexError("No closing quotation");
      token += input.slice(i + 1, end);
      inToken = true;
      i = end + 1;
    } else if (ch === '"') {
      inToken = true;
      i++;
      for (;;) {
        if (i >= input.length) throw new ShlexError("No closing quotation");
        const c = input[i]!;
        if (c === '"') {
          i++;
          break;
        }
        // Inside double quotes a backslash escapes only `"` and `\` (POSIX escapedquotes).
        if (c === "\\" && i + 1 < input.length && (input[i + 1] === '"' || input[i + 1] === "\\")) {
          token += input[i + 1];
          i += 2;
        } else if (c === "\\" && i + 1 >= input.length) {
          throw new ShlexError("No closing quotation");
        } else {
          token += c;
          i++;
        }
      }
    } else {
      token += ch;
      inToken = true;
      i++;
    }
  }
  if (inToken) tokens.push(token);
  return tokens;
}
