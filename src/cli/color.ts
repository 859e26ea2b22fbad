// Colour is decided once, here, in the order no-color.org and the FORCE_COLOR convention expect:
// the --color/--no-color flag, then NO_COLOR (any non-empty value turns colour off), then
// FORCE_COLOR, then whether the stream is a terminal. chalk is then given a fixed level, because
// its own detection ignores NO_COLOR and reads process.argv by itself.

export type ColorLevel = 0 | 1 | 2 | 3;

export function decideColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): ColorLevel {
  if (flag !== undefined) return flag ? 1 : 0;
  if (env['NO_COLOR']) return 0;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n === 2 || n === 3 ? n : 1;
  }
  return stream.isTTY ? 1 : 0;
}
