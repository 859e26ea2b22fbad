// The facts of one config, as the engine builds them for its rules (schema findings included), for
// tests of the typed view and of the model's modules. No rootfs and no host.

import { BundleContext } from '../../src/engine/context.js';
import { JsonDocument } from '../../src/json/document.js';
import { loadValidator } from '../../src/schema/index.js';
import type { BundleFacts } from '../../src/model/facts.js';

export async function factsOf(config: unknown, text = JSON.stringify(config, null, 2)): Promise<BundleFacts> {
  const doc = new JsonDocument(text);
  const schemaIssues = doc.parsed ? (await loadValidator('1.3.0'))(doc.value, (p) => doc.rawText(p)) : [];
  return new BundleContext(
    {
      doc,
      specVersion: '1.3.0',
      declaredVersion: undefined,
      versionResolution: undefined,
      platforms: new Set(['linux']),
      targets: new Set(),
      targetReleases: new Map(),
      root: undefined,
      rootfs: undefined,
      inspectBundle: undefined,
      host: undefined,
      schemaIssues,
      invalidPointers: schemaIssues.filter((i) => i.keyword !== 'required').map((i) => i.pointer),
    },
    [],
  );
}
