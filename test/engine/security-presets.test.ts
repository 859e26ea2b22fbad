import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { presetSeverity } from '../../src/engine/presets.js';
import { allRules } from '../../src/rules/all.js';

describe('presets and security rules', () => {
  const security = allRules.filter((r) => r.meta.category === 'security');

  it('every security rule defaults to warning or info, so stock configs never error under recommended', () => {
    for (const r of security) assert.ok(['warning', 'info'].includes(r.meta.defaultSeverity), r.meta.id);
    for (const r of security) assert.ok(r.meta.securitySeverity !== 'low' || r.meta.defaultSeverity === 'info', `${r.meta.id}: low rules default to info`);
  });

  it('recommended: critical and high as warnings, medium and low off, and rules limited to other presets off', () => {
    for (const r of security) {
      const s = presetSeverity(r.meta, 'recommended');
      if (r.meta.presets && !r.meta.presets.includes('recommended')) assert.equal(s, 'off', r.meta.id);
      else if (r.meta.securitySeverity === 'critical' || r.meta.securitySeverity === 'high') assert.equal(s, 'warning', r.meta.id);
      else assert.equal(s, 'off', r.meta.id);
    }
  });

  it('restricted: every security rule an error, except rules limited to other presets', () => {
    for (const r of security) assert.equal(presetSeverity(r.meta, 'restricted'), r.meta.presets && !r.meta.presets.includes('restricted') ? 'off' : 'error', r.meta.id);
  });

  it('all: the default severity', () => {
    for (const r of security) assert.equal(presetSeverity(r.meta, 'all'), r.meta.defaultSeverity, r.meta.id);
  });

  it('non-security rules are not touched by the preset', () => {
    for (const r of allRules.filter((x) => x.meta.category !== 'security')) {
      for (const p of ['recommended', 'restricted', 'all'] as const) assert.equal(presetSeverity(r.meta, p), r.meta.defaultSeverity, r.meta.id);
    }
  });
});

describe('reference sets', () => {
  it('each namespace of a hardened bundle but user has a host-<type>-namespace rule', async () => {
    const { HARDENED_NAMESPACES } = await import('../../src/rules/data/namespaces.js');
    const ids = new Set(allRules.map((r) => r.meta.id));
    for (const t of HARDENED_NAMESPACES.filter((n) => n !== 'user')) assert.ok(ids.has(`shared-${t}-namespace`), t);
  });
});
