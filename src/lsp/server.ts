// `ocilint lsp`: the language server, over standard input and output. It lints every open config
// (config.json, and the files the `configFiles` setting names) from the editor's text as it is
// typed, with rootfs checks against the bundle on disk, and answers hover and completion.
// Loaded only for this subcommand (src/cli/main.ts), from its own bundle (scripts/bundle.mjs), so
// the command line's start-up never pays for the protocol library.
//
// No request can take the server down: a handler that throws answers with an error response and
// the server goes on; a lint that throws is logged and the document keeps its last diagnostics.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type Range as LspRange,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TOOL_VERSION } from '../core/meta.js';
import type { Diagnostic } from '../core/types.js';
import { resolveSpecVersion, type SpecVersion } from '../core/versions.js';
import { globMatcher } from '../core/glob.js';
import { CONFIG_NAMES } from '../config/load.js';
import { DEFAULT_MAX_CONFIG_SIZE } from '../engine/lint.js';
import { allRules } from '../rules/all.js';
import { fixAll, FIX_ALL_KIND, isFixAllData, quickFixes, wants, type ActionContext } from './code-actions.js';
import { complete } from './completion.js';
import { markedRange, problemDiagnostic, toLspDiagnostic } from './convert.js';
import { findingsHover, hoverOf, keyHover } from './hover.js';
import { Linter } from './linter.js';
import { LintScheduler, type RunOutcome } from './scheduler.js';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings.js';

