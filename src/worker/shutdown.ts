// Two-stage signal handling (as graphile-worker does it): the first SIGTERM/SIGINT asks for a graceful
// stop; a second one exits at once.

export interface SignalHandlingOptions {
  onGraceful: (signal: NodeJS.Signals) => void;
  /** Called on the second signal; the default exits the process with 128 + signal number. */
  onForce?: (signal: NodeJS.Signals) => void;
  signals?: NodeJS.Signals[];
  process?: Pick<NodeJS.Process, "on" | "off" | "exit">;
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGTERM: 15 };

/** Installs the handlers; returns a function that removes them. */
export function handleSignals(options: SignalHandlingOptions): () => void {
  const proc = options.process ?? process;
  const signals = options.signals ?? ["SIGTERM", "SIGINT"];
  let received = 0;
  const handler = (signal: NodeJS.Signals) => {
    received += 1;
    if (received === 1) return options.onGraceful(signal);
    if (options.onForce) return options.onForce(signal);
    proc.exit(128 + (SIGNAL_NUMBERS[signal] ?? 1));
  };
  for (const signal of signals) proc.on(signal, handler);
  return () => {
    for (const signal of signals) proc.off(signal, handler);
  };
}
