// Config.User resolved through the image's own /etc/passwd and /etc/group, as the image-spec's
// conversion asks (https://github.com/opencontainers/image-spec/blob/v1.1.0/conversion.md#configuser)
// and as runc's libcontainer/user package does it (GetExecUser, runc v1.1.5), which umoci, Docker
// and containerd use: "user", "uid", "user:group", "uid:gid" and the mixed forms; a name must be
// in the file, a number need not be; a user found by name or number takes its gid and home from
// passwd, and, unless a group is given, its supplementary groups from the group file's member
// lists. An empty User is uid 0.

export interface ResolvedUser {
  uid: number;
  gid: number;
  /** Supplementary groups (only when the user was found and no group was given). */
  additionalGids: number[] | undefined;
  home: string | undefined;
}

export type UserResolution =
  | { ok: true; user: ResolvedUser }
  | { ok: false; problem: 'unknown-user' | 'unknown-group' | 'no-passwd' | 'no-group-file' | 'range'; name: string };

interface PasswdLine {
  name: string;
  uid: number;
  gid: number;
  home: string;
}
interface GroupLine {
  name: string;
  gid: number;
  members: string[];
}

const MAX_ID = 2 ** 31 - 1;

/** A decimal id as strconv.Atoi reads it (an optional sign, digits). */
function numeric(s: string): number | undefined {
  return /^[+-]?\d+$/.test(s) ? Number(s) : undefined;
}

function lines(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(':'));
}

export function parsePasswd(text: string): PasswdLine[] {
  return lines(text).map((f) => ({ name: f[0] ?? '', uid: numeric(f[2] ?? '') ?? -1, gid: numeric(f[3] ?? '') ?? -1, home: f[5] ?? '' }));
}

export function parseGroup(text: string): GroupLine[] {
  return lines(text).map((f) => ({ name: f[0] ?? '', gid: numeric(f[2] ?? '') ?? -1, members: (f[3] ?? '').split(',').filter((m) => m !== '') }));
}

/** `passwd`/`group`: the files' text, or undefined when the image has none. */
export function resolveUser(spec: string, passwd: string | undefined, group: string | undefined): UserResolution {
  const [userArg = '', groupArg = ''] = spec.split(':');
  const uidArg = numeric(userArg);
  const gidArg = numeric(groupArg);
  const user: ResolvedUser = { uid: 0, gid: 0, additionalGids: undefined, home: undefined };
  const users = passwd === undefined ? [] : parsePasswd(passwd);
  const match = users.find((u) => (userArg === '' ? u.uid === 0 : uidArg !== undefined ? u.uid === uidArg : u.name === userArg));
  let matched: string | undefined;
  if (match) {
    matched = match.name;
    user.uid = match.uid;
    user.gid = match.gid;
    user.home = match.home;
  } else if (userArg !== '') {
    if (uidArg === undefined) return { ok: false, problem: passwd === undefined ? 'no-passwd' : 'unknown-user', name: userArg };
    if (uidArg < 0 || uidArg > MAX_ID) return { ok: false, problem: 'range', name: userArg };
    user.uid = uidArg;
  }
  if (groupArg !== '' || matched !== undefined) {
    const groups = (group === undefined ? [] : parseGroup(group)).filter((g) =>
      groupArg === '' ? g.members.includes(matched!) : gidArg !== undefined ? g.gid === gidArg : g.name === groupArg,
    );
    if (groupArg !== '') {
      if (groups[0]) user.gid = groups[0].gid;
      else {
        if (gidArg === undefined) return { ok: false, problem: group === undefined ? 'no-group-file' : 'unknown-group', name: groupArg };
        if (gidArg < 0 || gidArg > MAX_ID) return { ok: false, problem: 'range', name: groupArg };
        user.gid = gidArg;
      }
    } else user.additionalGids = groups.map((g) => g.gid);
  }
  return { ok: true, user };
}
