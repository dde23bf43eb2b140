"""Parity oracle for pod diagnosis and pod events: runs prefect_kubernetes.observer._replicate_pod_event
(prefect-kubernetes 0.7.12) itself, with its clients replaced by stubs that record what it does.

stdin: a JSON list of cases; a case is a list of steps {"type": "LISTED"|"ADDED"|"MODIFIED"|"DELETED",
"pod": <raw pod JSON>} replayed in order against the observer's own per-pod caches (cleared between cases).
stdout: a JSON list with, per case, one result per step:
  {"diagnosis": diagnose_k8s_pod(status) | null,
   "event": the emitted Event as JSON | null,
   "occurred_now": true when the event's occurred is the observer's "now" (no pod timestamp applied),
   "logs": [{"level", "message"}] the flow-run logs it wrote,
   "error": {"type", "message"} | null when the handler raised}.

Stubs, the way the reference's own test_observer.py patches the module: the events client records emitted
events; the orchestration client answers the start-up de-duplication query with no events (so LISTED
pods are emitted) and fails read_flow_run (so no InfrastructurePending proposal is attempted); the
flow-run logger records instead of sending logs to an API.
"""

import asyncio
import dataclasses
import json
import logging
import sys
from datetime import datetime, timezone


class _EventsClient:
    def __init__(self):
        self.events = []

    async def emit(self, event):
        self.events.append(event)


class _Response:
    def json(self):
        return {"events": []}


class _OrchestrationClient:
    async def request(self, method, path, json=None):
        return _Response()

    async def read_flow_run(self, flow_run_id):
        raise RuntimeError("the oracle has no Prefect API")


class _FlowRunLogger:
    def __init__(self):
        self.records = []

    def getChild(self, _name):
        return self

    def log(self, level, msg, *args):
        self.records.append({"level": logging.getLevelName(level), "message": msg % args})


def _diagnosis_json(diagnosis):
    if diagnosis is None:
        return None
    return {k: getattr(v, "value", v) for k, v in dataclasses.asdict(diagnosis).items()}


async def _run_step(observer, diagnose, emitter, flow_run_logger, step):
    pod = step["pod"]
    metadata = pod.get("metadata") or {}
    status = pod.get("status") or {}
    emitter.events.clear()
    flow_run_logger.records.clear()
    error = None
    before = datetime.now(timezone.utc)
    try:
        await observer._replicate_pod_event(
            event={"type": None if step["type"] == "LISTED" else step["type"], "object": pod},
            uid=metadata.get("uid"),
            name=metadata.get("name"),
            namespace=metadata.get("namespace"),
            labels=metadata.get("labels") or {},
            status=status,
            logger=logging.getLogger("pod-events-oracle"),
        )
    except Exception as exc:  # the handler's own failure is part of the behaviour under test
        error = {"type": type(exc).__name__, "message": str(exc)}
    after = datetime.now(timezone.utc)
    event = emitter.events[0] if emitter.events else None
    try:
        diagnosis = _diagnosis_json(diagnose(status))
    except Exception as exc:
        diagnosis = {"error": type(exc).__name__}
    return {
        "diagnosis": diagnosis,
        "event": event.model_dump(mode="json") if event else None,
        "occurred_now": bool(event and before <= event.occurred <= after),
        "logs": list(flow_run_logger.records),
        "error": error,
    }


async def _run(cases):
    import prefect_kubernetes.observer as observer
    from prefect_kubernetes.diagnostics import diagnose_k8s_pod

    emitter = _EventsClient()
    flow_run_logger = _FlowRunLogger()
    observer.events_client = emitter
    observer.orchestration_client = _OrchestrationClient()
    observer._startup_event_semaphore = asyncio.Semaphore(5)
    observer.flow_run_logger = lambda flow_run_id: flow_run_logger

    results = []
    for steps in cases:
        observer._last_event_cache.clear()
        observer._last_diagnosis_cache.clear()
        results.append(
            [await _run_step(observer, diagnose_k8s_pod, emitter, flow_run_logger, s) for s in steps]
        )
    return results


def main():
    cases = json.load(sys.stdin)
    print(json.dumps(asyncio.run(_run(cases))))


if __name__ == "__main__":
    main()
