// A real editor: Debian's Neovim, headless, with its built-in LSP client attached to `ocilint lsp`,
// opens a broken bundle's config.json, waits for ocilint's diagnostics, applies a code action
// through its own code-action flow (vim.lsp.buf.code_action, the choice made by vim.ui.select)
// and checks the buffer and the diagnostics after. Neovim's version is whatever the system has
// (0.7 on Debian 12), so the script uses the API every version since 0.7 has.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../helpers/fixture.js';
import { cliPath, repoRoot } from '../helpers/paths.js';
import { configText, workspace } from './helpers.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const haveNvim = nvim.status === 0;

const INIT_LUA = `
local out = os.getenv('OCILINT_NVIM_OUT')
local function finish(result)
  local f = io.open(out, 'w'); f:write(vim.fn.json_encode(result)); f:close()
  vim.cmd('qa!')
end
local function main()
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({ name = 'ocilint', cmd = { os.getenv('OCILINT_NODE'), os.getenv('OCILINT_CLI'), 'lsp' }, root_dir = os.getenv('OCILINT_ROOT') })
  vim.lsp.buf_attach_client(buf, id)
  if not vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then return finish({ error = 'no diagnostics' }) end
  local before = vim.diagnostic.get(buf)
  local function text() return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\\n') end
  if os.getenv('OCILINT_FIXALL') then
    -- The autocommand of docs/editors.md, then a plain :write (scheduled: autocommands do not
    -- nest, and this runs inside VimEnter's).
    dofile(os.getenv('OCILINT_FIXALL'))
    return vim.schedule(function()
      vim.cmd('write')
      finish({ before = before, offered = {}, after = vim.diagnostic.get(buf), text = text() })
    end)
  end
  local target
  for _, d in ipairs(before) do if d.code == os.getenv('OCILINT_RULE') then target = d end end
  if not target then return finish({ error = 'no finding of the rule', before = before }) end
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col + 1 })
  local offered = {}
  vim.ui.select = function(items, opts, on_choice)
    local chosen
    for i, item in ipairs(items) do
      local action = item[2] or item.action or item
      table.insert(offered, action.title)
      if action.title == os.getenv('OCILINT_ACTION') then chosen = i end
    end
    on_choice(chosen and items[chosen] or nil, chosen)
  end
  vim.lsp.buf.code_action()
  local original = text()
  if not vim.wait(60000, function() return text() ~= original end, 50) then return finish({ error = 'the action changed nothing', offered = offered }) end
  local function gone()
    for _, d in ipairs(vim.diagnostic.get(buf)) do if d.code == os.getenv('OCILINT_RULE') then return false end end
    return true
  end
  if not vim.wait(60000, gone, 50) then return finish({ error = 'the finding stayed', offered = offered, text = text() }) end
  finish({ before = before, offered = offered, after = vim.diagnostic.get(buf), text = text() })
end
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local ok, err = pcall(main)
  if not ok then finish({ error = tostring(err) }) end
end })
`;

interface NvimDiagnostic {
  lnum: number;
  col: number;
  code: string;
  source: string;
  message: string;
}
interface NvimResult {
  error?: string;
  before: NvimDiagnostic[];
  offered: string[];
  after: NvimDiagnostic[];
  text: string;
}

