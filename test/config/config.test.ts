import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { ConfigError, PRESET_NAMES, TOP_KEYS, IGNORE_KEYS, validateConfig } from '../../src/config/validate.js';
import { ConfigResolver, matchesAny, parseConfigText } from '../../src/config/load.js';
import { SPEC_VERSIONS } from '../../src/core/versions.js';
import { allRules } from '../../src/rules/all.js';
import { repoRoot } from '../helpers/paths.js';
import { buildBundle, packBundle, tempDir } from '../helpers/fixture.js';
import { unprivilegedConfig } from '../helpers/rule-tester.js';
import { lint } from '../../src/index.js';

const RULE_IDS = allRules.map((r) => r.meta.id);
const schemaFile = path.join(repoRoot, 'schemas', 'ocilint-config.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Record<string, any>;

function schemaValidator(): (v: unknown) => boolean {
  const require = createRequire(import.meta.url);
  const Ajv = (require('ajv') as { default: new (o: object) => { compile(s: object): (v: unknown) => boolean } }).default;
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}

// Each example: is it valid, and (when not) which key the error must name.
const EXAMPLES: { name: string; config: unknown; valid: boolean; names?: string; hint?: string; schemaValid?: boolean }[] = [
  { name: 'empty', config: {}, valid: true },
  {
    name: 'everything',
    config: {
      $schema: './node_modules/ocilint/schemas/ocilint-config.schema.json',
      extends: 'restricted',
      rules: { 'process-cwd-absolute': 'warning', 'root-path-exists': 'off' },
      ignores: [{ rules: ['root-path-exists'], paths: ['templates/**'], reason: 'templates have no rootfs', expires: '2099-12-31' }, { rules: '*', reason: 'vendored' }],
      specVersion: '1.2.0',
      configOnly: true,
      inlineSuppressions: false,
      unsuppressible: ['shared-pid-namespace', 'capability-dangerous'],
    },
    valid: true,
  },
  { name: 'unsuppressible with an unknown rule', config: { unsuppressible: ['shared-pid-namespac'] }, valid: false, names: 'unsuppressible', hint: 'did you mean "shared-pid-namespace"', schemaValid: true },
  { name: 'unsuppressible as a string', config: { unsuppressible: 'shared-pid-namespace' }, valid: false, names: 'unsuppressible' },
  { name: 'unknown top key', config: { rule: {} }, valid: false, names: '"rule"', hint: 'did you mean "rules"' },
  { name: 'bad preset', config: { extends: 'recomended' }, valid: false, names: 'extends', hint: 'did you mean "recommended"' },
  { name: 'bad severity', config: { rules: { 'process-cwd-absolute': 'warn' } }, valid: false, names: 'rules.process-cwd-absolute', hint: 'did you mean "warning"' },
  { name: 'unknown rule', config: { rules: { 'process-cwd-absolut': 'error' } }, valid: false, names: 'rules.process-cwd-absolut', hint: 'did you mean "process-cwd-absolute"', schemaValid: true },
  { name: 'ignore without reason', config: { ignores: [{ rules: ['*'] }] }, valid: false, names: 'ignores[0].reason' },
  { name: 'ignore with a blank reason', config: { ignores: [{ rules: ['*'], reason: '  ' }] }, valid: false, names: 'ignores[0].reason' },
  { name: 'ignore without rules', config: { ignores: [{ reason: 'x' }] }, valid: false, names: 'ignores[0].rules' },
  { name: 'ignore with a typo key', config: { ignores: [{ rules: ['*'], reason: 'x', path: ['a'] }] }, valid: false, names: '"path"', hint: 'did you mean "paths"' },
  { name: 'bad expiry', config: { ignores: [{ rules: ['*'], reason: 'x', expires: '2024-13-01' }] }, valid: false, names: 'ignores[0].expires', schemaValid: true },
  { name: 'spec version as a number', config: { specVersion: 1.2 }, valid: false, names: 'specVersion' },
  { name: 'configOnly as a string', config: { configOnly: 'yes' }, valid: false, names: 'configOnly' },
  { name: 'not a mapping', config: ['rules'], valid: false, names: 'mapping' },
];

describe('configuration validation', () => {
  const validate = schemaValidator();
  for (const ex of EXAMPLES) {
    it(`${ex.name}: ${ex.valid ? 'accepted' : 'rejected naming the key'}`, () => {
      if (ex.valid) {
        assert.doesNotThrow(() => validateConfig(ex.config, 'c.yaml', RULE_IDS));
      } else {
        assert.throws(() => validateConfig(ex.config, 'c.yaml', RULE_IDS), (e: Error) => {
          assert.ok(e instanceof ConfigError);
          assert.ok(e.message.includes(ex.names!), `"${e.message}" should name ${ex.names}`);
          if (ex.hint) assert.ok(e.message.includes(ex.hint), `"${e.message}" should say ${ex.hint}`);
          return true;
        });
      }
    });
    it(`${ex.name}: the published JSON Schema agrees`, () => {
      assert.equal(validate(ex.config), ex.schemaValid ?? ex.valid);
    });
  }
  it('the schema lists the same keys, presets and releases as the validator', () => {
    assert.deepEqual(Object.keys(schema['properties']).sort(), [...TOP_KEYS].sort());
    assert.deepEqual(Object.keys(schema['properties'].ignores.items.properties).sort(), [...IGNORE_KEYS].sort());
    assert.deepEqual(schema['properties'].extends.enum, [...PRESET_NAMES]);
    assert.deepEqual(schema['properties'].specVersion.enum, [...SPEC_VERSIONS]);
  });
  it('reports every problem at once', () => {
    assert.throws(() => validateConfig({ extnds: 'all', rules: { nope: 'error' } }, 'c.yaml', RULE_IDS), /extnds[\s\S]*rules\.nope/);
  });
  it('YAML: parse errors and duplicate keys are configuration errors', () => {
    assert.throws(() => parseConfigText('rules: [unclosed', 'c.yaml', 'yaml'), ConfigError);
    assert.throws(() => parseConfigText('extends: all\nextends: recommended\n', 'c.yaml', 'yaml'), ConfigError);
    assert.deepEqual(parseConfigText('extends: all\n', 'c.yaml', 'yaml'), { extends: 'all' });
  });
});

describe('configuration lookup', () => {
  function repo(): string {
    const root = tempDir();
    fs.mkdirSync(path.join(root, '.git'));
    fs.mkdirSync(path.join(root, 'a', 'b', 'bundle'), { recursive: true });
    fs.writeFileSync(path.join(root, '.ocilint.yaml'), 'extends: all\n');
    return root;
  }
  it('finds the nearest file upward from the linted file', () => {
    const root = repo();
    fs.writeFileSync(path.join(root, 'a', '.ocilint.json'), '{"extends": "restricted"}');
    const r = new ConfigResolver({ ruleIds: RULE_IDS, cwd: root });
    assert.equal(r.configFor('a/b/bundle/config.json')?.extends, 'restricted');
    assert.equal(r.configFor('config.json')?.extends, 'all');
  });
  it('for an archive, starts in the archive\'s directory', async () => {
    const root = repo();
    const dir = path.join(root, 'a', 'b');
    // No rootfs: root-path-exists fires, unless the configuration beside the archive turns it off.
    buildBundle(path.join(root, 'src'), { config: JSON.stringify(unprivilegedConfig()) });
    const archive = packBundle(path.join(root, 'src'), 'tgz-dot', path.join(dir, 'bundle.tgz'));
    const ids = async (): Promise<string[]> => (await lint([path.relative(root, archive)], { cwd: root }))[0]!.diagnostics.map((d) => d.ruleId);
    assert.ok((await ids()).includes('root-path-exists'));
    fs.writeFileSync(path.join(dir, '.ocilint.yaml'), 'rules:\n  root-path-exists: off\n');
    assert.ok(!(await ids()).includes('root-path-exists'));
    assert.equal(new ConfigResolver({ ruleIds: RULE_IDS, cwd: root }).configFor('a/b/bundle.tgz!/config.json', undefined, dir)?.file, path.join('a', 'b', '.ocilint.yaml'));
  });
  it('in one run, each bundle gets the rules of its own configuration file', async () => {
    const root = repo();
    // No rootfs anywhere: root-path-exists fires at its default unless a file changes it.
    for (const name of ['off', 'warn', 'inherit', 'off-too', 'inherit-too']) buildBundle(path.join(root, name), { config: JSON.stringify(unprivilegedConfig()) });
    fs.writeFileSync(path.join(root, 'off', '.ocilint.yaml'), 'rules:\n  root-path-exists: off\n');
    fs.writeFileSync(path.join(root, 'warn', '.ocilint.yaml'), 'rules:\n  root-path-exists: warning\n');
    fs.writeFileSync(path.join(root, 'off-too', '.ocilint.yaml'), 'extends: restricted\nrules:\n  root-path-exists: off\n');
    const results = await lint(['inherit', 'off', 'off-too', 'warn', 'inherit-too'], { cwd: root });
    const severity = (i: number) => results[i]!.diagnostics.find((d) => d.ruleId === 'root-path-exists')?.severity ?? 'none';
    assert.deepEqual([0, 1, 2, 3, 4].map(severity), ['error', 'none', 'none', 'warning', 'error']);
  });
  it('stops at the repository root', () => {
    const outer = tempDir();
    fs.writeFileSync(path.join(outer, '.ocilint.yaml'), 'extends: all\n');
    const root = path.join(outer, 'repo');
    fs.mkdirSync(path.join(root, '.git'), { recursive: true });
    fs.mkdirSync(path.join(root, 'bundle'));
    assert.equal(new ConfigResolver({ ruleIds: RULE_IDS, cwd: root }).configFor('bundle/config.json'), undefined);
  });
  it('-c replaces the lookup, and --no-config-lookup turns it off', () => {
    const root = repo();
    fs.writeFileSync(path.join(root, 'other.yml'), 'extends: restricted\n');
    assert.equal(new ConfigResolver({ ruleIds: RULE_IDS, cwd: root, configFile: 'other.yml' }).configFor('a/b/bundle/config.json')?.extends, 'restricted');
    assert.equal(new ConfigResolver({ ruleIds: RULE_IDS, cwd: root, lookup: false }).configFor('a/b/bundle/config.json'), undefined);
  });
  it('two configuration files in one directory are an error', () => {
    const root = repo();
    fs.writeFileSync(path.join(root, '.ocilint.json'), '{}');
    assert.throws(() => new ConfigResolver({ ruleIds: RULE_IDS, cwd: root }).configFor('config.json'), /keep one/);
  });
  it('ignores apply by path and expire with a warning', () => {
    const root = repo();
    fs.writeFileSync(
      path.join(root, '.ocilint.yaml'),
      'ignores:\n  - rules: [root-path-exists]\n    paths: [a/b/**]\n    reason: templates\n  - rules: ["*"]\n    reason: old\n    expires: 2020-01-01\n  - rules: ["*"]\n    paths: [elsewhere]\n    reason: no match\n',
    );
    const warnings: string[] = [];
    const r = new ConfigResolver({ ruleIds: RULE_IDS, cwd: root, today: '2026-01-01', onWarning: (m) => warnings.push(m) });
    const sc = r.sourceConfig('a/b/bundle/config.json', 'a/b/bundle')!;
    assert.deepEqual(sc.ignores.map((i) => i.source), ['.ocilint.yaml#ignores[0]']);
    r.sourceConfig('config.json', '.');
    assert.equal(warnings.length, 1, 'an expired entry is reported once');
    assert.match(warnings[0]!, /ignores\[1\] expired on 2020-01-01/);
  });
  it('path globs match the file, its bundle directory or a directory above it', () => {
    const base = '/r';
    assert.ok(matchesAny(['legacy'], base, ['/r/legacy/app/config.json'], '/'));
    assert.ok(matchesAny(['legacy/'], base, ['/r/legacy/app/config.json'], '/'));
    assert.ok(matchesAny(['legacy/*/config.json'], base, ['/r/legacy/app/config.json'], '/'));
    assert.ok(matchesAny(['**/app'], base, ['/r/x/app/config.json'], '/'));
    assert.ok(!matchesAny(['legacy'], base, ['/r/new/app/config.json'], '/'));
    assert.ok(!matchesAny(['**'], base, ['/elsewhere/config.json'], '/'), 'never outside the config file\'s directory');
  });
});
