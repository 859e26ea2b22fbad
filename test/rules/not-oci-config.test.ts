import * as fs from 'node:fs';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/not-oci-config.js';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSource } from '../../src/engine/lint.js';
import { resolveSettings } from '../../src/engine/presets.js';
import { allRules } from '../../src/rules/all.js';
import { lint } from '../../src/index.js';
import { testRule } from '../helpers/rule-tester.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixture.js';

const PACKAGE = '{\n  "name": "web",\n  "version": "1.0.0",\n  "dependencies": {}\n}\n';

testRule(rule, {
  valid: [
    { name: 'a runtime config' },
    { name: 'an empty object: a config with everything missing', raw: '{}' },
    { name: 'keys of the spec in another letter case', raw: '{"OciVersion": "1.3.0", "Process": {}}' },
    { name: 'one spec key among foreign ones', raw: '{"name": "x", "hooks": {}}' },
    { name: 'a platform section alone', raw: '{"windows": {"layerFolders": ["C:\\\\l"]}}' },
    { name: 'not an object (config-schema says so)', raw: '[]' },
    { name: 'not JSON (json-syntax says so)', raw: '{"name": ' },
  ],
  invalid: [
    { name: 'a package.json', raw: PACKAGE, errors: [{ messageId: 'foreign', pointer: '', line: 1, column: 1 }] },
    {
      name: 'an image config saved as config.json: said to be one',
      raw: '{"architecture": "amd64", "os": "linux", "config": {"Cmd": ["sh"]}, "rootfs": {"type": "layers", "diff_ids": []}}',
      errors: [{ messageId: 'imageConfig', pointer: '', line: 1, column: 1 }],
    },
    { name: 'after leading white space', raw: '\n\n  {"compilerOptions": {}}', errors: [{ messageId: 'foreign', line: 3, column: 3 }] },
  ],
});

describe('not-oci-config in a whole run', () => {
  const bundle = (text: string): string => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), text);
    return path.join(dir, 'config.json');
  };

  it('is the only finding: no other rule runs on the file', async () => {
    const r = await lintSource(new DirBundleSource(bundle(PACKAGE)), { rules: allRules, settings: resolveSettings(allRules.map((x) => x.meta), 'all') });
    assert.deepEqual(r.diagnostics.map((d) => [d.ruleId, d.messageId, d.severity]), [['not-oci-config', 'foreign', 'error']]);
    assert.match(r.diagnostics[0]!.detail ?? '', /"name", "version", "dependencies"/);
    assert.equal(r.specVersion, undefined);
  });

  it('turned off, the file is linted as a config again', async () => {
    const settings = resolveSettings(allRules.map((x) => x.meta), 'recommended', new Map([['not-oci-config', 'off']]));
    const r = await lintSource(new DirBundleSource(bundle(PACKAGE)), { rules: allRules, settings });
    assert.ok(r.diagnostics.some((d) => d.ruleId === 'unknown-property'));
    assert.ok(!r.diagnostics.some((d) => d.ruleId === 'not-oci-config'));
  });

  it('the command line: named, one finding and exit 1', () => {
    const file = bundle(PACKAGE);
    const r = runCli(['--config-only', '-f', 'gnu', file]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, `${file}:1:1: error: not an OCI runtime config: no ociVersion, none of the spec's keys [not-oci-config]\n`);
    assert.equal(r.stderr, '');
  });

  it('the command line: found by a directory search, skipped with one note naming every such file', () => {
    const root = tempDir();
    for (const d of ['app', 'node/a', 'node/b']) fs.mkdirSync(path.join(root, d), { recursive: true });
    fs.writeFileSync(path.join(root, 'app', 'config.json'), JSON.stringify({ ociVersion: '1.3.0', root: { path: 'rootfs' }, process: { cwd: '/', args: ['sh'], user: { uid: 1, gid: 1 } } }));
    fs.writeFileSync(path.join(root, 'node/a', 'config.json'), PACKAGE);
    fs.writeFileSync(path.join(root, 'node/b', 'config.json'), '{"extends": "base"}');
    const r = runCli(['--config-only', '-f', 'json', '.'], { cwd: root });
    const report = JSON.parse(r.stdout) as { results: { filePath: string }[] };
    assert.deepEqual(report.results.map((x) => x.filePath), ['app/config.json']);
    assert.equal(r.stderr, "ocilint: note: skipped 2 files that are not OCI runtime configs (no ociVersion, none of the spec's top-level keys): node/a/config.json, node/b/config.json\n");
    // A glob is a search too.
    const g = runCli(['--config-only', '-f', 'gnu', 'node/*'], { cwd: root });
    assert.equal(g.stdout, '');
    assert.equal(g.code, 0);
    assert.match(g.stderr, /^ocilint: note: skipped 2 files/);
  });

  it('the library: onNote hears of the skipped file, and the results leave it out', async () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'x'));
    fs.writeFileSync(path.join(root, 'x', 'config.json'), PACKAGE);
    const notes: string[] = [];
    const results = await lint([root], { configOnly: true, configLookup: false, onNote: (m) => notes.push(m) });
    assert.deepEqual(results, []);
    assert.equal(notes.length, 1);
    assert.match(notes[0]!, /skipped a file that is not an OCI runtime config .*x\/config\.json$/);
  });
});