/** The fix-on-save autocommand docs/editors.md gives for Neovim. */
function fixOnSaveLua(): string {
  const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'editors.md'), 'utf8');
  const m = /Fix all on save[^`]*```lua\n([\s\S]*?)```/.exec(doc);
  assert.ok(m, 'docs/editors.md has the Neovim fix-on-save block');
  return m[1]!;
}

/**
 * Runs Neovim on the config with ocilint attached, taking the code action titled `action`; or,
 * with `action` undefined, writing the buffer with the fix-on-save autocommand installed.
 */
function runNeovim(config: string, root: string, rule: string, action: string | undefined): NvimResult {
  const dir = tempDir('ocilint-nvim-');
  const init = path.join(dir, 'init.lua');
  fs.writeFileSync(init, INIT_LUA);
  const fixAll = path.join(dir, 'fixall.lua');
  if (action === undefined) fs.writeFileSync(fixAll, fixOnSaveLua());
  const out = path.join(dir, 'out.json');
  const home = path.join(dir, 'home');
  const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init, config], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    env: {
      ...process.env,
      // Neovim's own state, log and cache stay in the test's directory.
      HOME: home,
      XDG_CONFIG_HOME: home,
      XDG_DATA_HOME: home,
      XDG_STATE_HOME: home,
      XDG_CACHE_HOME: home,
      OCILINT_NVIM_OUT: out,
      OCILINT_NODE: process.execPath,
      OCILINT_CLI: cliPath,
      OCILINT_ROOT: root,
      OCILINT_RULE: rule,
      ...(action === undefined ? { OCILINT_FIXALL: fixAll } : { OCILINT_ACTION: action }),
    },
  });
  assert.ok(fs.existsSync(out), `Neovim wrote no result (exit ${r.status}, ${r.error ?? ''}): ${r.stdout}${r.stderr}`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as NvimResult;
  assert.equal(result.error, undefined, JSON.stringify(result));
  return result;
}

describe('ocilint lsp in Neovim', { skip: haveNvim ? false : 'nvim is not installed (Debian package neovim)' }, () => {
  it('shows the diagnostics of a broken bundle and applies a fix from a code action', { timeout: 240_000 }, () => {
    const text = configText({ process: { capabilities: { bounding: ['sys_admin', 'CAP_CHOWN'] } } });
    const ws = workspace({ config: text });
    const result = runNeovim(ws.config, ws.root, 'process-capability-name', 'Write "CAP_SYS_ADMIN"');
    const finding = result.before.find((d) => d.code === 'process-capability-name')!;
    assert.equal(finding.source, 'ocilint');
    assert.match(finding.message, /"sys_admin" lacks the CAP_ prefix/);
    // Neovim counts lines from 0: the line of "sys_admin".
    assert.equal(text.split('\n')[finding.lnum]!.trim(), '"sys_admin",');
    assert.deepEqual(result.offered, ['Write "CAP_SYS_ADMIN"', 'Suppress process-capability-name in this bundle with an annotation']);
    // The buffer is the text with the fix and nothing else changed (Neovim drops the final newline of the last line).
    assert.equal(result.text + '\n', text.replace('"sys_admin"', '"CAP_SYS_ADMIN"'));
    assert.ok(!result.after.some((d) => d.code === 'process-capability-name'));
    // The fixed name is now judged as a capability.
    assert.ok(result.after.some((d) => d.code === 'capability-dangerous'));
    // Nothing was saved: the file on disk is as it was.
    assert.equal(fs.readFileSync(ws.config, 'utf8'), text);
  });

  it('fix all on save, with the autocommand docs/editors.md gives', { timeout: 240_000 }, () => {
    const text = configText({ process: { capabilities: { bounding: ['sys_admin', 'net_raw'], effective: ['cap_chown'], permitted: ['CAP_CHOWN'] } } });
    const ws = workspace({ config: text });
    runNeovim(ws.config, ws.root, 'process-capability-name', undefined);
    const saved = fs.readFileSync(ws.config, 'utf8');
    assert.equal(saved, text.replace('"sys_admin"', '"CAP_SYS_ADMIN"').replace('"net_raw"', '"CAP_NET_RAW"').replace('"cap_chown"', '"CAP_CHOWN"'));
  });

  it('a suggestion: suppress the finding with an annotation', { timeout: 240_000 }, () => {
    const text = configText({ process: { cwd: 'srv' } });
    const ws = workspace({ config: text });
    const result = runNeovim(ws.config, ws.root, 'process-cwd-absolute', 'Suppress process-cwd-absolute in this bundle with an annotation');
    assert.deepEqual(JSON.parse(result.text).annotations, { 'dev.ocilint.ignore/process-cwd-absolute': 'TODO: say why this finding is accepted' });
    assert.deepEqual(result.after, []);
  });
});
