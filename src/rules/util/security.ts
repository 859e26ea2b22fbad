// Helpers shared by the security rules: namespaces, user namespaces, capabilities and mounts,
// read through the RuleContext only.

import { isObject, ptr, type RuleContext } from '../api.js';
import { mountEntries } from './mounts.js';
import { own } from './own.js';
import { perBundle } from './per-bundle.js';

export interface NsEntry {
  type: string;
  path: string | undefined;
  index: number;
}

export const namespaces: (ctx: RuleContext) => readonly NsEntry[] = perBundle((ctx) => {
  const out: NsEntry[] = [];
  (ctx.array('/linux/namespaces') ?? []).forEach((n, index) => {
    if (!isObject(n) || typeof n['type'] !== 'string') return;
    out.push({ type: n['type'], path: typeof n['path'] === 'string' ? n['path'] : undefined, index });
  });
  return out;
});

/** A namespace path that names the host's own namespace (that of PID 1 or of the runtime itself). */
export function isHostNsPath(path: string, type?: string): boolean {
  const m = /^\/proc\/(?:1|self|thread-self)\/ns\/([a-z_]+)\/?$/.exec(path.replace(/\/+/g, '/'));
  if (!m) return false;
  // A file of another kind (type "ipc" with .../ns/net) is not this namespace of the host; the
  // runtime fails to join it (host-namespace-path says so with --host-specific).
  return type === undefined || m[1] === own(NS_FILE, type) || (type === 'pid' && m[1] === 'pid_for_children');
}

/** The file under /proc/<pid>/ns/ for each namespace type. */
const NS_FILE: Record<string, string> = { network: 'net', mount: 'mnt', pid: 'pid', ipc: 'ipc', uts: 'uts', user: 'user', cgroup: 'cgroup', time: 'time' };

/** True when the config asks for a user namespace (new or joined). */
export function hasUserns(ctx: RuleContext): boolean {
  return namespaces(ctx).some((n) => n.type === 'user' && !(n.path && isHostNsPath(n.path, 'user')));
}

/** Where to report a namespace that is missing: the namespaces array, else `linux`, else the root. */
export function nsMissingPointer(ctx: RuleContext): string {
  if (ctx.array('/linux/namespaces')) return '/linux/namespaces';
  if (ctx.object('/linux')) return '/linux';
  return '';
}

/**
 * How a namespace of `type` is shared with the host, or undefined when the container has its own.
 * `missing`: no entry; `hostPath`: an entry joining PID 1's namespace.
 */
export function hostNamespace(ctx: RuleContext, type: string): { kind: 'missing'; pointer: string } | { kind: 'hostPath'; pointer: string; path: string } | undefined {
  if (!ctx.isValid('/linux/namespaces')) return undefined;
  const entries = namespaces(ctx).filter((n) => n.type === type);
  if (entries.length === 0) return { kind: 'missing', pointer: nsMissingPointer(ctx) };
  const host = entries.find((n) => n.path !== undefined && isHostNsPath(n.path, type));
  if (host) return { kind: 'hostPath', pointer: ptr('linux', 'namespaces', host.index, 'path'), path: host.path! };
  return undefined;
}

export const CAP_SETS = ['bounding', 'effective', 'permitted', 'inheritable', 'ambient'] as const;
export type CapSet = (typeof CAP_SETS)[number];

export interface CapEntry {
  set: CapSet;
  name: string;
  index: number;
  pointer: string;
}

class Cap implements CapEntry {
  constructor(
    readonly set: CapSet,
    readonly name: string,
    readonly index: number,
  ) {}
  /** Built when a rule reports: most entries are never reported. */
  get pointer(): string {
    return ptr('process', 'capabilities', this.set, this.index);
  }
}

/** Every capability named in process.capabilities, set by set. */
export const capabilities: (ctx: RuleContext) => readonly CapEntry[] = perBundle((ctx) => {
  const out: CapEntry[] = [];
  for (const set of CAP_SETS) {
    const arr = ctx.array(`/process/capabilities/${set}`);
    arr?.forEach((name, index) => {
      if (typeof name === 'string') out.push(new Cap(set, name.toUpperCase(), index));
    });
  }
  return out;
});

/** Capabilities the process can ever hold: bounding ∪ effective ∪ permitted ∪ ambient. */
export function grantedCaps(ctx: RuleContext): Set<string> {
  return new Set(capabilities(ctx).filter((c) => c.set !== 'inheritable').map((c) => c.name));
}

/**
 * Keeps the first report per capability name: a name is usually listed in several sets, and one
 * finding (at its first occurrence, naming the sets) is enough.
 */
export function firstPerName(entries: CapEntry[]): { entry: CapEntry; sets: string }[] {
  const by = new Map<string, CapEntry[]>();
  for (const e of entries) by.set(e.name, [...(by.get(e.name) ?? []), e]);
  return [...by.values()].map((list) => ({ entry: list[0]!, sets: [...new Set(list.map((e) => e.set))].join(', ') }));
}

export interface MountEntry {
  index: number;
  pointer: string;
  destination: string;
  type: string | undefined;
  source: string | undefined;
  options: string[];
}

/**
 * The mounts with a string destination, their options as plain strings; the same list for every
 * rule of a bundle, taken from the mount rules' entries (util/mounts.ts) with their pointers.
 */
export const mounts: (ctx: RuleContext) => readonly MountEntry[] = perBundle((ctx) => {
  const out: MountEntry[] = [];
  for (const m of mountEntries(ctx.array('/mounts'))) {
    if (m.destination === undefined) continue;
    out.push({ index: m.index, pointer: m.pointer, destination: m.destination, type: m.type, source: m.source, options: m.options.map((o) => o.value) });
  }
  return out;
});

export function isBind(m: MountEntry): boolean {
  return m.type === 'bind' || m.type === 'rbind' || m.options.includes('bind') || m.options.includes('rbind');
}

/** The last of ro/rw/rro wins, as mount(8) and the runtimes read the options left to right. */
export function isReadOnly(m: MountEntry): boolean {
  let ro = false;
  for (const o of m.options) {
    if (o === 'ro' || o === 'rro') ro = true;
    else if (o === 'rw' || o === 'rrw') ro = false;
  }
  return ro;
}

/** The option index to point at, or the mount itself when the option is missing. */
export function optionPointer(m: MountEntry, option: string): string {
  const i = m.options.indexOf(option);
  return i >= 0 ? ptr('mounts', m.index, 'options', i) : m.pointer;
}

/** process.user.uid as a number, when given. */
export function uid(ctx: RuleContext): number | undefined {
  return ctx.number('/process/user/uid');
}

/** Quotes a list for a message: ["a", "b"]. */
export function quoteList(items: readonly string[]): string {
  return items.map((i) => `"${i}"`).join(', ');
}
