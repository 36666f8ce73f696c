/**
 * What a plan file holds, read from its first bytes rather than its name: a renamed
 * executable or image must not be parsed as text (every run of bytes would become a
 * "statement"), and a workbook piped to standard input has no name to go by.
 */
export type ContentKind =
  | { kind: 'text' }
  | { kind: 'xlsx' }
  | { kind: 'binary'; what: string; hint: string };

/** File signatures ("magic numbers") of formats a plan is sometimes confused with. */
// Signatures short or printable enough to open a text file count only beside a NUL byte.
const SIGNATURES: Array<{ bytes: number[]; what: string; hint: string; withNul?: true }> = [
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old-style .xls workbook (or another Office 97 file)', hint: 'save it as .xlsx or CSV and run again' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', hint: 'export the plan as CSV or .xlsx' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: 'export the plan as CSV or .xlsx' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', hint: 'export the plan as CSV or .xlsx' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document', hint: 'export the plan as CSV or .xlsx from the tool that made the PDF' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable program (ELF)', hint: 'name the plan file, not a program' },
  { bytes: [0x4d, 0x5a], what: 'a Windows executable', hint: 'name the plan file, not a program', withNul: true },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'an executable program (Mach-O)', hint: 'name the plan file, not a program' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file', hint: 'decompress it first (gunzip) and run again' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2-compressed file', hint: 'decompress it first and run again', withNul: true },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz-compressed file', hint: 'decompress it first and run again' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive', hint: 'extract the plan first and run again' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'an SQLite database', hint: 'export the plan as CSV' },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/**
 * Shares of control characters, and of NUL bytes, above which text is taken for binary
 * data. A stray NUL or escape in a cell (some exports have them) is still text; binary
 * data has them everywhere.
 */
const CONTROL_SHARE = 0.1;
const NUL_SHARE = 0.01;

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((byte, i) => head[i] === byte);
}

/**
 * Control characters (other than tab, line feed, form feed and carriage return) and
 * undecodable bytes in decoded text: plain text has none, binary data has them everywhere.
 */
function controlShare(text: string): { nul: number; share: number } {
  let control = 0;
  let nuls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) nuls++;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f || code === 0xfffd) control++;
  }
  return text.length ? { nul: nuls / text.length, share: control / text.length } : { nul: 0, share: 0 };
}

/**
 * The kind of content, from the file's first bytes and that head decoded as the file's
 * text encoding (so UTF-16, whose every other byte is 0, is not mistaken for binary).
 * A ZIP archive is taken for a workbook: an .xlsx is one, and ExcelJS says so if it is not.
 */
export function contentKind(head: Uint8Array, decoded: string): ContentKind {
  if (startsWith(head, ZIP)) return { kind: 'xlsx' };
  for (const signature of SIGNATURES) {
    if (startsWith(head, signature.bytes) && (!signature.withNul || head.subarray(0, 512).includes(0))) return { kind: 'binary', what: signature.what, hint: signature.hint };
  }
  const { nul, share } = controlShare(decoded);
  if (nul > NUL_SHARE || share > CONTROL_SHARE) {
    return { kind: 'binary', what: 'binary data, not text', hint: 'export the plan as CSV (UTF-8 or UTF-16) or .xlsx' };
  }
  return { kind: 'text' };
}
