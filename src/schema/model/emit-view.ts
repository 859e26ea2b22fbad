// Turns the description (model/*.ts) into TypeScript: the types of the typed view rules read
// (src/model/), the function that builds that view from a parsed config in one pass, and the
// dotted paths a rule may declare it reads. Every release's fields are in the one view (a field
// newer than the declared release is field-version's business, not the view's).
//
// What the view holds: each value of the JSON type the model gives it; a value of another type is
// absent (undefined), as if it were not written. Array entries of the wrong type become undefined
// in place, so indices stay those of the document. Objects carry only the model's properties, in
// the model's order, every one of them (undefined when absent): one shape per kind of node.

import { resolve, type Node, type ObjectNode } from './dsl.js';
import { configNode } from './root.js';

/** Type names the path would give badly, or that read better otherwise. */
const NAMES: Record<string, string> = {
  '': 'Config',
  'process.capabilities': 'Capabilities',
  'process.rlimits[]': 'Rlimit',
  'process.user': 'User',
  'linux.namespaces[]': 'Namespace',
  'linux.seccomp': 'Seccomp',
  'linux.seccomp.syscalls[]': 'SeccompSyscall',
  'linux.seccomp.syscalls[].args[]': 'SeccompArg',
  'linux.resources': 'Resources',
  'linux.resources.devices[]': 'DeviceCgroupRule',
  'linux.resources.memory': 'MemoryResources',
  'linux.resources.cpu': 'CpuResources',
  'linux.resources.pids': 'PidsResources',
  'linux.resources.blockIO': 'BlockIO',
  'linux.resources.blockIO.weightDevice[]': 'BlockIOWeightDevice',
  'linux.resources.hugepageLimits[]': 'HugepageLimit',
  'linux.resources.network': 'NetworkResources',
  'linux.resources.network.priorities[]': 'NetworkPriority',
  'linux.resources.rdma{}': 'RdmaLimit',
  'linux.netDevices{}': 'NetDevice',
  'linux.intelRdt': 'IntelRdt',
  'linux.memoryPolicy': 'MemoryPolicy',
  'linux.personality': 'Personality',
  'linux.timeOffsets': 'TimeOffsets',
  'linux.timeOffsets.boottime': 'TimeOffset',
  'linux.timeOffsets.monotonic': 'TimeOffset',
  'windows.devices[]': 'WindowsDevice',
  'windows.resources.cpu.affinity[]': 'WindowsCpuAffinity',
  'vm.hwConfig.iomems[]': 'VmIomem',
};

interface Emitted {
  /** Interface declarations, by type name. */
  types: Map<string, string>;
  /** Builder functions, by type name. */
  builders: Map<string, string>;
  /** Dotted paths through objects, for rule input declarations. */
  paths: string[];
}

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function nameFor(path: string, node: Node): string {
  const fixed = NAMES[path];
  if (fixed !== undefined) return fixed;
  if (node.def !== undefined) return node.def;
  // process.consoleSize -> ProcessConsoleSize; linux.devices[] -> LinuxDevice
  return path
    .split('.')
    .map((seg) => {
      const item = seg.endsWith('[]') || seg.endsWith('{}');
      const base = item ? seg.slice(0, -2) : seg;
      return pascal(item && base.endsWith('s') ? base.slice(0, -1) : base);
    })
    .join('');
}

/** The view of every release: a node's variants only change patterns, never the JSON type. */
function latest(node: Node): Node {
  return resolve(node, '1.3.0');
}

