// One-line human description of a capability for diagnostics: tag, address, bounds, permissions,
// and seal (e.g. "tagged 0x211003 [0x211000, 0x211003) perms rw… unsealed").
import { type Capability, capGetPerms, capGetObjectType, permNames } from './format.js';
import { capGetBounds } from './bounds.js';

export function describeCap(c: Capability): string {
  const b = capGetBounds(c);
  const otype = capGetObjectType(c);
  const seal = otype === 0n ? 'unsealed' : otype === 1n ? 'sentry' : `sealed (otype ${otype})`;
  return `${c.tag ? 'tagged' : 'UNTAGGED'} 0x${c.value.toString(16)} [0x${b.base.toString(16)}, 0x${b.limit.toString(16)}) ` +
    `perms ${permNames(capGetPerms(c))} ${seal}`;
}
