// The man page, ocilint(1), generated from the option table (options.ts), the subcommands
// (commands.ts) and the environment rules (env.ts), as --help and the completions are: the build
// writes it to dist/man/ocilint.1 (scripts/gen-man.mjs), and the npm package installs it.

import { TOOL_VERSION, REPO_URL } from '../core/meta.js';
import { OPTIONS } from './options.js';
import { COMMANDS } from './commands.js';
import { flags, type Flag } from './completion.js';
import { NOT_FROM_ENV, variableFor } from './env.js';

/** Text for roff: backslashes, hyphens, and a line that would start with a control character. */
const roff = (s: string): string => s.replace(/\\/g, '\\e').replace(/-/g, '\\-').replace(/^([.'])/gm, '\\&$1');

const METAVAR: Readonly<Record<string, string>> = { rule: 'ID=SEVERITY', explain: 'RULE', 'suppress-rule': 'RULE', 'ignore-pattern': 'GLOB', 'stdin-filename': 'NAME', 'print-config': 'PATH', 'image-ref': 'REF', platform: 'OS/ARCH', 'fix-rule': 'RULE' };

function metavar(f: Flag): string {
  if (f.value === 'none') return '';
  if (f.value === 'choice') return f.choices.length <= 4 ? f.choices.join('|') : f.long.toUpperCase();
  if (f.value === 'number') return 'N';
  return METAVAR[f.long] ?? 'FILE';
}

function flagEntry(f: Flag): string {
  const name = [...(f.short ? [`\\fB${roff(`-${f.short}`)}\\fR`] : []), `\\fB${roff(`--${f.long}`)}\\fR`].join(', ');
  const value = metavar(f);
  const spec = OPTIONS[f.long];
  const notes: string[] = [];
  if (f.value === 'choice' && f.choices.length > 4) notes.push(`One of: ${f.choices.join(', ')}.`);
  if (spec?.default !== undefined) notes.push(`Default: ${Array.isArray(spec.default) ? spec.default.join(', ') : String(spec.default)}.`);
  if (f.repeatable && !/repeat/i.test(f.describe)) notes.push('Repeatable.');
  if (spec && !NOT_FROM_ENV.has(f.long)) notes.push(`Environment: ${variableFor(f.long)}.`);
  const describe = f.describe.endsWith('.') ? f.describe : `${f.describe}.`;
  return `.TP\n${name}${value ? ` \\fI${roff(value)}\\fR` : ''}\n${roff([describe, ...notes].join(' '))}`;
}

export function manPage(): string {
  const all = flags();
  const groups = new Map<string, Flag[]>();
  for (const f of all) {
    const base = f.long.startsWith('no-') && OPTIONS[f.long.slice(3)] ? f.long.slice(3) : f.long;
    if (base !== f.long) continue; // --no-x is written with --x
    const group = OPTIONS[base]?.group ?? 'Other';
    groups.set(group, [...(groups.get(group) ?? []), f]);
  }
  const sections = [...groups].map(([group, fs]) => `.SS ${roff(group)}\n${fs.map(flagEntry).join('\n')}`);
  const commands = Object.entries(COMMANDS).map(([name, c]) => `.TP\n\\fBocilint ${roff(name)}\\fR ${roff(c.usage)}\n${roff(c.describe)}.`);
  const synopsis = ['.SY ocilint', '.RI [ options ] " " PATH ...', '.YS', ...Object.entries(COMMANDS).flatMap(([name, c]) => [`.SY "ocilint ${name}"`, roff(c.usage), '.YS'])];
  return `.\\" Generated from ocilint's option table by scripts/gen-man.mjs; do not edit.
.TH OCILINT 1 "" "ocilint ${TOOL_VERSION}" "User Commands"
.SH NAME
ocilint \\- validate and lint OCI runtime bundles
.SH SYNOPSIS
${synopsis.join('\n')}
.SH DESCRIPTION
\\fBocilint\\fR reads each bundle's \\fIconfig.json\\fR and the root filesystem it names, and reports,
with file, line and column, what the OCI runtime specification forbids, what a runtime such as runc
or crun would refuse, and what is merely risky, before any runtime sees the bundle.
It never writes into a bundle and never runs anything from it.
.PP
Each \\fIPATH\\fR is a bundle directory, a config file of any name (its directory is the bundle),
a bundle archive (\\fI.tar\\fR, \\fI.tar.gz\\fR, \\fI.tgz\\fR, read as a stream), a directory to
search for bundles, or a quoted glob that ocilint expands itself.
\\fB\\-\\fR reads a config (or, with \\fB\\-\\-stdin\\-format tar\\fR, a bundle archive) from standard input.
.PP
Reports go to standard output; messages about the run go to standard error.
.SH OPTIONS
Each option that is on or off also has a \\fB\\-\\-no\\-\\fR form; of the two, the last one given wins.
${sections.join('\n')}
.SH COMMANDS
${commands.join('\n')}
.SH ENVIRONMENT
.TP
\\fBOCILINT_\\fR\\fINAME\\fR
Each option marked \\fBEnvironment\\fR above can be set by a variable: \\fBOCILINT_\\fR and the
option's name in capitals with \\fB_\\fR for \\fB\\-\\fR (\\fBOCILINT_FAIL_ON=warning\\fR).
Lists are comma\\-separated; booleans take true/false, 1/0, yes/no or on/off.
An option on the command line wins over its variable; a bad value exits 2, naming the variable.
.TP
\\fBNO_COLOR\\fR, \\fBFORCE_COLOR\\fR
Turn colour off or on when neither \\fB\\-\\-color\\fR nor \\fB\\-\\-no\\-color\\fR is given.
.TP
\\fBOCILINT_DEBUG\\fR
Print the stack of an internal error.
.SH EXIT STATUS
.TP
.B 0
Nothing at or above \\fB\\-\\-fail\\-on\\fR.
.TP
.B 1
Findings at or above \\fB\\-\\-fail\\-on\\fR (or more warnings than \\fB\\-\\-max\\-warnings\\fR).
.TP
.B 2
Usage or configuration error: a bad option, an invalid configuration or suppressions file, a path
that does not exist or matches nothing.
.TP
.B 3
Internal error: a rule or a report format failed.
.SH FILES
.TP
.I .ocilint.yaml
Configuration, looked up from each linted path to the repository root (also \\fI.ocilint.yml\\fR,
\\fI.ocilint.json\\fR).
.TP
.I ocilint\\-suppressions.json
Bulk suppressions (\\fB\\-\\-suppress\\-all\\fR).
.TP
.I .ocilintcache
Result cache (\\fB\\-\\-cache\\fR).
.SH SEE ALSO
${roff(`${REPO_URL}#readme`)}, the rules' pages: \\fBocilint \\-\\-explain\\fR \\fIRULE\\fR.
`;
}
