// Node built-in modules loaded on first use, synchronously: the few that are slow to load (crypto
// initialises OpenSSL, zlib its bindings) and that most runs never need stay out of start-up.
import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';
import type * as Zlib from 'node:zlib';

// Any base path works for built-ins.
const requireBuiltin = createRequire('/');

let crypto: typeof Crypto | undefined;
let zlib: typeof Zlib | undefined;

export function nodeCrypto(): typeof Crypto {
  return (crypto ??= requireBuiltin('node:crypto') as typeof Crypto);
}

export function nodeZlib(): typeof Zlib {
  return (zlib ??= requireBuiltin('node:zlib') as typeof Zlib);
}
