// Every rule's doc page has at least one valid and one invalid example, and each is linted here:
// an invalid example must trigger its rule, a valid one must not.
//
// Fences are ```json valid or ```json invalid, followed by optional flags:
//   raw                the block is the whole config.json (otherwise it is merged into a base config)
//   bom                prefix a UTF-8 byte-order mark
//   latin1             encode the text as ISO-8859-1 instead of UTF-8
//   expand             a string written "x…(200000 bytes)" stands for that many of its character
//   no-rootfs          build the bundle without its rootfs directory
//   max-config-size=N  lint with this size limit
//   target=R[,R]       lint with --target R (runc, runc@1.1, ...)
//   host-specific      lint with the real host view (--host-specific); examples must hold on any Linux machine
//   unless-host-has=P[,P]  skip the example on a host where a path P exists (an example about other hosts)
//   machine=M          with host-specific: the real host, but as if `uname -m` printed M
//   mode=P:OCTAL[,P:OCTAL]  change the mode of rootfs entries (P relative to the rootfs)
//   archive=HOW        lint the bundle packed as a .tgz; HOW damages it: ok, truncate (cut the
//                      compressed stream in half), not-gzip (a plain tar named .tgz)
//   image[=HOW]        the block is an image config (merged into a linux/amd64 one whose Cmd is
//                      /usr/bin/app), linted as an OCI image layout with the base rootfs as its
//                      layer; HOW damages it: ok, missing-layer, climbs-out, no-layout-file

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as fsPromises from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { allRules } from '../src/rules/all.js';
import internalError from '../src/rules/internal-error.js';
import type { TargetSpec } from '../src/core/types.js';
import { DirBundleSource } from '../src/bundle/dir-source.js';
import { ArchiveBundleSource } from '../src/bundle/archive-source.js';
import { lintSource } from '../src/engine/lint.js';
import { RealHostView } from '../src/bundle/host.js';
import { resolveSettings } from '../src/engine/presets.js';
import { BASE_TREE, buildBundle, packBundle, tempDir } from './helpers/fixture.js';

/** The real host view, reporting `machine` as its hardware name when one is given. */
function realHostAs(machine: string | undefined): RealHostView {
  const view = new RealHostView();
  if (machine !== undefined) view.machine = () => machine;
  return view;
}
import { configText } from './helpers/rule-tester.js';
import { blobPath, buildImage, treeEntries } from './helpers/image.js';
import { ImageBundleSource } from '../src/bundle/image/source.js';
import { DirStore } from '../src/bundle/image/store.js';

/** An image layout whose config is `top` merged into a linux/amd64 config, its layer the base rootfs. */
function imageExample(top: Record<string, unknown>, how: string): ImageBundleSource {
  const config = { architecture: 'amd64', os: 'linux', ...top, config: { Cmd: ['/usr/bin/app'], ...(top['config'] as Record<string, unknown> | undefined) } };
  const layer = treeEntries(BASE_TREE);
  if (how === 'climbs-out') layer.push({ path: '../outside', data: 'x' });
  const img = buildImage(path.join(tempDir(), 'img'), { config, layers: [layer] });
  if (how === 'missing-layer') fs.rmSync(blobPath(img.dir, img.layers[0]!));
  if (how === 'no-layout-file') fs.rmSync(path.join(img.dir, 'oci-layout'));
  return new ImageBundleSource(new DirStore(img.dir), {}, img.dir);
}
import { repoRoot } from './helpers/paths.js';

interface Example {
  kind: 'valid' | 'invalid';
  flags: Map<string, string>;
  body: string;
  line: number;
}

export function examples(markdown: string): Example[] {
  const out: Example[] = [];
  const re = /^```json[ \t]+(valid|invalid)([^\n]*)\n([\s\S]*?)^```/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    const flags = new Map<string, string>();
    for (const f of m[2]!.trim().split(/\s+/).filter(Boolean)) {
      const [k, v] = f.split('=');
      flags.set(k!, v ?? '');
    }
    out.push({ kind: m[1] as 'valid' | 'invalid', flags, body: m[3]!, line: markdown.slice(0, m.index).split('\n').length });
  }
  return out;
}

