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

/**
 * The HTML standard's prescan of a byte stream's first 1,024 bytes for a
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">`.
 * A value the 1,024 bytes cut off (`charset="ut`) is no declaration: the prescan
 * stops there, as browsers do. Labels `accept` refuses are skipped and the scan
 * goes on to the next <meta>.
 */
export function prescanMetaCharset(bytes: Uint8Array, accept: (label: string) => boolean = () => true): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  let at = 0;
  while (at < head.length) {
    const lt = head.indexOf('<', at);
    if (lt === -1) return null;
    if (head.startsWith('<!--', lt)) {
      const end = head.indexOf('-->', lt + 2);
      if (end === -1) return null;
      at = end + 3;
      continue;
    }
    const meta = /^<meta[\s/]/i.test(head.slice(lt, lt + 6));
    // Other tags: skip over their attributes (a '>' inside a quoted value does not end them).
    const tag = readAttributes(head, lt + (meta ? 5 : 1));
    if (!tag) return null; // the tag runs past the prescan: nothing more can be read
    at = tag.end;
    if (!meta) continue;
    const attrs = tag.attributes;
    let label: string | null = null;
    if (attrs.has('charset')) label = attrs.get('charset')!;
    else if ((attrs.get('http-equiv') ?? '').toLowerCase() === 'content-type') {
      const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(attrs.get('content') ?? '');
      label = match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
    }
    label = label?.trim().toLowerCase() || null;
    if (label && accept(label)) return label;
  }
  return null;
}

/** Reads a tag's attributes from `start` up to its '>'; null when the prescan's bytes end first. */
function readAttributes(head: string, start: number): { attributes: Map<string, string>; end: number } | null {
  const attributes = new Map<string, string>();
  let i = start;
  const n = head.length;
  // Element names are not attributes: skip the rest of the name.
  while (i < n && !/[\s/>]/.test(head[i]!)) i++;
  for (;;) {
    while (i < n && /[\s/]/.test(head[i]!)) i++;
    if (i >= n) return null;
    if (head[i] === '>') return { attributes, end: i + 1 };
    let name = '';
    while (i < n && !/[\s/>=]/.test(head[i]!)) name += head[i++]!.toLowerCase();
    while (i < n && /\s/.test(head[i]!)) i++;
    if (i >= n) return null;
    let value = '';
    if (head[i] === '=') {
      i++;
      while (i < n && /\s/.test(head[i]!)) i++;
      if (i >= n) return null;
      const quote = head[i];
      if (quote === '"' || quote === "'") {
        const close = head.indexOf(quote, i + 1);
        if (close === -1) return null; // cut off by the end of the prescan: no declaration
        value = head.slice(i + 1, close);
        i = close + 1;
      } else {
        while (i < n && !/[\s>]/.test(head[i]!)) value += head[i++]!;
        if (i >= n) return null;
      }
    }
    if (name && !attributes.has(name)) attributes.set(name, value);
  }
}

/** Reads the declared encoding from the first bytes (an XML declaration or HTML meta), ASCII-compatible encodings only. */
function declaredEncoding(bytes: Uint8Array): string | null {
  // UTF-16 without a BOM still shows its shape: '<' followed by a zero byte, or the reverse.
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  return prescanMetaCharset(bytes);
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

/** A label iconv can decode, with the web's aliases: ISO-8859-1 and ASCII mean windows-1252; UTF-16 from a meta means UTF-8. */
function knownLabel(label: string | null, fromMeta = false): string | null {
  if (!label) return null;
  const canonical = label.replace(/[^a-z0-9]/gi, '').toLowerCase();
  if (canonical === 'iso88591' || canonical === 'latin1' || canonical === 'usascii' || canonical === 'ascii' || canonical === 'xuserdefined') return 'windows-1252';
  if (fromMeta && /^utf16/.test(canonical)) return 'utf-8';
  return iconv.encodingExists(label) ? label : null;
}

/**
 * Decodes a web page by the HTML standard's encoding sniffing: BOM, then the
 * HTTP charset, then the <meta> prescan, then UTF-8 if the bytes are valid
 * UTF-8, else windows-1252. A label nobody knows is skipped, never a refusal:
 * a page always decodes to something readable.
 */
export function decodePage(bytes: Uint8Array, contentType: string | null = null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.encoding), encoding: bom.encoding };
  const encoding =
    knownLabel(charsetFromContentType(contentType)) ??
    knownLabel(prescanMetaCharset(bytes, (label) => knownLabel(label, true) !== null), true) ??
    (isValidUtf8(bytes) ? 'utf-8' : 'windows-1252');
  const canonical = encoding.replace(/[^a-z0-9]/gi, '').toLowerCase();
  // Bytes that are not the UTF-8 they claim are the usual windows-1252 mislabel.
  const effective = canonical === 'utf8' && !isValidUtf8(bytes) ? 'windows-1252' : encoding;
  let text = iconv.decode(Buffer.from(bytes), effective);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding: effective === 'utf8' ? 'utf-8' : effective };
}
