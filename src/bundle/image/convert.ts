// The config.json a converter would write for an image: the runtime template, with the fields the
// image-spec's conversion document gives the image
// (https://github.com/opencontainers/image-spec/blob/v1.1.0/conversion.md):
// - verbatim: WorkingDir -> process.cwd, Env -> process.env (an entry of the same name replaces
//   the template's), Entrypoint + Cmd -> process.args (when both are empty the template's args
//   stay, as umoci 0.4.7 leaves them; image-command reports it);
// - annotations: os, architecture, variant, os.version, os.features, author, created and
//   Config.StopSignal under their org.opencontainers.image.* keys, Config.ExposedPorts as
//   org.opencontainers.image.exposedPorts, and Config.Labels, which win over all of these;
// - parsed: Config.User -> process.user through the image's /etc/passwd and /etc/group, and HOME
//   from passwd when Env has none;
// - optional: Config.Volumes -> a tmpfs mount each, as umoci 0.4.7 makes them (Docker and Podman
//   fill a volume with the image's files instead).
// It also records where each generated field comes from in the image config, so that findings
// point there.

import { pointerFrom } from '../../json/pointer.js';
import { resolveUser, type UserResolution } from './users.js';

/** A generated field and the image-config field it comes from (JSON pointers). */
export interface Origin {
  generated: string;
  image: string;
}

export interface Conversion {
  config: Record<string, unknown>;
  origins: Origin[];
  /** Config.User as written, and what it resolved to. */
  user: { spec: string; resolution: UserResolution } | undefined;
  /** Entrypoint and Cmd are both empty: process.args is the template's. */
  noCommand: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);

const ANNOTATION_FIELDS: [string, string][] = [
  ['os', 'org.opencontainers.image.os'],
  ['architecture', 'org.opencontainers.image.architecture'],
  ['variant', 'org.opencontainers.image.variant'],
  ['os.version', 'org.opencontainers.image.os.version'],
  ['author', 'org.opencontainers.image.author'],
  ['created', 'org.opencontainers.image.created'],
];

