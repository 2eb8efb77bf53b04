/**
 * The register's one cache: a function that computes its result once for the same arguments. An
 * object argument (a register, a text) is held weakly, so a register that `astro dev` reloads is
 * computed afresh and the old one is freed. Kept by hand: the memo libraries on npm key a call by
 * one argument or a string, and ours take a register and a language.
 */
class Node {
  weak?: WeakMap<object, Node>;
  strong?: Map<unknown, Node>;
  done = false;
  value: unknown;

  child(key: unknown): Node {
    if (key !== null && (typeof key === 'object' || typeof key === 'function')) {
      this.weak ??= new WeakMap();
      return this.weak.get(key) ?? this.weak.set(key, new Node()).get(key)!;
    }
    this.strong ??= new Map();
    return this.strong.get(key) ?? this.strong.set(key, new Node()).get(key)!;
  }
}

export type Memo<A extends unknown[], R> = ((...args: A) => R) & { clear(): void };

export function memo<A extends unknown[], R>(compute: (...args: A) => R): Memo<A, R> {
  let root = new Node();
  const memoized = (...args: A): R => {
    const node = args.reduce<Node>((at, arg) => at.child(arg), root);
    if (!node.done) {
      node.value = compute(...args);
      node.done = true;
    }
    return node.value as R;
  };
  const clear = () => {
    root = new Node();
  };
  return Object.assign(memoized, { clear });
}

/**
 * One memo for the whole process, kept on globalThis: Astro bundles the pages apart from the build
 * steps, so a module-level one would be made, and computed, twice.
 */
export function shared<A extends unknown[], R>(name: string, compute: (...args: A) => R): Memo<A, R> {
  const store = globalThis as unknown as Record<symbol, Memo<A, R>>;
  const key = Symbol.for(`trafficking-register.${name}`);
  store[key] ??= memo(compute);
  return store[key];
}
