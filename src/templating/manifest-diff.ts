// The JSON-patch diff the reference uses to check a Job manifest's structure (jsonpatch 1.47
// JsonPatch.from_diff: DiffBuilder with move optimisation). Only what the check reads is kept:
// which paths are added and which are replaced, with their values. Array indices are not re-based after
// moves; the base manifest's only array (`containers`, one item) never needs it.
import { PyFloat, isObject } from "./py-value.ts";

type Part = string | number;
interface Op {
  op: "add" | "remove" | "replace" | "move";
  path: Part[];
  value?: unknown;
  live: boolean;
}

/** json.dumps: 1 and 1.0 and true all differ; object key order is significant. */
export function pyJsonDumps(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof PyFloat || typeof value === "bigint") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pyJsonDumps).join(", ")}]`;
  if (isObject(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${pyJsonDumps(v)}`)
      .join(", ")}}`;
  }
  if (typeof value === "number" && !Number.isInteger(value)) return JSON.stringify(new PyFloat(value));
  return JSON.stringify(value);
}

function sortedMembers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedMembers);
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortedMembers(value[key]);
    return out;
  }
  return value;
}

const moveKey = (value: unknown): string => pyJsonDumps(sortedMembers(value));

function pyEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => pyEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && pyEqual(a[k], b[k]));
  }
  const na = a instanceof PyFloat ? a.value : typeof a === "boolean" ? Number(a) : a;
  const nb = b instanceof PyFloat ? b.value : typeof b === "boolean" ? Number(b) : b;
  return na === nb;
}

function positionalCost(a: unknown, b: unknown): number {
  if (pyEqual(a, b)) return 0;
  if (isObject(a) && isObject(b)) {
    let cost = 0;
    for (const k of Object.keys(a)) cost += Object.hasOwn(b, k) ? positionalCost(a[k], b[k]) : 1;
    for (const k of Object.keys(b)) if (!Object.hasOwn(a, k)) cost += 1;
    return cost;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    let cost = Math.abs(a.length - b.length);
    for (let i = 0; i < Math.min(a.length, b.length); i++) cost += positionalCost(a[i], b[i]);
    return cost;
  }
  return 1;
}

// difflib.SequenceMatcher(None, a, b).get_opcodes(), non-equal runs only (lists here are short, so no
// autojunk).
function differingOpcodes(a: string[], b: string[]): [number, number, number, number][] {
  const blocks: [number, number, number][] = [];
  const find = (alo: number, ahi: number, blo: number, bhi: number): void => {
    let besti = alo;
    let bestj = blo;
    let bestSize = 0;
    for (let i = alo; i < ahi; i++) {
      for (let j = blo; j < bhi; j++) {
        let k = 0;
        while (i + k < ahi && j + k < bhi && a[i + k] === b[j + k]) k++;
        if (k > bestSize) [besti, bestj, bestSize] = [i, j, k];
      }
    }
    if (bestSize === 0) return;
    if (alo < besti && blo < bestj) find(alo, besti, blo, bestj);
    blocks.push([besti, bestj, bestSize]);
    if (besti + bestSize < ahi && bestj + bestSize < bhi) find(besti + bestSize, ahi, bestj + bestSize, bhi);
  };
  find(0, a.length, 0, b.length);
  blocks.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const runs: [number, number, number, number][] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj, size] of [...blocks, [a.length, b.length, 0] as [number, number, number]]) {
    if (i < ai || j < bj) runs.push([i, ai, j, bj]);
    i = ai + size;
    j = bj + size;
  }
  return runs;
}

class DiffBuilder {
  readonly ops: Op[] = [];
  private readonly stored: [Map<string, Op[]>, Map<string, Op[]>] = [new Map(), new Map()];

  private store(value: unknown, op: Op, st: 0 | 1): void {
    const key = moveKey(value);
    const list = this.stored[st].get(key) ?? [];
    list.push(op);
    this.stored[st].set(key, list);
  }

  private take(value: unknown, st: 0 | 1): Op | undefined {
    const list = this.stored[st].get(moveKey(value));
    while (list && list.length > 0) {
      const op = list.pop()!;
      if (op.live) return op;
    }
    return undefined;
  }

  private insert(op: Omit<Op, "live">): Op {
    const full = { ...op, live: true };
    this.ops.push(full);
    return full;
  }

  private itemAdded(path: Part[], key: Part, item: unknown): void {
    const target = [...path, key];
    const removed = this.take(item, 1);
    if (removed && !isInside(target, removed.path)) {
      removed.live = false;
      if (!samePath(removed.path, target)) this.insert({ op: "move", path: target });
      return;
    }
    this.store(item, this.insert({ op: "add", path: target, value: item }), 0);
  }

  private itemRemoved(path: Part[], key: Part, item: unknown): void {
    const added = this.take(item, 0);
    if (added) {
      added.live = false;
      this.insert({ op: "move", path: added.path });
      return;
    }
    this.store(item, this.insert({ op: "remove", path: [...path, key] }), 1);
  }

  private itemReplaced(path: Part[], key: Part, item: unknown): void {
    this.insert({ op: "replace", path: [...path, key], value: item });
  }

  compareDicts(path: Part[], src: Record<string, unknown>, dst: Record<string, unknown>): void {
    for (const key of Object.keys(src)) if (!Object.hasOwn(dst, key)) this.itemRemoved(path, key, src[key]);
    for (const key of Object.keys(dst)) if (!Object.hasOwn(src, key)) this.itemAdded(path, key, dst[key]);
    for (const key of Object.keys(src))
      if (Object.hasOwn(dst, key)) this.compareValues(path, key, src[key], dst[key]);
  }

  private differingRuns(src: unknown[], dst: unknown[]): [number, number, number, number][] {
    const sk = src.map(moveKey);
    const dk = dst.map(moveKey);
    const shorter = Math.min(src.length, dst.length);
    let start = 0;
    while (start < shorter && sk[start] === dk[start]) start++;
    let commonEnd = 0;
    while (commonEnd < shorter - start && sk[sk.length - 1 - commonEnd] === dk[dk.length - 1 - commonEnd])
      commonEnd++;
    const srcEnd = src.length - commonEnd;
    const dstEnd = dst.length - commonEnd;
    const cost = ([i1, i2, j1, j2]: [number, number, number, number]): number => {
      let c = Math.abs(i2 - i1 - (j2 - j1));
      for (let n = 0; n < Math.min(i2 - i1, j2 - j1); n++) {
        if (sk[i1 + n] !== dk[j1 + n]) c += positionalCost(src[i1 + n], dst[j1 + n]);
      }
      return c;
    };
    const byPosition: [number, number, number, number] = [start, srcEnd, start, dstEnd];
    const runs = differingOpcodes(sk.slice(start, srcEnd), dk.slice(start, dstEnd)).map(
      ([i1, i2, j1, j2]) =>
        [start + i1, start + i2, start + j1, start + j2] as [number, number, number, number],
    );
    return runs.reduce((sum, run) => sum + cost(run), 0) > cost(byPosition) ? [byPosition] : runs;
  }

  private compareLists(path: Part[], src: unknown[], dst: unknown[]): void {
    for (const [i1, i2, j1, j2] of this.differingRuns(src, dst)) {
      const paired = Math.min(i2 - i1, j2 - j1);
      for (let key = j1; key < j1 + paired; key++) {
        const old = src[i1 + key - j1];
        const next = dst[key];
        if (isObject(old) && isObject(next)) this.compareDicts([...path, key], old, next);
        else if (Array.isArray(old) && Array.isArray(next)) this.compareLists([...path, key], old, next);
        else if (pyJsonDumps(old) !== pyJsonDumps(next)) {
          this.itemRemoved(path, key, old);
          this.itemAdded(path, key, next);
        }
      }
      for (let n = i1 + paired; n < i2; n++) this.itemRemoved(path, j1 + paired, src[n]);
      for (let key = j1 + paired; key < j2; key++) this.itemAdded(path, key, dst[key]);
    }
  }

  compareValues(path: Part[], key: Part, src: unknown, dst: unknown): void {
    if (isObject(src) && isObject(dst)) this.compareDicts([...path, key], src, dst);
    else if (Array.isArray(src) && Array.isArray(dst)) this.compareLists([...path, key], src, dst);
    else if (pyJsonDumps(src) !== pyJsonDumps(dst)) this.itemReplaced(path, key, dst);
  }

  /** execute(): a remove immediately followed by an add at the same path is a replace. */
  result(): { op: string; path: string; value?: unknown }[] {
    const live = this.ops.filter((op) => op.live);
    const out: { op: string; path: string; value?: unknown }[] = [];
    for (let i = 0; i < live.length; i++) {
      const a = live[i]!;
      const b = live[i + 1];
      if (b && a.op === "remove" && b.op === "add" && samePath(a.path, b.path)) {
        out.push({ op: "replace", path: toPointer(b.path), value: b.value });
        i++;
        continue;
      }
      out.push({
        op: a.op,
        path: toPointer(a.path),
        ...(Object.hasOwn(a, "value") ? { value: a.value } : {}),
      });
    }
    return out;
  }
}

const samePath = (a: Part[], b: Part[]): boolean => a.length === b.length && a.every((p, i) => p === b[i]);
const isInside = (parts: Part[], container: Part[]): boolean =>
  parts.length > container.length && container.every((p, i) => p === parts[i]);
const toPointer = (parts: Part[]): string =>
  parts.map((p) => "/" + String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("");

/** JsonPatch.from_diff(src, dst) operations (paths as JSON pointers). */
export function diffManifest(src: Record<string, unknown>, dst: Record<string, unknown>) {
  const builder = new DiffBuilder();
  builder.compareDicts([], src, dst);
  return builder.result();
}
