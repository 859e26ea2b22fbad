// The corpus configs that real tools write at test time: `runc spec` and `crun spec` (with their
// rootless variants), `umoci unpack` of small images this file builds, and podman and buildah
// creating containers for typical sets of `run` options. Nothing is downloaded: the one image is
// built here with umoci (a static program as /bin/sh) and copied into a private podman store.
//
// podman and buildah write the config for their runtime; a stand-in runtime (a shell script) copies
// it out of the bundle directory they give it and fails, so no container ever starts. Their configs
// carry what changes from run to run (container ids, temporary paths, timestamps, the order of
// mounts and environment), which `normalize` replaces with fixed values.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HELLO_ELF } from '../helpers/elf.js';
import { buildTree, type Tree } from '../helpers/fixture.js';
import { isRoot, run, type Tool } from './tools.js';

export interface GeneratedEntry {
  /** Its name in the corpus and the golden file: `tool/variant`. */
  id: string;
  tool: Tool;
  /** The command, as a person would type it. */
  what: string;
  /** The config depends on the host (podman copies host devices, limits, cgroup version). */
  hostDependent?: boolean;
  /** Linted with its rootfs (else --config-only: the rootfs named is not there). */
  rootfs?: boolean;
  /** Does the entry need something the host may lack (a device)? */
  needs?: () => string | undefined;
}

