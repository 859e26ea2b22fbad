// Lookups of config values in the rules' constant tables. A value such as "toString" or
// "constructor" must not find Object.prototype's members: only the table's own keys count.

export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

export function hasOwn(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}
