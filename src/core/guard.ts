// Runtime checks of data read back from a file (the cache), written against the TypeScript types
// they check: `object<T>({...})` must name a guard for every property of T, so a field added to a
// type without its check does not compile.

export type Guard<T> = (v: unknown) => v is T;

export const string: Guard<string> = (v): v is string => typeof v === 'string';
export const number: Guard<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
export const boolean: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';
export const nullValue: Guard<null> = (v): v is null => v === null;

export function literal<const L extends string>(...values: L[]): Guard<L> {
  return (v): v is L => typeof v === 'string' && (values as string[]).includes(v);
}

export function integer(min: number, max: number): Guard<number> {
  return (v): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
}

export function array<T>(item: Guard<T>): Guard<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.every(item);
}

export function tuple<T extends unknown[]>(...items: { [K in keyof T]: Guard<T[K]> }): Guard<T> {
  return (v): v is T => Array.isArray(v) && v.length === items.length && items.every((g, i) => g(v[i]));
}

export function record<T>(value: Guard<T>): Guard<Record<string, T>> {
  return (v): v is Record<string, T> => isPlainObject(v) && Object.values(v).every(value);
}

export function union<T extends unknown[]>(...alternatives: { [K in keyof T]: Guard<T[K]> }): Guard<T[number]> {
  return (v): v is T[number] => alternatives.some((g) => g(v));
}

/** A property that may be absent (not merely undefined). */
export interface Optional<T> {
  optional: Guard<T>;
}

export function optional<T>(guard: Guard<T>): Optional<T> {
  return { optional: guard };
}

type Fields<T> = { [K in keyof T]-?: undefined extends T[K] ? Optional<Exclude<T[K], undefined>> | Guard<T[K]> : Guard<T[K]> };

/** An object with exactly these properties checked (others are ignored). */
export function object<T>(fields: Fields<T>): Guard<T> {
  const entries = Object.entries(fields) as [string, Guard<unknown> | Optional<unknown>][];
  return (v): v is T => {
    if (!isPlainObject(v)) return false;
    for (const [key, g] of entries) {
      const x = Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined;
      if (typeof g === 'function') {
        if (!g(x)) return false;
      } else if (x !== undefined && !g.optional(x)) return false;
    }
    return true;
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
