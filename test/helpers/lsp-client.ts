// A language client for tests and the benchmark: runs the real `bin/ocilint.js lsp` as a child
// process and talks to it over its standard streams with vscode-languageserver-protocol's
// connection (no hand-written JSON-RPC). It records every publishDiagnostics and lets a test wait
// for the diagnostics of a given document version.

import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { cliPath, repoRoot } from './paths.js';

export interface LspClientOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  initializationOptions?: unknown;
  /** Client capabilities beyond the defaults (workspace configuration, watched files). */
  capabilities?: Record<string, unknown>;
  rootUri?: string | null;
  /** Answers workspace/configuration requests. */
  configuration?: (section: string | undefined) => unknown;
  /** Extra arguments for node before the CLI (--expose-gc). */
  nodeArgs?: string[];
}

export class LspClient {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly registrations: unknown[] = [];
  stderr = '';
  private waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private versions = new Map<string, number>();

  constructor(opts: LspClientOptions = {}) {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OCILINT_')));
    const env: Record<string, string | undefined> = { ...inherited, ...opts.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    this.child = spawn(process.execPath, [...(opts.nodeArgs ?? []), cliPath, 'lsp', '--stdio'], { cwd: opts.cwd ?? repoRoot, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    const message = (p: { type: number; message: string }): void => void this.messages.push(p);
    this.connection.onNotification('window/logMessage', message);
    this.connection.onNotification('window/showMessage', message);
    this.connection.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    let configured: () => void = () => {};
    this.configured = new Promise((resolve) => (configured = resolve));
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      setImmediate(configured);
      return p.items.map((i) => opts.configuration?.(i.section) ?? null);
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
    this.opts = opts;
  }

  private readonly opts: LspClientOptions;
  /** Resolves once the server has asked for its settings (and had them). */
  readonly configured: Promise<void>;

  async initialize(): Promise<InitializeResult> {
    const root = this.opts.rootUri !== undefined ? this.opts.rootUri : pathToFileURL(this.opts.cwd ?? repoRoot).href;
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: root,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } }, ...this.opts.capabilities },
      initializationOptions: this.opts.initializationOptions,
      workspaceFolders: root ? [{ uri: root, name: 'test' }] : null,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Opens a document and resolves to its first diagnostics. */
  async open(uri: string, text: string, languageId = 'json'): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const wait = this.diagnosticsFor(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return (await wait).diagnostics;
  }

  /** Replaces the whole text (or a range of it) and resolves to the diagnostics of the new version. */
  async change(uri: string, text: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const wait = this.diagnosticsFor(uri, version);
    await this.sendChange(uri, version, text, range);
    return (await wait).diagnostics;
  }

  /** Sends a change without waiting for diagnostics; returns the new version. */
  async sendChange(uri: string, version: number, text: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [range ? { range, text } : { text }] });
  }

  /** Resolves to the next diagnostics published for `uri` (of `version`, when given). */
  diagnosticsFor(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ test: (p) => p.uri === uri && (version === undefined || p.version === version), resolve }));
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Shuts the server down politely and resolves to its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    if (this.child.exitCode !== null) return this.child.exitCode;
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.child.kill('SIGKILL');
  }
}

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}
