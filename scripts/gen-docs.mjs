#!/usr/bin/env node
// Writes, from the rules' metadata:
// - the head of every rule's page, docs/rules/<id>.md: everything above its first `## ` heading
//   (id, description, category, severities, presets, platforms, spec link, what it needs to run,
//   the messages that have a severity of their own). The rest of the page is written by hand.
// - docs/rules/README.md, the index of every rule.
// `--check` compares instead of writing and exits 1 when anything is stale (test/docs.test.ts runs it).
//
// Spec links are named after the section they point to, read from the runtime-spec text in
// ../shared/reference (the release the link names); run after the build (it reads dist/).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reference = join(root, '..', 'shared', 'reference', 'runtime-spec');
const check = process.argv.includes('--check');
// Rule ids given on the command line: only their pages.
const only = new Set(process.argv.slice(2).filter((a) => !a.startsWith('--')));

const { allRules, RENAMED_RULES } = await import(pathToFileURL(join(root, 'dist/src/rules/all.js')).href);
const { presetSeverity, PRESETS } = await import(pathToFileURL(join(root, 'dist/src/engine/presets.js')).href);
const { ruleHead, ruleIndex } = await import(pathToFileURL(join(root, 'dist/src/cli/rule-head.js')).href);

/** The heading an anchor of the runtime-spec text names, at a tag: `<a name="x" />Title` or a heading slug. */
const headings = new Map();
function specSection(url) {
  const m = /^https:\/\/github\.com\/opencontainers\/runtime-spec\/blob\/(v[\d.]+)\/([\w-]+\.md)#(.+)$/.exec(url);
  if (!m) return undefined;
  const [, tag, file, anchor] = m;
  const key = `${tag}/${file}`;
  if (!headings.has(key)) {
    const path = join(reference, tag, 'spec', file);
    const map = new Map();
    if (existsSync(path)) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        const h = /^#+\s+(?:<a name="([^"]+)"\s*\/?>\s*(?:<\/a>)?)?\s*(.*?)\s*$/.exec(line);
        if (!h) continue;
        const title = h[2].replace(/<[^>]+>/g, '').trim();
        if (h[1]) map.set(h[1], title);
        map.set(title.toLowerCase().replace(/[^\w\s-]/g, '').replace(/\s+/g, '-'), title);
      }
    }
    headings.set(key, map);
  }
  const title = headings.get(key).get(anchor);
  return title === undefined ? undefined : `${file}, ${title}`;
}

let stale = 0;
for (const rule of allRules) {
  if (only.size > 0 && !only.has(rule.meta.id)) continue;
  const file = join(root, 'docs', 'rules', `${rule.meta.id}.md`);
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const body = text.indexOf('\n## ');
  const head = ruleHead(rule.meta, { sectionOf: specSection, presetSeverity, presets: PRESETS });
  const next = head + (body < 0 ? '' : text.slice(body + 1));
  if (next === text) continue;
  if (check) {
    stale++;
    console.error(`stale: docs/rules/${rule.meta.id}.md`);
  } else {
    writeFileSync(file, next);
    console.error(`wrote docs/rules/${rule.meta.id}.md`);
  }
}
if (only.size === 0) {
  const file = join(root, 'docs', 'rules', 'README.md');
  const text = ruleIndex(allRules.map((r) => r.meta), { presetSeverity, presets: PRESETS }, RENAMED_RULES);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    if (check) {
      stale++;
      console.error('stale: docs/rules/README.md');
    } else {
      writeFileSync(file, text);
      console.error('wrote docs/rules/README.md');
    }
  }
}
if (check && stale > 0) {
  console.error('rule pages are out of date: run npm run docs');
  process.exitCode = 1;
}
