/**
 * Objects the clients of one process share (rate limiters and their 429 pause boards), found by a string key
 * that names what they are shared by. An object in the key (a `fetch`, a scheduler) is named by its identity.
 */

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

/** A number naming `value` by its identity, for use in a key (the object itself is not kept alive by it). */
export function idOf(value: object): number {
  let id = objectIds.get(value);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(value, id);
  }
  return id;
}

/** How many entries a shared map keeps: the least recently made goes first past it. */
export const MAX_SHARED_ENTRIES = 256;

/** The entry of `key`, made by `make` when there is none (the map stays within `MAX_SHARED_ENTRIES`). */
export function sharedEntry<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
    if (map.size > MAX_SHARED_ENTRIES) map.delete(map.keys().next().value!);
  }
  return value;
}
