/**
 * Caches keyed by their inputs. A cached value belongs to an owner object (a data set, a format):
 * it lives as long as the owner and is rebuilt when the call's other arguments differ from those
 * of the last two calls. Arrays and plain objects among the arguments are compared entry by entry, three
 * levels deep, and everything else by identity: callers may pass a fresh options object holding
 * fresh `[start, end]` pairs each time.
 */

const plain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Equal by identity, or arrays and plain objects whose entries are, down to `depth` levels. */
function same(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => same(v, b[i], depth - 1));
  if (!plain(a) || !plain(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => same(a[k], b[k], depth - 1));
}

/**
 * `fn`, remembering per `owner` its last two calls' arguments and results: the element's own
 * drawing and an export at another width can take turns without rebuilding each other's.
 */
export function memoByOwner<O extends object, A extends unknown[], R>(fn: (owner: O, ...args: A) => R): (owner: O, ...args: A) => R {
  const last = new WeakMap<O, { args: A; result: R }[]>();
  return (owner, ...args) => {
    const calls = last.get(owner) ?? [];
    const hit = calls.find((c) => same(c.args, args, 4));
    if (hit) {
      // The one used now is kept first: the older of the two makes way for a new call.
      if (calls[0] !== hit) last.set(owner, [hit, calls[0]]);
      return hit.result;
    }
    const result = fn(owner, ...args);
    last.set(owner, [{ args, result }, ...calls.slice(0, 1)]);
    return result;
  };
}

/** The value cached in `cache` for `key`, made the first time it is asked for. */
export function memo<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** `make`'s value, made the first time it is asked for. */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) [value, made] = [make(), true];
    return value;
  };
}
