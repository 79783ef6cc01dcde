/**
 * JSON Canonicalization Scheme (RFC 8785): one byte sequence per JSON value, so a record hashes the
 * same whoever serialises it. ECMAScript's own number and string serialisation is what the RFC
 * specifies, so JSON.stringify does the leaf work; this file adds key order and the checks that
 * keep non-JSON values (NaN, undefined, lone surrogates, Dates) from hashing silently.
 */

/** The canonical JSON text of `value`; throws on anything that is not plain I-JSON. */
export function canonicalize(value: unknown): string {
  // Every record is hashed on each validation. Data parsed from canonical text (the log's) already
  // has its keys in order: one checking walk, then the engine's own JSON.stringify. Other data takes
  // the fast pass, which skips building a path for each value; only a value it refuses goes through
  // the pass that names where the problem is.
  if (inOrder(value)) return JSON.stringify(value);
  try {
    return fast(value);
  } catch (err) {
    if (err !== REFUSED) throw err;
  }
  return serialize(value, '$');
}

/**
 * Whether JSON.stringify(value) is already its canonical text: plain I-JSON whose object keys come
 * out in UTF-16 order at every level. False for anything else, which the other passes then judge.
 */
function inOrder(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'string':
      return value.isWellFormed();
    case 'object': {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!inOrder(value[i])) return false;
        return true;
      }
      if (!plainObject(value)) return false;
      const record = value as Record<string, unknown>;
      // Object.keys is the order JSON.stringify writes them in.
      const keys = Object.keys(record);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        if ((i > 0 && !(keys[i - 1]! < k)) || !k.isWellFormed() || !inOrder(record[k])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** Thrown by the fast pass for anything the full pass must explain. */
const REFUSED = Symbol('not plain I-JSON');

/** The same text as serialize, without locations; throws REFUSED wherever serialize throws. */
function fast(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw REFUSED;
      return JSON.stringify(value);
    case 'string':
      if (!value.isWellFormed()) throw REFUSED;
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + fast(value[i]);
        return out + ']';
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw REFUSED;
      const keys = Object.keys(value).sort();
      const record = value as Record<string, unknown>;
      let out = '{';
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        if (!k.isWellFormed()) throw REFUSED;
        out += (i ? ',' : '') + JSON.stringify(k) + ':' + fast(record[k]);
      }
      return out + '}';
    }
    default:
      throw REFUSED;
  }
}

function serialize(value: unknown, at: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`JCS: ${at} is ${value}`);
      return JSON.stringify(value); // ES number-to-string, -0 becomes 0 (RFC 8785 §3.2.2.3)
    case 'string':
      return string(value, at);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v, i) => serialize(v, `${at}[${i}]`)).join(',')}]`;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new TypeError(`JCS: ${at} is a ${proto?.constructor?.name ?? 'non-plain object'}`);
      // Default sort compares UTF-16 code units, which is exactly RFC 8785 §3.2.3.
      const keys = Object.keys(value).sort();
      const record = value as Record<string, unknown>;
      return `{${keys.map((k) => `${string(k, at)}:${serialize(record[k], `${at}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`JCS: ${at} is ${typeof value}`);
  }
}

function string(s: string, at: string): string {
  // I-JSON (RFC 7493) forbids unpaired surrogates; JSON.stringify would escape them and hash garbage.
  if (!s.isWellFormed()) throw new TypeError(`JCS: ${at} has an unpaired surrogate`);
  return JSON.stringify(s);
}

/**
 * Whether `a` and `b` have the same canonical text, found without writing it: the same plain I-JSON
 * values, object keys in any order. False whenever either is not plain I-JSON, and wherever they
 * differ; so true means canonicalize(a) === canonicalize(b), and false means only "write both".
 */
export function sameCanonical(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return a === b;
  switch (typeof a) {
    case 'boolean':
      return a === b;
    case 'number':
      // 0 and -0 are both written 0 (RFC 8785 §3.2.2.3), and === agrees.
      return a === b && Number.isFinite(a);
    case 'string':
      return a === b && a.isWellFormed();
    case 'object': {
      if (typeof b !== 'object') return false;
      if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (!sameCanonical(a[i], b[i])) return false;
        return true;
      }
      if (Array.isArray(b) || !plainObject(a) || !plainObject(b)) return false;
      const keys = Object.keys(a);
      if (keys.length !== Object.keys(b).length) return false;
      const x = a as Record<string, unknown>;
      const y = b as Record<string, unknown>;
      for (const k of keys) if (!Object.hasOwn(y, k) || !k.isWellFormed() || !sameCanonical(x[k], y[k])) return false;
      return true;
    }
    default:
      return false;
  }
}

function plainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
