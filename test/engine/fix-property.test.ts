// --fix as a property, over configs written in many styles (indentation, line endings, spacing,
// a BOM) with fixable and unfixable findings mixed in, through the real engine with every rule at
// the `all` preset and the bundle's real rootfs: every fixed text is JSON, a second fix changes
// nothing, no fix is left to apply, and what no fix touches is kept byte for byte (the members
// written before `process` and `root` as written) and in meaning (the namespaces).

import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintFixing } from '../../src/engine/fix-source.js';
import { resolveSettings } from '../../src/engine/presets.js';
import { allRules } from '../../src/rules/all.js';
import { fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';

const settings = resolveSettings(allRules.map((r) => r.meta), 'all');

/** A config as key/value pairs (duplicates allowed), written in a style. */
interface Written {
  pairs: [string, unknown][];
  indent: string;
  eol: string;
  colon: string;
  bom: boolean;
}

function write(w: Written): string {
  const inner = w.pairs.map(([k, v]) => `${w.indent}${JSON.stringify(k)}:${w.colon}${JSON.stringify(v, null, w.indent || undefined)?.replace(/\n/g, w.eol + w.indent)}`);
  const body = w.indent === '' ? `{${inner.join(',')}}` : `{${w.eol}${inner.join(`,${w.eol}`)}${w.eol}}${w.eol}`;
  return (w.bom ? '\uFEFF' : '') + body;
}

const capName = fc.constantFrom('CAP_CHOWN', 'cap_chown', 'Kill', 'net_bind_service', 'CAP_SYS_ADMN', 'cap_net_raw', 'SETUID');
const written: fc.Arbitrary<Written> = fc.record({
  caps: fc.array(capName, { maxLength: 4 }),
  dupHost: fc.constantFrom(0, 1, 2),
  sameDup: fc.boolean(),
  syscalls: fc.array(fc.constantFrom('read', 'write', 'read', 'wrtie'), { maxLength: 4 }),
  fifo: fc.boolean(),
  indent: fc.constantFrom('', '  ', '\t', '    '),
  eol: fc.constantFrom('\n', '\r\n'),
  colon: fc.constantFrom(' ', ''),
  bom: fc.boolean(),
}).map((r) => {
  const pairs: [string, unknown][] = [
    ['ociVersion', '1.2.0'],
    ['process', { args: ['/bin/hello'], cwd: '/', user: { uid: 1000, gid: 1000 }, capabilities: { bounding: r.caps, permitted: r.caps } }],
    ['root', { path: 'rootfs' }],
    ['hostname', 'h'],
  ];
  for (let i = 0; i < r.dupHost; i++) pairs.push(['hostname', r.sameDup ? 'h' : `h${i}`]);
  const linux: Record<string, unknown> = { namespaces: [{ type: 'pid' }, { type: 'mount' }] };
  if (r.syscalls.length) linux['seccomp'] = { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: r.syscalls, action: 'SCMP_ACT_ALLOW' }] };
  if (r.fifo) linux['devices'] = [{ path: '/dev/f', type: 'p', major: 1, minor: 2, fileMode: 8630 }];
  pairs.push(['linux', linux]);
  return { pairs, indent: r.indent, eol: r.eol, colon: r.colon, bom: r.bom };
});

describe('--fix as a property', () => {
  it('every fixed config is JSON, keeps its line endings, and a second fix changes nothing', async () => {
    const dir = tempDir('ocilint-fixprop-');
    fs.cpSync(path.join(fixturesDir, 'bundles', 'hello', 'rootfs'), path.join(dir, 'rootfs'), { recursive: true, verbatimSymlinks: true });
    const file = path.join(dir, 'config.json');
    const fix = async (text: string) => {
      fs.writeFileSync(file, text);
      return lintFixing(new DirBundleSource(file, dir), { rules: allRules, settings }, {});
    };
    let fixed = 0;
    await fc.assert(
      fc.asyncProperty(written, async (w) => {
        const input = write(w);
        const first = await fix(input);
        if (first.fixes!.applied > 0) fixed++;
        const out = first.fixes!.output;
        assert.equal(first.fixes!.problem, undefined);
        JSON.parse(out);
        assert.ok(!out.startsWith('\uFEFF'), 'the BOM is removed');
        if (w.eol === '\r\n' && w.indent !== '') assert.ok(!/[^\r]\n/.test(out), 'no bare LF in a CRLF file');
        assert.ok(!first.diagnostics.some((d) => d.fix !== undefined), 'no fix is left to apply');
        const second = await fix(out);
        assert.equal(second.fixes!.output, out, 'a second --fix changes nothing');
        assert.equal(second.fixes!.applied, 0);
        // What no fix touches is kept: the text before `process` and the `root` member byte for
        // byte, the namespaces in meaning.
        const text = input.replace(/^\uFEFF/, '');
        assert.ok(out.startsWith(text.slice(0, text.indexOf('"process"'))), 'the text before process is kept');
        const root = write({ ...w, pairs: [w.pairs[2]!], bom: false }).replace(/^\{\s*|\s*\}\s*$/g, '');
        assert.ok(out.includes(root), `root is kept as written: ${root}`);
        const before = JSON.parse(text) as { linux: { namespaces: unknown } };
        const after = JSON.parse(out) as { linux: { namespaces: unknown } };
        assert.deepEqual(after.linux.namespaces, before.linux.namespaces);
      }),
      { numRuns: 40, seed: 20 },
    );
    assert.ok(fixed >= 20, `only ${fixed} of 40 configs had something fixed: the property tests little`);
  });
});
