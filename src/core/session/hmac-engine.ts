import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';

/*
 * Signature checks use @noble/hashes, not WebCrypto: WebCrypto's HMAC is asynchronous per call,
 * and awaiting 50,000 candidate secrets one by one is far too slow for a wordlist search, while
 * noble is synchronous, pure JavaScript and gives identical results in Node and in the extension.
 * It also lets decodeSession stay synchronous.
 */

/** The part of a noble hash instance we use: cloning into an existing instance avoids allocation. */
export interface HashState {
  update(data: Uint8Array): unknown;
  digestInto(out: Uint8Array): void;
  _cloneInto(to?: HashState): HashState;
}

export interface HashFunction {
  readonly blockLen: number;
  readonly outputLen: number;
  create(): HashState;
}

/** The HMAC hash a signature of this many bytes was made with (the libraries we check use these). */
export function hashForDigestLength(length: number): HashFunction | null {
  switch (length) {
    case 20:
      return sha1;
    case 32:
      return sha256;
    case 48:
      return sha384;
    case 64:
      return sha512;
    default:
      return null;
  }
}

export function hashByName(name: 'sha1' | 'sha256' | 'sha384' | 'sha512'): HashFunction {
  return { sha1, sha256, sha384, sha512 }[name];
}

/**
 * HMAC (RFC 2104) that reuses its hash instances. `setKey` absorbs the padded key into an inner
 * and an outer state once; every `mac` then clones those states instead of re-hashing the key,
 * so one secret can sign several messages (salts) at the cost of the messages alone, and a search
 * over thousands of secrets allocates nothing per candidate.
 */
export class HmacEngine {
  readonly outputLen: number;
  private readonly blank: HashState;
  private readonly keyedInner: HashState;
  private readonly keyedOuter: HashState;
  private readonly work: HashState;
  private readonly pad: Uint8Array;
  /**
   * The padded key is absorbed in two halves: noble wraps a whole-block update in a new DataView,
   * and at two per key that allocation was a tenth of a wordlist search.
   */
  private readonly padHalves: [Uint8Array, Uint8Array];
  private readonly innerDigest: Uint8Array;

  constructor(hash: HashFunction) {
    this.outputLen = hash.outputLen;
    this.blank = hash.create();
    this.keyedInner = hash.create();
    this.keyedOuter = hash.create();
    this.work = hash.create();
    this.pad = new Uint8Array(hash.blockLen);
    this.padHalves = [this.pad.subarray(0, hash.blockLen / 2), this.pad.subarray(hash.blockLen / 2)];
    this.innerDigest = new Uint8Array(hash.outputLen);
  }

  setKey(key: Uint8Array): void {
    const pad = this.pad;
    pad.fill(0);
    if (key.length > pad.length) {
      const hashed = this.blank._cloneInto(this.work);
      hashed.update(key);
      hashed.digestInto(this.innerDigest);
      pad.set(this.innerDigest);
    } else {
      pad.set(key);
    }
    for (let i = 0; i < pad.length; i++) pad[i] = (pad[i] ?? 0) ^ 0x36;
    this.absorbPad(this.blank._cloneInto(this.keyedInner));
    for (let i = 0; i < pad.length; i++) pad[i] = (pad[i] ?? 0) ^ (0x36 ^ 0x5c);
    this.absorbPad(this.blank._cloneInto(this.keyedOuter));
  }

  private absorbPad(state: HashState): void {
    state.update(this.padHalves[0]);
    state.update(this.padHalves[1]);
  }

  /** Writes HMAC(key, message) into `out` (at least outputLen bytes). */
  mac(message: Uint8Array, out: Uint8Array): void {
    const inner = this.keyedInner._cloneInto(this.work);
    inner.update(message);
    inner.digestInto(this.innerDigest);
    const outer = this.keyedOuter._cloneInto(this.work);
    outer.update(this.innerDigest);
    outer.digestInto(out);
  }
}
