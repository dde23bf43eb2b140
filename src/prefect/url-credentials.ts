// PREFECT_API_URL may carry user:password@ (a proxy in front of a self-hosted server). Whatever quotes a
// URL — fetch's refusals, the events socket's warnings, the CLI's hints — goes through here first, so the
// password never reaches a log line or an error message.

/** Every `//user:password@` in a text, as `//***@`. */
export function maskUrlCredentials(text: string): string {
  return text.replace(/\/\/[^/\s@]*@/g, "//***@");
}

/** The URL without its user:password part (and without a trailing slash); "(not a URL)" when unparsable. */
export function urlWithoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.href.replace(/\/$/, "");
  } catch {
    return "(not a URL)";
  }
}
