// Turning feed bytes into text. Order of authority, as XML on the web works in
// practice: a byte-order mark, then the HTTP charset, then the XML declaration
// (or an HTML <meta charset>), then UTF-8. iconv-lite does the decoding: it
// knows every legacy encoding feeds still use (windows-1252, ISO-8859-x, KOI8…).
import iconv from 'iconv-lite';

export class CharsetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CharsetError';
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** Reads the declared encoding from the first bytes (an XML declaration or HTML meta), ASCII-compatible encodings only. */
function declaredEncoding(bytes: Uint8Array): string | null {
  // UTF-16 without a BOM still shows its shape: '<' followed by a zero byte, or the reverse.
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Decodes a feed or page body. An encoding nobody can read is an error in plain
 * words; bytes that are not the UTF-8 they claim to be are read as
 * windows-1252, the usual real-world culprit, rather than turned into '�'.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null = null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.encoding), encoding: bom.encoding };
  const label = charsetFromContentType(contentType) ?? declaredEncoding(bytes) ?? 'utf-8';
  // A declared UTF-16 with no BOM is usually really ASCII-compatible when the first byte is '<'.
  const encoding = /^utf-?16$/.test(label) ? (bytes[1] === 0 ? 'utf-16le' : bytes[0] === 0 ? 'utf-16be' : 'utf-8') : label;
  if (!iconv.encodingExists(encoding)) {
    throw new CharsetError(`The feed says it is written in the character set "${label}", which Broadsheet cannot read.`);
  }
  const canonical = encoding.replace(/[^a-z0-9]/g, '');
  if ((canonical === 'utf8' || canonical === 'unicode11utf8') && !isValidUtf8(bytes)) {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
  // ISO-8859-1 labels mean windows-1252 on the web (the WHATWG Encoding standard says so): curly quotes live at 0x80–0x9F.
  const effective = canonical === 'iso88591' || canonical === 'latin1' || canonical === 'usascii' || canonical === 'ascii' ? 'windows-1252' : encoding;
  let text = iconv.decode(Buffer.from(bytes), effective);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding: effective };
}