export interface ServerIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: { write(s: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const USAGE = 'Usage: ocilint lsp [--stdio]\n\nRuns the ocilint language server over standard input and output (see docs/editors.md).\n';

/** Runs the server until the client says exit or the input closes; resolves to the exit status. */
export async function runServer(argv: readonly string[], io: ServerIo): Promise<number> {
  for (const a of argv) {
    if (a === '--help' || a === '-h') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (a !== '--stdio') {
      io.stderr.write(`ocilint: lsp: unknown argument "${a}"; usage: ocilint lsp [--stdio]\n`);
      return 2;
    }
  }
  const connection = createConnection(ProposedFeatures.all, io.stdin, io.stdout);
  // Whatever escapes a handler (a rejected promise nobody awaited, a throw in a callback) is
  // logged to the client, and the server goes on serving the other documents and requests.
  const contain = (e: unknown): void => connection.console.error(`ocilint: internal error: ${(e as Error)?.stack ?? String(e)}`);
  process.on('uncaughtException', contain);
  process.on('unhandledRejection', contain);
  const server = new Server(connection, io);
  server.listen();
  return new Promise<number>((done) => {
    server.onExit = done;
  });
}

/** What was last published for a document: the findings, on which version, and the release it was checked against. */
interface Published {
  version: number;
  findings: readonly Diagnostic[];
  specVersion: SpecVersion | undefined;
}

class Server {
  onExit: (code: number) => void = () => {};
  private readonly documents = new TextDocuments(TextDocument);
  private settings: ServerSettings = DEFAULT_SETTINGS;
  private linter: Linter;
  private root: string;
  private readonly published = new Map<string, Published>();
  private readonly scheduler: LintScheduler;
  private readonly rules = new Map(allRules.map((r) => [r.meta.id, r.meta]));
  private configMatcher: ((p: string) => boolean) | undefined;
  private shutdown = false;
  private canPullSettings = false;
  /** Test hook: OCILINT_LSP_FAULT names a handler that throws, to prove a failure is contained. */
  private readonly fault: string | undefined;

  constructor(
    private readonly connection: Connection,
    io: ServerIo,
  ) {
    this.root = io.cwd;
    this.linter = this.newLinter();
    this.fault = io.env['OCILINT_LSP_FAULT'] || undefined;
    this.scheduler = new LintScheduler(
      (uri) => this.lint(uri),
      (uri, e) => this.connection.console.error(`ocilint: linting ${uri} failed: ${(e as Error)?.stack ?? String(e)}`),
    );
  }

  private newLinter(): Linter {
    return new Linter(this.root, (m) => this.connection.console.warn(`ocilint: ${m}`));
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => void this.initialized());
    c.onDidChangeConfiguration((p) => void this.configurationChanged(p.settings));
    c.onDidChangeWatchedFiles((p) => this.filesChanged(p.changes.map((ch) => ch.uri)));
    c.onHover(this.guard('hover', (p) => this.hover(p.textDocument.uri, p.position)));
    c.onCompletion(this.guard('completion', (p) => this.completion(p.textDocument.uri, p.position)));
    c.onCodeAction(this.guard('codeAction', (p) => this.codeActions(p)));
    c.onCodeActionResolve(this.guard('codeActionResolve', (a) => this.resolveAction(a)));
    c.onShutdown(() => {
      this.shutdown = true;
    });
    c.onExit(() => this.onExit(this.shutdown ? 0 : 1));
    this.documents.onDidChangeContent((e) => {
      if (this.isConfig(e.document.uri)) this.scheduler.request(e.document.uri);
    });
    this.documents.onDidClose((e) => {
      this.published.delete(e.document.uri);
      this.scheduler.forget(e.document.uri);
      if (this.isConfig(e.document.uri)) void c.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    this.documents.listen(c);
    c.listen();
  }

  /** Wraps a request handler: a throw (or a rejection) becomes an error response naming the request, and is logged. */
  guard<P, R>(name: string, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R | ResponseError<void>> {
    const failed = (e: unknown): ResponseError<void> => {
      this.connection.console.error(`ocilint: ${name} failed: ${(e as Error)?.stack ?? String(e)}`);
      return new ResponseError(ErrorCodes.InternalError, `ocilint: ${name} failed: ${(e as Error)?.message ?? String(e)}`);
    };
    return async (params) => {
      try {
        if (this.fault === name) throw new Error(`fault injected by OCILINT_LSP_FAULT=${name}`);
        return await handler(params);
      } catch (e) {
        return failed(e);
      }
    };
  }

  private initialize(p: InitializeParams): InitializeResult {
    const folder = p.workspaceFolders?.[0]?.uri ?? p.rootUri ?? undefined;
    if (folder?.startsWith('file:')) this.root = fileURLToPath(folder);
    else if (p.rootPath) this.root = p.rootPath;
    this.linter = this.newLinter();
    this.canPullSettings = p.capabilities.workspace?.configuration === true;
    this.watchable = p.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.documentChanges = p.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    this.resolvesEdits = p.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    this.applySettings(p.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      },
      serverInfo: { name: 'ocilint', version: TOOL_VERSION },
    };
  }

  private watchable = false;
  private documentChanges = false;
  private resolvesEdits = false;

  private async initialized(): Promise<void> {
    if (this.watchable) {
      // Rootfs files and configuration files: a change to either can change what a config gets.
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/{${CONFIG_NAMES.join(',')}}` }, { globPattern: '**/*' }],
      });
    }
    if (this.canPullSettings) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'ocilint' });
      await this.pullSettings();
    }
  }

  private async pullSettings(): Promise<void> {
    const section: unknown = await this.connection.workspace.getConfiguration('ocilint').catch(() => undefined);
    if (section !== undefined && section !== null) this.applySettings(section);
    this.relintAll();
  }

  private async configurationChanged(pushed: unknown): Promise<void> {
    if (this.canPullSettings) return this.pullSettings();
    this.applySettings(pushed);
    this.relintAll();
  }

  private applySettings(raw: unknown): void {
    const { settings, warnings } = readSettings(raw, DEFAULT_SETTINGS);
    // A notification, not showWarningMessage's request: a client that does not answer it is no failure.
    for (const w of warnings) void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `ocilint: ${w}` });
    this.settings = settings;
    this.configMatcher = settings.configFiles.length ? globMatcher(settings.configFiles) : undefined;
  }

  private relintAll(): void {
    for (const doc of this.documents.all()) if (this.isConfig(doc.uri)) this.scheduler.request(doc.uri);
  }

  private filesChanged(uris: readonly string[]): void {
    const paths = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    if (paths.some((p) => (CONFIG_NAMES as readonly string[]).includes(path.basename(p)))) {
      this.linter.reset();
      return this.relintAll();
    }
    for (const doc of this.documents.all()) {
      const file = this.fileOf(doc.uri);
      if (file === undefined || !this.isConfig(doc.uri)) continue;
      const dir = path.dirname(file) + path.sep;
      // Saving the config itself changes nothing the buffer does not already say.
      if (paths.some((p) => p.startsWith(dir) && p !== file)) this.scheduler.request(doc.uri);
    }
  }

  private fileOf(uri: string): string | undefined {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  }

  /** Whether a document is a config: named config.json, or matched by the configFiles setting. */
  private isConfig(uri: string): boolean {
    const file = this.fileOf(uri);
    const name = file !== undefined ? path.basename(file) : decodeURIComponent(uri.replace(/[?#].*$/, '').slice(uri.lastIndexOf('/') + 1));
    if (name === 'config.json') return true;
    if (file === undefined || !this.configMatcher) return false;
    const rel = path.relative(this.root, file).split(path.sep).join('/');
    return this.configMatcher(rel) || this.configMatcher(file);
  }

  private async lint(uri: string): Promise<RunOutcome> {
    const doc = this.documents.get(uri);
    if (!doc) return 'closed';
    const version = doc.version;
    if (this.fault === 'lint') throw new Error('fault injected by OCILINT_LSP_FAULT=lint');
    const outcome = await this.linter.lint(doc.getText(), this.fileOf(uri), this.settings);
    const now = this.documents.get(uri);
    if (!now) return 'closed';
    if (now.version !== version) return 'stale';
    if (outcome.kind === 'config-error') {
      this.published.set(uri, { version, findings: [], specVersion: undefined });
      await this.connection.sendDiagnostics({ uri, version, diagnostics: [problemDiagnostic(outcome.message, 'configuration-file')] });
      return 'published';
    }
    const findings = outcome.result.diagnostics;
    this.published.set(uri, { version, findings, specVersion: outcome.result.specVersion });
    await this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map((d, i) => toLspDiagnostic(d, uri, i, version)) });
    return 'published';
  }

  /** The release a document is read against: the one its last lint used, else its ociVersion's. */
  private specVersionOf(doc: TextDocument): { version: SpecVersion; declared: string | undefined } {
    const declared = /"ociVersion"\s*:\s*"([^"\\]{1,40})"/.exec(doc.getText())?.[1];
    const last = this.published.get(doc.uri);
    return { version: last?.specVersion ?? (declared ? resolveSpecVersion(declared).version : '1.3.0'), declared };
  }

  /** A document hover and completion may read: open, a config, and not larger than a config may be. */
  private readable(uri: string): TextDocument | undefined {
    const doc = this.documents.get(uri);
    if (!doc || !this.isConfig(uri) || doc.getText().length > DEFAULT_MAX_CONFIG_SIZE) return undefined;
    return doc;
  }

  private hover(uri: string, position: Position) {
    const doc = this.readable(uri);
    if (!doc) return null;
    const offset = doc.offsetAt(position);
    const last = this.published.get(uri);
    const here = last && last.version === doc.version ? last.findings.filter((d) => under(markedRange(d), position)) : [];
    const { version, declared } = this.specVersionOf(doc);
    const parts = [findingsHover(here, this.rules), keyHover(doc.getText(), offset, version, declared)].filter((s): s is string => s !== undefined);
    return hoverOf(parts.length ? parts.join('\n\n---\n\n') : undefined);
  }

  private completion(uri: string, position: Position) {
    const doc = this.readable(uri);
    if (!doc) return [];
    const { version } = this.specVersionOf(doc);
    let value: unknown;
    try {
      value = JSON.parse(doc.getText()) as unknown;
    } catch {
      value = undefined;
    }
    return complete(doc, doc.offsetAt(position), version, value);
  }

  /** The context code actions work in: the document's findings, when they are of its current text. */
  private actionContext(uri: string, version?: number): ActionContext | undefined {
    const doc = this.documents.get(uri);
    const last = this.published.get(uri);
    if (!doc || !last || last.version !== doc.version || (version !== undefined && version !== doc.version)) return undefined;
    return { doc, findings: last.findings, documentChanges: this.documentChanges };
  }

  private async codeActions(p: CodeActionParams): Promise<CodeAction[]> {
    const ctx = this.actionContext(p.textDocument.uri);
    if (!ctx) return [];
    const only = p.context.only;
    const out = wants(only, CodeActionKind.QuickFix) ? quickFixes(ctx, p.range, p.context.diagnostics) : [];
    // Fix-on-save asks for source.fixAll (or source): answered at once, with the edit.
    if (only !== undefined && wants(only, FIX_ALL_KIND)) {
      const all = await fixAll(ctx, (t) => this.lintForFix(p.textDocument.uri, t));
      if (all) out.push(all);
    }
    // A client that cannot resolve an action's edit later gets it now.
    if (!this.resolvesEdits) {
      for (let i = 0; i < out.length; i++) if (isFixAllData(out[i]!.data)) out[i] = await this.resolveAction(out[i]!);
    }
    return out;
  }

  private async resolveAction(action: CodeAction): Promise<CodeAction> {
    if (!isFixAllData(action.data)) return action;
    const ctx = this.actionContext(action.data.fixAll.uri, action.data.fixAll.version);
    if (!ctx) throw new Error('the document changed since the action was offered; ask again');
    const all = await fixAll(ctx, (t) => this.lintForFix(ctx.doc.uri, t), action.kind);
    return all ? { ...action, edit: all.edit!, data: undefined } : { ...action, edit: { changes: {} }, data: undefined };
  }

  /** A lint for "fix all": the same lint as the document's, on a text being fixed. */
  private async lintForFix(uri: string, text: string): Promise<{ diagnostics: readonly Diagnostic[] }> {
    const outcome = await this.linter.lint(text, this.fileOf(uri), this.settings);
    return outcome.kind === 'result' ? outcome.result : { diagnostics: [] };
  }
}

/** Whether a range covers a position (its ends included: the cursor just after a value is on it). */
/**
 * Whether hover at `p` tells of a finding at `r`: a finding within one line, where it covers the
 * cursor; one on a container spanning lines (the root, a section, an array), only on its first
 * line, where editors show it and its key is. Else a finding about the whole config would come
 * first in every hover of the file, above what the key under the cursor is.
 */
function under(r: LspRange, p: Position): boolean {
  return r.start.line === r.end.line ? covers(r, p) : p.line === r.start.line;
}

function covers(r: LspRange, p: Position): boolean {
  const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(r.start, p) && before(p, r.end);
}
