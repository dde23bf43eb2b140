// Test-only failure modes: ways for a test to make this kubelet misbehave like a real node does when an
// image cannot be pulled, a container runs out of memory, or a pod never gets going.

export const annotationPrefix = "kubelet.test.prefect.io/";
export const imagePullAnnotation = `${annotationPrefix}image-pull`;
export const oomKillAfterAnnotation = `${annotationPrefix}oom-kill-after-seconds`;
export const neverStartAnnotation = `${annotationPrefix}never-start`;

/** Registry host that never resolves; any image under it fails to pull. */
export const unpullableRegistry = "unpullable.invalid";

export interface FailureModes {
  neverStart: boolean;
  /** Every image of the pod fails to pull. */
  failAllPulls: boolean;
  oomKillAfterMs: number | undefined;
  /** Annotation values that could not be understood, for a warning. */
  problems: string[];
}

export function parseFailureModes(annotations: Record<string, string> | undefined): FailureModes {
  const a = annotations ?? {};
  const problems: string[] = [];
  let oomKillAfterMs: number | undefined;
  const oom = a[oomKillAfterAnnotation];
  if (oom !== undefined) {
    const seconds = Number(oom);
    if (oom.trim() !== "" && Number.isFinite(seconds) && seconds >= 0) oomKillAfterMs = seconds * 1000;
    else problems.push(`${oomKillAfterAnnotation}: ${JSON.stringify(oom)} is not a number of seconds`);
  }
  const pull = a[imagePullAnnotation];
  if (pull !== undefined && pull !== "fail") {
    problems.push(`${imagePullAnnotation}: only "fail" is understood, got ${JSON.stringify(pull)}`);
  }
  return {
    neverStart: (a[neverStartAnnotation] ?? "").toLowerCase() === "true",
    failAllPulls: pull === "fail",
    oomKillAfterMs,
    problems,
  };
}

/** The registry host of an image reference, when it names one (Docker's rule: a dot, a port or localhost). */
export function registryHost(image: string): string | undefined {
  const slash = image.indexOf("/");
  if (slash === -1) return undefined;
  const first = image.slice(0, slash);
  if (first.includes(".") || first.includes(":") || first === "localhost") return first.replace(/:\d+$/, "");
  return undefined;
}

/** Fully qualified form, as containerd reports it in pull errors. */
export function qualifiedImage(image: string): string {
  let ref = image;
  if (registryHost(ref) === undefined) ref = `docker.io/${ref.includes("/") ? ref : `library/${ref}`}`;
  const lastSegment = ref.slice(ref.lastIndexOf("/") + 1);
  if (!lastSegment.includes(":") && !ref.includes("@")) ref += ":latest";
  return ref;
}

/** The ErrImagePull message when pulling this image must fail, undefined when the pull "succeeds". */
export function imagePullError(image: string, modes: Pick<FailureModes, "failAllPulls">): string | undefined {
  const failing =
    modes.failAllPulls || registryHost(image) === unpullableRegistry || image.includes(":does-not-exist");
  if (!failing) return undefined;
  const ref = qualifiedImage(image);
  return (
    `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference ` +
    `"${ref}": pull access denied, repository does not exist or may require authorization: ` +
    `server message: insufficient_scope: authorization failed`
  );
}
