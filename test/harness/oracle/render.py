"""Parity oracle: renders Kubernetes Job manifests with the installed prefect-kubernetes package.

stdin: a JSON list of cases {"base_job_template", "work_pool"?, "deployment"?, "flow"?, "flow_run",
"worker_name"?, "worker_id"?, "resolve_references"?}. stdout: a JSON list with one result per case,
{"manifest", "namespace", "configuration"} or {"error": {"type", "message"}}.

The process environment *is* the worker environment: the caller starts one process per distinct
worker env (Prefect reads its settings once, at import, exactly as `prefect worker start` does).
The call sequence mirrors BaseJobConfiguration.resolve_for_flow_run (prefect 3.8.8) with the API reads
replaced by the case's objects; only block and variable references, in cases with "resolve_references",
are read from the server at PREFECT_API_URL.
"""

import asyncio
import contextlib
import json
import sys


def _dump(value):
    # Keep float-ness visible to the TS side (1.0 stays 1.0 in JSON).
    return json.dumps(value, ensure_ascii=False)


def _reference_client(case):
    # Only cases that ask for it reach a server (the one at PREFECT_API_URL in the case env); the others
    # must render without any API, so a bare object makes any accidental reference read fail loudly.
    if case.get("resolve_references"):
        from prefect.client.orchestration import get_client

        return get_client()
    return contextlib.nullcontext(object())


async def render_case(case):
    from prefect.client.schemas.objects import Flow, FlowRun, WorkPool
    from prefect.client.schemas.responses import DeploymentResponse
    from prefect_kubernetes.worker import KubernetesWorkerJobConfiguration

    flow_run = FlowRun.model_validate(case["flow_run"])
    deployment = (
        DeploymentResponse.model_validate(case["deployment"]) if case.get("deployment") else None
    )
    flow = Flow.model_validate(case["flow"]) if case.get("flow") else None
    work_pool = WorkPool.model_validate(
        (case.get("work_pool") or {"name": "oracle-pool", "type": "kubernetes"})
        | {"base_job_template": case["base_job_template"]}
    )

    # resolve_for_flow_run, minus the client reads.
    deployment_vars = getattr(deployment, "job_variables", {}) or {}
    flow_run_vars = flow_run.job_variables or {}
    job_variables = {**deployment_vars}
    if isinstance(job_variables.get("env"), dict):
        job_variables["env"].update(flow_run_vars.pop("env", {}))
    job_variables.update(flow_run_vars)

    async with _reference_client(case) as client:
        configuration = await KubernetesWorkerJobConfiguration.from_template_and_values(
            base_job_template=work_pool.base_job_template,
            values=job_variables,
            client=client,
        )
    configuration.prepare_for_flow_run(
        flow_run=flow_run,
        deployment=deployment,
        flow=flow,
        work_pool=work_pool,
        worker_name=case.get("worker_name"),
        worker_id=case.get("worker_id"),
    )
    return {
        "manifest": configuration.job_manifest,
        "namespace": configuration.namespace,
        "configuration": {
            "name": configuration.name,
            "command": configuration.command,
            "env": configuration.env,
            "labels": configuration.labels,
            "annotations": configuration.annotations,
            "namespace": configuration.namespace,
            "cluster_config": (
                configuration.cluster_config.model_dump(mode="json", include={"config", "context_name"})
                if configuration.cluster_config
                else None
            ),
            "job_watch_timeout_seconds": configuration.job_watch_timeout_seconds,
            "pod_watch_timeout_seconds": configuration.pod_watch_timeout_seconds,
            "stream_output": configuration.stream_output,
        },
    }


async def main():
    cases = json.load(sys.stdin)
    results = []
    for case in cases:
        try:
            results.append(await render_case(case))
        except Exception as exc:  # the worker catches everything and reports class + message
            results.append({"error": {"type": type(exc).__name__, "message": str(exc)}})
    sys.stdout.write(_dump(results))


if __name__ == "__main__":
    asyncio.run(main())
