/**
 * Identifiers of the open data: UUIDs (version 5, RFC 9562) derived from a name inside the
 * register's own namespace, so that an entry keeps its UUID in every build and every language, and
 * a phone, a schedule or a taxonomy term keeps its own as long as what it is made of does.
 */
import { createHash } from 'node:crypto';

/** The register's namespace UUID, made once at random: changing it would give every record a new identity. */
const REGISTER_NAMESPACE = 'bab26f36-5acb-43f7-9622-7c05266fb009';

/** The version 5 UUID of `name` in `namespace` (SHA-1 of the two, with the version and variant bits set). */
export function uuidV5(name: string, namespace: string = REGISTER_NAMESPACE): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespaceBytes).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The UUID of a record of the open data, from its kind and the parts that identify it:
 * `idOf('provider', 'astra')`, `idOf('phone', 'astra-sos-line', '+381113347817')`. The kinds are
 * the register's (provider, service), not HSDS's, so that a change of export format keeps them.
 */
export const idOf = (kind: string, ...parts: (string | number)[]) => uuidV5([kind, ...parts].join('/'));