describe('rule documentation examples', () => {
  for (const rule of allRules) {
    const id = rule.meta.id;
    const file = path.join(repoRoot, 'docs', 'rules', `${id}.md`);
    it(`${id}: has a doc page with valid and invalid examples`, () => {
      const ex = examples(fs.readFileSync(file, 'utf8'));
      assert.ok(ex.some((e) => e.kind === 'valid'), `${file} has no \`\`\`json valid example`);
      // No config makes ocilint fail on purpose: its page shows a report instead.
      if (id === internalError.meta.id) return;
      assert.ok(ex.some((e) => e.kind === 'invalid'), `${file} has no \`\`\`json invalid example`);
    });
    if (!fs.existsSync(file)) continue;
    for (const ex of examples(fs.readFileSync(file, 'utf8'))) {
      const unless = ex.flags.get('unless-host-has');
      const present = unless?.split(',').find((p) => fs.existsSync(p));
      const skip = present !== undefined ? `this host has ${present}` : false;
      it(`${id}: ${ex.kind} example at line ${ex.line}`, { skip }, async () => {
        const dir = path.join(tempDir(), 'bundle');
        const body = ex.flags.has('expand') ? ex.body.replace(/"(.)…\((\d+) bytes\)"/g, (_, c: string, n: string) => `"${c.repeat(Number(n))}"`) : ex.body;
        let text: string | Uint8Array = ex.flags.has('raw') ? body : configText({ config: JSON.parse(body) as Record<string, unknown> });
        if (ex.flags.has('bom')) text = '\uFEFF' + String(text);
        if (ex.flags.has('latin1')) text = Buffer.from(String(text), 'latin1');
        buildBundle(dir, { config: text, ...(!ex.flags.has('no-rootfs') && { rootfs: BASE_TREE }) });
        for (const m of ex.flags.get('mode')?.split(',') ?? []) {
          const [rel, mode] = m.split(':');
          fs.chmodSync(path.join(dir, 'rootfs', rel!), parseInt(mode!, 8));
        }
        const max = ex.flags.get('max-config-size');
        const how = ex.flags.get('archive');
        let source: DirBundleSource | ArchiveBundleSource | ImageBundleSource = new DirBundleSource(path.join(dir, 'config.json'), dir);
        if (how !== undefined) {
          const file = path.join(path.dirname(dir), 'bundle.tgz');
          if (how === 'not-gzip') packBundle(dir, 'gnu-plain', file);
          else packBundle(dir, 'tgz-dot', file);
          if (how === 'truncate') {
            const bytes = fs.readFileSync(file);
            fs.writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
          }
          source = new ArchiveBundleSource(file);
        }
        if (ex.flags.has('image')) source = imageExample(JSON.parse(ex.body) as Record<string, unknown>, ex.flags.get('image') || 'ok');
        const r = await lintSource(source, {
          rules: [rule],
          settings: resolveSettings([rule.meta], 'all'),
          ...(max !== undefined && { maxConfigSize: Number(max) }),
          ...(ex.flags.has('host-specific') && { host: realHostAs(ex.flags.get('machine')) }),
          ...(ex.flags.has('target') && { targets: ex.flags.get('target')!.split(',') as TargetSpec[] }),
        });
        const own = r.diagnostics.filter((d) => d.ruleId === id);
        if (ex.kind === 'invalid') assert.ok(own.length > 0, `the invalid example at ${file}:${ex.line} does not trigger ${id}`);
        else assert.deepEqual(own.map((d) => d.message), [], `the valid example at ${file}:${ex.line} triggers ${id}`);
        await fsPromises.rm(path.dirname(dir), { recursive: true, force: true });
      });
    }
  }
});

describe('rule documentation heads', () => {
  // The part of each page above its first "## ", and docs/rules/README.md, come from the rules'
  // metadata (scripts/gen-docs.mjs). Spec links are named after the spec text in ../shared.
  const reference = path.join(repoRoot, '..', 'shared', 'reference', 'runtime-spec');
  it('are what the metadata says (npm run docs rewrites them)', { skip: fs.existsSync(reference) ? false : 'no ../shared/reference here' }, () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'gen-docs.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});
