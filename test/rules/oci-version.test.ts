import rule from '../../src/rules/oci-version.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: ['1.0.0', '1.0.1', '1.0.2', '1.0.2-dev', '1.1.0-rc.1', '1.2.0', '1.2.1', '1.3.0', '1.3.0+dev'].map((v) => ({
    name: v,
    config: { ociVersion: v },
  })),
  invalid: [
    {
      name: 'not semver',
      raw: '{\n  "ociVersion": "1.2",\n  "root": {"path": "rootfs"}\n}\n',
      errors: [{ messageId: 'notSemver', pointer: '/ociVersion', line: 2, column: 17, severity: 'error', suggestions: ['{\n  "ociVersion": "1.2.0",\n  "root": {"path": "rootfs"}\n}\n'] }],
    },
    { name: 'leading v', config: { ociVersion: 'v1.0.0' }, errors: [{ messageId: 'notSemver', suggestions: [changedText({ ociVersion: '1.0.0' }, () => {})] }] },
    { name: 'no release it could be', config: { ociVersion: 'latest' }, errors: [{ messageId: 'notSemver' }] },
    { name: 'unknown release', config: { ociVersion: '1.4.0' }, errors: [{ messageId: 'unknownRelease', severity: 'warning', suggestions: [changedText({ ociVersion: '1.3.0' }, () => {})] }] },
    { name: 'unknown major', config: { ociVersion: '2.0.0' }, errors: [{ messageId: 'unknownMajor', pointer: '/ociVersion', severity: 'error' }] },
    { name: 'unknown major, pre-release', config: { ociVersion: '2.1.0-rc.1' }, errors: [{ messageId: 'unknownMajor', severity: 'error' }] },
    { name: 'unknown minor stays a warning', config: { ociVersion: '1.9.0' }, errors: [{ messageId: 'unknownRelease', severity: 'warning', suggestions: [changedText({ ociVersion: '1.3.0' }, () => {})] }] },
    { name: 'pre-1.0', config: { ociVersion: '0.5.0-dev' }, errors: [{ messageId: 'unknownRelease', suggestions: [changedText({ ociVersion: '1.0.0' }, () => {})] }] },
  ],
});
