// A PNG's pixel size from its header: the IHDR chunk is always first, so width and height are
// the big-endian words at bytes 16 and 20. Enough to check listing images without an image
// library.
import { createHash } from 'node:crypto';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