export function convert(image: unknown, template: Obj, files: { passwd: string | undefined; group: string | undefined }): Conversion {
  const spec = structuredClone(template);
  const origins: Origin[] = [];
  const from = (generated: (string | number)[], img: (string | number)[]): void => {
    origins.push({ generated: pointerFrom(generated), image: pointerFrom(img) });
  };
  const top = isObj(image) ? image : {};
  const cfg = isObj(top['config']) ? top['config'] : {};
  const process = isObj(spec['process']) ? spec['process'] : (spec['process'] = {});

  if (typeof cfg['WorkingDir'] === 'string' && cfg['WorkingDir'] !== '') {
    process['cwd'] = cfg['WorkingDir'];
    from(['process', 'cwd'], ['config', 'WorkingDir']);
  }

  const env = strings(process['env']) ?? [];
  const imageEnv = Array.isArray(cfg['Env']) ? (cfg['Env'] as unknown[]) : [];
  imageEnv.forEach((e, i) => {
    if (typeof e !== 'string') return;
    const name = e.includes('=') ? e.slice(0, e.indexOf('=')) : e;
    const at = env.findIndex((x) => x === name || x.startsWith(name + '='));
    const index = at >= 0 ? at : env.length;
    env[index] = e;
    from(['process', 'env', index], ['config', 'Env', i]);
  });

  const entrypoint = strings(cfg['Entrypoint']) ?? [];
  const cmd = strings(cfg['Cmd']) ?? [];
  const noCommand = entrypoint.length === 0 && cmd.length === 0;
  if (!noCommand) {
    process['args'] = [...entrypoint, ...cmd];
    entrypoint.forEach((_, i) => from(['process', 'args', i], ['config', 'Entrypoint', i]));
    cmd.forEach((_, i) => from(['process', 'args', entrypoint.length + i], ['config', 'Cmd', i]));
  }
  // The array as a whole (its emptiness, its first entry's lookup): where the command is set, or
  // where it is missing from.
  const commandAt = entrypoint.length ? 'Entrypoint' : cmd.length ? 'Cmd' : 'Cmd' in cfg ? 'Cmd' : 'Entrypoint' in cfg ? 'Entrypoint' : undefined;
  from(['process', 'args'], commandAt ? ['config', commandAt] : isObj(top['config']) ? ['config'] : []);

  let user: Conversion['user'];
  const userSpec = typeof cfg['User'] === 'string' ? cfg['User'] : '';
  const resolution = resolveUser(userSpec, files.passwd, files.group);
  if (resolution.ok) {
    const u = isObj(process['user']) ? process['user'] : (process['user'] = {});
    u['uid'] = resolution.user.uid;
    u['gid'] = resolution.user.gid;
    if (resolution.user.additionalGids?.length) u['additionalGids'] = resolution.user.additionalGids;
    else delete u['additionalGids'];
    if (resolution.user.home && !env.some((x) => x.startsWith('HOME='))) env.push(`HOME=${resolution.user.home}`);
  }
  if (typeof cfg['User'] === 'string') user = { spec: userSpec, resolution };
  // Without a User the process runs as root: the image's choice, by leaving it out.
  from(['process', 'user'], typeof cfg['User'] === 'string' ? ['config', 'User'] : isObj(top['config']) ? ['config'] : []);
  if (env.length) process['env'] = env;

  const annotations: Record<string, string> = isObj(spec['annotations']) ? (spec['annotations'] as Record<string, string>) : {};
  const annotate = (key: string, value: string, img: (string | number)[]): void => {
    annotations[key] = value;
    from(['annotations', key], img);
  };
  for (const [field, key] of ANNOTATION_FIELDS) if (typeof top[field] === 'string') annotate(key, top[field] as string, [field]);
  const features = strings(top['os.features']);
  if (features?.length) annotate('org.opencontainers.image.os.features', features.join(','), ['os.features']);
  if (typeof cfg['StopSignal'] === 'string') annotate('org.opencontainers.image.stopSignal', cfg['StopSignal'], ['config', 'StopSignal']);
  if (isObj(cfg['ExposedPorts']) && Object.keys(cfg['ExposedPorts']).length) {
    annotate('org.opencontainers.image.exposedPorts', Object.keys(cfg['ExposedPorts']).join(','), ['config', 'ExposedPorts']);
  }
  if (isObj(cfg['Labels'])) {
    for (const [k, v] of Object.entries(cfg['Labels'])) if (typeof v === 'string') annotate(k, v, ['config', 'Labels', k]);
  }
  // Every annotation together (a finding about the map) comes from the image's top level.
  from(['annotations'], []);
  if (Object.keys(annotations).length) spec['annotations'] = annotations;

  if (isObj(cfg['Volumes'])) {
    const mounts = Array.isArray(spec['mounts']) ? (spec['mounts'] as unknown[]) : (spec['mounts'] = []);
    for (const destination of Object.keys(cfg['Volumes'])) {
      from(['mounts', mounts.length], ['config', 'Volumes', destination]);
      mounts.push({ destination, type: 'tmpfs', source: 'none', options: ['rw', 'nosuid', 'nodev', 'noexec', 'relatime'] });
    }
  }
  return { config: spec, origins, user, noCommand };
}

/**
 * The image-config field a generated field comes from: the longest recorded origin at or above
 * the pointer (only an exact match for the document itself, which would otherwise claim all).
 */
export function originOf(origins: readonly Origin[], pointer: string): string | undefined {
  let best: Origin | undefined;
  for (const o of origins) {
    const hit = o.generated === pointer || (o.generated !== '' && pointer.startsWith(o.generated + '/'));
    if (hit && (!best || o.generated.length > best.generated.length)) best = o;
  }
  return best?.image;
}