export function emitView(): string {
  const out: Emitted = { types: new Map(), builders: new Map(), paths: [] };

  /** The TypeScript type of a node's view, emitting named object types as it goes. */
  function typeOf(raw: Node, path: string): string {
    const node = latest(raw);
    switch (node.kind) {
      case 'string':
        return 'string';
      case 'integer':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'any':
        return 'unknown';
      case 'array':
        return `ReadonlyArray<${typeOf(node.items, `${path}[]`)} | undefined>`;
      case 'object':
        // A value of the wrong type keeps its key, with undefined: rules about keys still see it.
        if (node.values) {
          const value = typeOf(node.values, `${path}{}`);
          return `Readonly<Record<string, ${value === 'unknown' ? value : `${value} | undefined`}>>`;
        }
        return objectType(node, path);
    }
  }

  function objectType(node: ObjectNode, path: string): string {
    const name = nameFor(path, node);
    if (out.types.has(name)) return name;
    out.types.set(name, ''); // reserve: a def used twice is emitted once
    const lines: string[] = [];
    const fields: string[] = [];
    for (const [key, child] of Object.entries(node.props ?? {})) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (!/\[\]|\{\}/.test(childPath)) out.paths.push(childPath);
      const doc = child.doc ?? latest(child).doc;
      if (doc !== undefined) lines.push(`  /** ${doc} */`);
      lines.push(`  readonly ${key}: ${typeOf(child, childPath)} | undefined;`);
      fields.push(`${key}: ${valueExpr(child, childPath, `v.${key}`, JSON.stringify(key))}`);
    }
    out.types.set(name, `export interface ${name} {\n${lines.join('\n')}\n}`);
    out.builders.set(
      name,
      [
        `function view${name}(v: unknown, up: Loc | undefined, key: string | number): ${name} | undefined {`,
        `  if (!isRecord(v)) return undefined;`,
        `  const at: Loc = { up, key };`,
        // The location last: an object literal's properties after a computed key are added one by one.
        `  return { ${fields.join(', ')}, [LOC]: at } as ${name};`,
        `}`,
      ].join('\n'),
    );
    return name;
  }

  /**
   * An expression for the view of `src` (an expression of the raw value) under a container whose
   * location is `at`, at key `keyExpr`.
   */
  function valueExpr(raw: Node, path: string, src: string, keyExpr: string): string {
    const node = latest(raw);
    switch (node.kind) {
      case 'string':
        return `str(${src})`;
      case 'integer':
        return `num(${src})`;
      case 'boolean':
        return `bool(${src})`;
      case 'any':
        return src;
      case 'array':
        return `${arrayBuilder(node.items, `${path}[]`)}(${src}, at, ${keyExpr})`;
      case 'object':
        if (node.values) return `${mapBuilder(node.values, `${path}{}`)}(${src}, at, ${keyExpr})`;
        return `view${objectType(node, path)}(${src}, at, ${keyExpr})`;
    }
  }

  /** What a builder of containers of `node` is named after: the object type, else the JSON type. */
  function labelOf(node: Node, path: string): string {
    if (node.kind === 'object') return node.values ? `${nameFor(path, node)}Map` : objectType(node, path);
    if (node.kind === 'array') return `${labelOf(latest(node.items), `${path}[]`)}List`;
    return node.kind;
  }

  /** A builder for arrays of `items`; one per item kind, so each loop stays monomorphic. */
  function arrayBuilder(raw: Node, path: string): string {
    const item = latest(raw);
    const name = `list_${labelOf(item, path)}`;
    if (!out.builders.has(name)) {
      out.builders.set(name, '');
      const type = typeOf(raw, path);
      // A list of strings (seccomp names, args, env: the long lists) is copied whole when every
      // item is a string, as it nearly always is, instead of item by item.
      const copy =
        item.kind === 'string'
          ? [`  let i = 0;`, `  while (i < v.length && typeof v[i] === 'string') i++;`, `  const list: (${type} | undefined)[] = v.slice(0, i) as string[];`]
          : [`  let i = 0;`, `  const list: (${type} | undefined)[] = [];`];
      out.builders.set(
        name,
        [
          `function ${name}(v: unknown, up: Loc, key: string | number): ReadonlyArray<${type} | undefined> | undefined {`,
          `  if (!Array.isArray(v)) return undefined;`,
          `  const at: Loc = { up, key };`,
          ...copy,
          `  for (; i < v.length; i++) list.push(${valueExpr(raw, path, 'v[i]', 'i')});`,
          `  return located(list, at);`,
          `}`,
        ].join('\n'),
      );
    }
    return name;
  }

  /** A builder for free-form maps of `values` (keys are the user's). */
  function mapBuilder(raw: Node, path: string): string {
    const value = latest(raw);
    const name = `map_${labelOf(value, path)}`;
    if (!out.builders.has(name)) {
      out.builders.set(name, '');
      const type = typeOf(raw, path);
      const entry = value.kind === 'any' ? type : `${type} | undefined`;
      out.builders.set(
        name,
        [
          `function ${name}(v: unknown, up: Loc, key: string | number): Readonly<Record<string, ${entry}>> | undefined {`,
          `  if (!isRecord(v)) return undefined;`,
          `  const at: Loc = { up, key };`,
          `  const map: Record<string, ${entry}> = Object.create(null) as Record<string, ${entry}>;`,
          `  for (const k of Object.keys(v)) map[k] = ${valueExpr(raw, path, 'v[k]', 'k')};`,
          `  return located(map, at);`,
          `}`,
        ].join('\n'),
      );
    }
    return name;
  }

  const root = objectType(configNode, '');
  const header = [
    '// Generated by scripts/gen-schemas.mjs from src/schema/model (emit-view.ts). Do not edit.',
    '// The typed view of a config: see src/model/view.ts.',
    '',
    "import { LOC, bool, isRecord, located, num, str, type Loc } from '../loc.js';",
    '',
  ].join('\n');
  const paths = [...new Set(out.paths)].sort();
  return [
    header,
    [...out.types.values()].join('\n\n'),
    '',
    '/** A part of the config a rule reads, as a dotted path through objects (arrays and maps end it). */',
    `export type ConfigPath =\n${paths.map((p) => `  | '${p}'`).join('\n')};`,
    '',
    `export const CONFIG_PATHS: readonly ConfigPath[] = [\n${paths.map((p) => `  '${p}',`).join('\n')}\n];`,
    '',
    [...out.builders.values()].join('\n\n'),
    '',
    `/** The view of a parsed config, or undefined when it is not a JSON object. */`,
    `export function buildView(v: unknown): ${root} | undefined {`,
    `  if (!isRecord(v)) return undefined;`,
    `  return view${root}(v, undefined, '');`,
    `}`,
    '',
  ].join('\n');
}