/** The rootfs of the image and of the `runc spec` bundles: a shell that runs, and the files a rootfs has. */
const ROOTFS: Tree = {
  'bin/sh': { file: HELLO_ELF, mode: 0o755 },
  'etc/passwd': { file: 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/srv:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n' },
  'etc/group': { file: 'root:x:0:\napp:x:1000:\nnogroup:x:65534:\n' },
  proc: 'dir',
  dev: 'dir',
  sys: 'dir',
  tmp: { dir: true, mode: 0o1777 },
  srv: 'dir',
  data: 'dir',
};

const SPEC = (tool: 'runc' | 'crun', rootless: boolean): GeneratedEntry => ({
  id: `${tool}/spec${rootless ? '-rootless' : ''}`,
  tool,
  what: `${tool} spec${rootless ? ' --rootless (run as uid 1000)' : ''}, with a rootfs holding /bin/sh`,
  rootfs: true,
});

const UMOCI: GeneratedEntry[] = [
  { id: 'umoci/minimal', tool: 'umoci', what: 'umoci unpack of an image with no config beyond its layer', rootfs: true },
  { id: 'umoci/app', tool: 'umoci', what: 'umoci unpack of an image with entrypoint, user 1000:1000, env, workdir, volume and port', rootfs: true },
  { id: 'umoci/app-rootless', tool: 'umoci', what: 'umoci unpack --rootless of the same image', rootfs: true },
  { id: 'umoci/labels', tool: 'umoci', what: 'umoci unpack of an image with cmd, user by name, labels and a stop signal', rootfs: true },
];

const hasDev = (p: string) => (): string | undefined => (fs.existsSync(p) ? undefined : `${p} does not exist on this host`);

/** podman create options of each podman entry (the image and --pull never are added). */
const PODMAN: Record<string, { args: string[]; what: string; needs?: () => string | undefined }> = {
  default: { args: ['--network', 'none'], what: 'podman create (no network)' },
  'network-host': { args: ['--network', 'host'], what: 'podman create --network host' },
  privileged: { args: ['--privileged', '--network', 'none'], what: 'podman create --privileged' },
  'read-only': { args: ['--read-only', '--network', 'none'], what: 'podman create --read-only' },
  hardened: {
    args: ['--cap-drop', 'all', '--security-opt', 'no-new-privileges', '--user', '1000:1000', '--read-only', '--pids-limit', '100', '--memory', '128m', '--network', 'none'],
    what: 'podman create --cap-drop all --security-opt no-new-privileges --user 1000:1000 --read-only --pids-limit 100 --memory 128m',
  },
  'host-namespaces': { args: ['--pid', 'host', '--ipc', 'host', '--uts', 'host', '--network', 'host'], what: 'podman create --pid host --ipc host --uts host --network host' },
  volumes: { args: ['-v', '@host/data:/srv/data', '-v', '@host/conf:/etc/app:ro', '--network', 'none'], what: 'podman create -v /srv/host/data:/srv/data -v /srv/host/conf:/etc/app:ro' },
  'cap-add': { args: ['--cap-add', 'NET_ADMIN', '--cap-add', 'SYS_PTRACE', '--network', 'none'], what: 'podman create --cap-add NET_ADMIN --cap-add SYS_PTRACE' },
  unconfined: { args: ['--security-opt', 'seccomp=unconfined', '--security-opt', 'label=disable', '--network', 'none'], what: 'podman create --security-opt seccomp=unconfined --security-opt label=disable' },
  userns: { args: ['--uidmap', '0:100000:65536', '--gidmap', '0:100000:65536', '--network', 'none'], what: 'podman create --uidmap 0:100000:65536 --gidmap 0:100000:65536' },
  systemd: { args: ['--systemd', 'always', '--network', 'none', '@image', '/sbin/init'], what: 'podman create --systemd always IMAGE /sbin/init' },
  limits: {
    args: ['--memory', '256m', '--cpus', '1.5', '--pids-limit', '200', '--ulimit', 'nofile=4096:8192', '--network', 'none'],
    what: 'podman create --memory 256m --cpus 1.5 --pids-limit 200 --ulimit nofile=4096:8192',
  },
  'env-secret': { args: ['-e', 'DATABASE_PASSWORD=correct-horse', '-e', 'LOG_LEVEL=debug', '--network', 'none'], what: 'podman create -e DATABASE_PASSWORD=... -e LOG_LEVEL=debug' },
  fuse: { args: ['--device', '/dev/fuse', '--network', 'none'], what: 'podman create --device /dev/fuse', needs: hasDev('/dev/fuse') },
  sysctl: {
    args: ['--sysctl', 'net.ipv4.ip_unprivileged_port_start=0', '--sysctl', 'net.core.somaxconn=1024', '--network', 'none'],
    what: 'podman create --sysctl net.ipv4.ip_unprivileged_port_start=0 --sysctl net.core.somaxconn=1024',
  },
  init: { args: ['--init', '--network', 'none'], what: 'podman create --init', needs: () => (fs.existsSync('/usr/libexec/podman/catatonit') ? undefined : 'catatonit is not installed') },
};

/** buildah run options of each buildah entry: the container it runs in, and the options. */
const BUILDAH: Record<string, { from: 'scratch' | 'image'; args: string[]; what: string }> = {
  scratch: { from: 'scratch', args: [], what: 'buildah from scratch; buildah run CONTAINER /bin/sh' },
  image: { from: 'image', args: [], what: 'buildah from IMAGE; buildah run CONTAINER /bin/sh' },
  'network-host': { from: 'image', args: ['--network', 'host'], what: 'buildah run --network host CONTAINER /bin/sh' },
};

export const GENERATED: readonly GeneratedEntry[] = [
  SPEC('runc', false),
  SPEC('runc', true),
  SPEC('crun', false),
  SPEC('crun', true),
  ...UMOCI,
  ...Object.entries(PODMAN).map(([name, p]): GeneratedEntry => ({ id: `podman/${name}`, tool: 'podman', what: p.what, hostDependent: true, ...(p.needs && { needs: p.needs }) })),
  ...Object.entries(BUILDAH).map(([name, b]): GeneratedEntry => ({ id: `buildah/${name}`, tool: 'buildah', what: b.what, hostDependent: true })),
];

/**
 * Writes each entry's bundle under `out/<id>/` (config.json, and for the entries linted with their
 * rootfs, rootfs/). Returns, for each entry it could not make, why.
 */
export function generate(entries: readonly GeneratedEntry[], out: string, scratch: string): Map<string, string> {
  const failed = new Map<string, string>();
  const lazy = new Lazy(scratch);
  for (const e of entries) {
    const dir = path.join(out, e.id);
    try {
      const missing = e.needs?.();
      if (missing) {
        failed.set(e.id, missing);
        continue;
      }
      fs.mkdirSync(dir, { recursive: true });
      make(e, dir, lazy);
    } catch (err) {
      failed.set(e.id, err instanceof Error ? err.message : String(err));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  lazy.close();
  return failed;
}

function make(e: GeneratedEntry, dir: string, lazy: Lazy): void {
  const [tool, variant] = e.id.split('/') as [Tool, string];
  switch (tool) {
    case 'runc':
    case 'crun':
      return spec(tool, variant === 'spec-rootless', dir);
    case 'umoci':
      return unpack(lazy, variant, dir);
    case 'podman':
      return podman(lazy, variant, dir);
    case 'buildah':
      return buildah(lazy, variant, dir);
  }
}

/** `runc spec` / `crun spec` in the bundle directory; the rootless variants run as an ordinary user, as they are meant to. */
function spec(tool: 'runc' | 'crun', rootless: boolean, dir: string): void {
  const asUser = rootless && isRoot ? { uid: 1000, gid: 1000 } : {};
  if (rootless && isRoot) fs.chownSync(dir, 1000, 1000);
  run(tool, rootless ? ['spec', '--rootless'] : ['spec'], { cwd: dir, ...asUser });
  if (rootless && isRoot) fs.chownSync(dir, 0, 0);
  buildTree(path.join(dir, 'rootfs'), ROOTFS);
}

/** The image layout (built once) with a tag per umoci variant. */
function unpack(lazy: Lazy, variant: string, dir: string): void {
  const layout = lazy.layout();
  const rootless = variant === 'app-rootless';
  const tag = rootless ? 'app' : variant;
  // umoci refuses an existing bundle directory.
  fs.rmSync(dir, { recursive: true, force: true });
  if (rootless && isRoot) {
    // As an ordinary user, as `--rootless` is meant to be run (its mappings name that user), into a
    // directory that user may write, then moved into place.
    const staging = path.join(lazy.userDir(), variant);
    run('umoci', ['unpack', '--rootless', '--image', `${layout}:${tag}`, staging], { uid: 1000, gid: 1000 });
    fs.renameSync(staging, dir);
  } else {
    run('umoci', ['unpack', ...(rootless || !isRoot ? ['--rootless'] : []), '--image', `${layout}:${tag}`, dir]);
  }
  // What umoci keeps for `umoci repack` is not part of the bundle a runtime reads.
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.mtree') || f === 'umoci.json') fs.rmSync(path.join(dir, f));
}

function podman(lazy: Lazy, variant: string, dir: string): void {
  const p = PODMAN[variant]!;
  const store = lazy.store();
  const args = p.args.map((a) => a.replace(/^@host/, store.host));
  const at = args.indexOf('@image');
  const create = at >= 0 ? [...args.slice(0, at), store.image, ...args.slice(at + 1)] : [...args, store.image];
  const id = run('podman', [...store.podmanFlags, 'create', '--pull', 'never', ...create]).trim().split('\n').pop()!;
  try {
    store.captured();
    runAllowingFailure('podman', [...store.podmanFlags, 'init', id]);
    // A device the entry names with --device is its subject, not the host's: kept.
    const named = args.flatMap((a, i) => (args[i - 1] === '--device' ? [a.split(':')[0]!] : []));
    writeNormalized(store, dir, store.takeCaptured(), named);
  } finally {
    runAllowingFailure('podman', [...store.podmanFlags, 'rm', '--force', id]);
  }
}

function buildah(lazy: Lazy, variant: string, dir: string): void {
  const b = BUILDAH[variant]!;
  const store = lazy.store();
  const name = run('buildah', [...store.buildahFlags, 'from', '--pull-never', b.from === 'scratch' ? 'scratch' : store.image]).trim().split('\n').pop()!;
  try {
    store.captured();
    runAllowingFailure('buildah', [...store.buildahFlags, 'run', '--runtime', store.runtime, ...b.args, name, '--', '/bin/sh'], { env: { ...process.env, TMPDIR: store.tmp } });
    writeNormalized(store, dir, store.takeCaptured());
  } finally {
    runAllowingFailure('buildah', [...store.buildahFlags, 'rm', name]);
  }
}

function runAllowingFailure(cmd: string, args: readonly string[], opts: Parameters<typeof run>[2] = {}): void {
  try {
    run(cmd, args, opts);
  } catch {
    // The stand-in runtime fails on purpose once it has the config.
  }
}

/** What is made once for all the entries that need it: the image, and a private podman/buildah store. */
class Lazy {
  private layoutDir: string | undefined;
  private podmanStore: Store | undefined;
  private storeError: unknown;
  constructor(private readonly scratch: string) {}

  layout(): string {
    if (this.layoutDir) return this.layoutDir;
    const layout = path.join(this.scratch, 'image');
    const src = path.join(this.scratch, 'image-rootfs');
    buildTree(src, ROOTFS);
    const fixed = ['--created', '2024-01-01T00:00:00Z', '--history.created', '2024-01-01T00:00:00Z'];
    run('umoci', ['init', '--layout', layout]);
    run('umoci', ['new', '--image', `${layout}:minimal`]);
    run('umoci', ['insert', '--image', `${layout}:minimal`, '--history.created', '2024-01-01T00:00:00Z', src, '/']);
    run('umoci', ['config', '--image', `${layout}:minimal`, ...fixed, '--tag', 'minimal']);
    run('umoci', ['config', '--image', `${layout}:minimal`, ...fixed, '--tag', 'app',
      '--config.entrypoint', '/bin/sh', '--config.user', '1000:1000', '--config.env', 'APP_ENV=production',
      '--config.workingdir', '/srv', '--config.volume', '/data', '--config.exposedports', '8080/tcp']);
    run('umoci', ['config', '--image', `${layout}:minimal`, ...fixed, '--tag', 'labels',
      '--config.cmd', '/bin/sh', '--config.user', 'app', '--config.label', 'org.opencontainers.image.title=corpus',
      '--config.label', 'maintainer=ops@example.com', '--config.stopsignal', 'SIGTERM']);
    // The image podman and buildah run: a shell as root, as most images are.
    run('umoci', ['config', '--image', `${layout}:minimal`, ...fixed, '--tag', 'shell', '--config.cmd', '/bin/sh',
      '--config.env', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
    return (this.layoutDir = layout);
  }

  /** A directory uid 1000 may write, from which it can also read the image layout. */
  userDir(): string {
    const dir = path.join(this.scratch, 'user');
    if (!fs.existsSync(dir)) {
      fs.mkdirSync(dir);
      fs.chownSync(dir, 1000, 1000);
      // tempDir() makes the scratch directory 0700; the layout is read as uid 1000.
      fs.chmodSync(this.scratch, 0o755);
      run('chmod', ['-R', 'a+rX', this.layout()]);
    }
    return dir;
  }

  store(): Store {
    if (this.storeError) throw this.storeError;
    try {
      return (this.podmanStore ??= new Store(this.scratch, this.layout()));
    } catch (e) {
      throw (this.storeError = e);
    }
  }

  close(): void {
    this.podmanStore?.close();
  }
}

/** A podman and buildah store of our own (vfs: no kernel overlay needed), holding the corpus image. */
class Store {
  readonly root: string;
  readonly tmp: string;
  readonly host: string;
  readonly runtime: string;
  readonly image: string;
  readonly podmanFlags: string[];
  readonly buildahFlags: string[];
  private readonly capture: string;

  constructor(scratch: string, layout: string) {
    const base = path.join(scratch, 'store');
    this.root = path.join(base, 'root');
    this.tmp = path.join(base, 'tmp');
    this.host = path.join(base, 'host');
    this.capture = path.join(base, 'captured.json');
    this.runtime = path.join(base, 'capture-runtime');
    for (const d of [this.root, this.tmp, path.join(this.host, 'data'), path.join(this.host, 'conf')]) fs.mkdirSync(d, { recursive: true });
    // The runtime is called as `RUNTIME [global options] create --bundle DIR ... ID`.
    fs.writeFileSync(
      this.runtime,
      `#!/bin/sh\nwhile [ $# -gt 0 ]; do\n  case "$1" in --bundle|-b) cp "$2/config.json" '${this.capture}' ;; esac\n  shift\ndone\nexit 1\n`,
      { mode: 0o755 },
    );
    const storage = ['--root', this.root, '--runroot', path.join(base, 'run'), '--storage-driver', 'vfs'];
    this.podmanFlags = [...storage, '--cgroup-manager', 'cgroupfs', '--events-backend', 'none', '--tmpdir', path.join(base, 'libpod'), '--runtime', this.runtime];
    this.buildahFlags = storage;
    // podman names the image after the layout's path, which must be lower case: give it a relative one.
    this.image = run('podman', [...this.podmanFlags, 'pull', '--quiet', `oci:${path.basename(layout)}:shell`], { cwd: path.dirname(layout) }).trim().split('\n').pop()!;
  }

  /** Forget an earlier capture. */
  captured(): void {
    fs.rmSync(this.capture, { force: true });
  }

  takeCaptured(): string {
    if (!fs.existsSync(this.capture)) throw new Error('the tool never called its runtime with a bundle');
    return fs.readFileSync(this.capture, 'utf8');
  }

  close(): void {
    for (const d of [this.root, path.join(path.dirname(this.root), 'run')]) {
      try {
        fs.rmSync(d, { recursive: true, force: true });
      } catch {
        // Left for the temp directory's own removal.
      }
    }
  }
}

/**
 * Devices `podman --privileged` copies from the host that are kept: those every host has, and those
 * an entry names with --device. The rest say more about the host than about podman (/dev/kvm,
 * /dev/fuse and /dev/net/tun come and go with the kind of machine, and a golden file written where
 * they exist failed where they did not).
 */
const KEPT_HOST_DEVICES = new Set(['/dev/null', '/dev/zero', '/dev/full', '/dev/random', '/dev/urandom', '/dev/tty', '/dev/console']);

/**
 * The captured config with the values that change from run to run made fixed: paths under the
 * scratch store, container and volume ids, the host name, timestamps; mounts sorted by
 * destination (a parent still comes before what is mounted below it) and the environment sorted,
 * because podman writes both in a different order each time. Written with two-space indents.
 */
function writeNormalized(store: Store, dir: string, text: string, devices: readonly string[] = []): void {
  if (/\d{16,}/.test(text.replace(/"[^"]*"/g, '""'))) throw new Error('the config has an integer too large to normalize through JSON.parse');
  const config = JSON.parse(text) as Record<string, unknown>;
  const ids = new Map<string, string>();
  const base = path.dirname(store.root);
  const hostname = os.hostname();
  const fix = (s: string): string => {
    let v = s
      .split(path.join(base, 'root')).join('/var/lib/containers/storage')
      .split(path.join(base, 'run')).join('/run/containers/storage')
      .split(path.join(base, 'libpod')).join('/run/libpod')
      .split(store.host).join('/srv/host')
      .replace(/\/var\/tmp\/buildah\d+|(?<=buildah-)buildah\d+/g, (m) => (m.startsWith('/') ? '/var/tmp/buildah0' : 'buildah0'))
      .replace(/[0-9a-f]{64}/g, (id) => {
        if (!ids.has(id)) ids.set(id, (ids.size + 1).toString(16).padStart(64, '0'));
        return ids.get(id)!;
      });
    for (const [id, fixed] of ids) v = v.split(id.slice(0, 12)).join(fixed.slice(0, 12));
    if (v === hostname) v = 'host.example';
    if (/^HOSTNAME=/.test(v) && v.slice(9) === hostname) v = 'HOSTNAME=host.example';
    return v.replace(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, '2024-01-01T00:00:00Z');
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return fix(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [fix(k), walk(x)]));
    return v;
  };
  // Ids first, so that their 12-digit prefixes (the host name) are recognised wherever they come.
  JSON.stringify(config, (_k, v: unknown) => (typeof v === 'string' ? (fix(v), v) : v));
  const out = walk(config) as Record<string, unknown>;
  const proc = out['process'] as { env?: string[] } | undefined;
  proc?.env?.sort();
  (out['mounts'] as { destination: string }[] | undefined)?.sort((a, b) => (a.destination < b.destination ? -1 : a.destination > b.destination ? 1 : 0));
  const linux = out['linux'] as { devices?: { path: string }[] } | undefined;
  if (linux?.devices) linux.devices = linux.devices.filter((d) => KEPT_HOST_DEVICES.has(d.path) || devices.includes(d.path) || !d.path.startsWith('/dev/')).sort((a, b) => (a.path < b.path ? -1 : 1));
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(out, null, 2) + '\n');
}
