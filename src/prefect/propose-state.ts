// Proposing a state as the reference's `propose_state` does: WAIT answers are slept through and the
// proposal repeated; every other answer (ACCEPT, REJECT with the server's state, ABORT) is returned for
// the caller to judge.
import type { OrchestrationResult, StateCreate } from "./types.ts";

export interface StateProposer {
  setFlowRunState(id: string, state: StateCreate, options: { force: boolean }): Promise<OrchestrationResult>;
}

export async function proposeState(
  api: StateProposer,
  flowRunId: string,
  state: StateCreate,
  sleep: (ms: number) => Promise<void>,
): Promise<OrchestrationResult> {
  for (;;) {
    const result = await api.setFlowRunState(flowRunId, state, { force: false });
    if (result.status !== "WAIT") return result;
    const delay = Number((result.details as { delay_seconds?: number }).delay_seconds ?? 0);
    await sleep(Math.max(0, delay) * 1000);
  }
}
