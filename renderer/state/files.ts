// Files in and out of the renderer without Node: a chosen file is read as text here,
// and an export is saved as a download of a blob: URL (the Electron shell accepts
// only our own blob: downloads; see isOwnDownload in electron/shell/web-preferences.ts).

/** How long a download's object URL lives: the browser has taken the bytes well before then. */
const REVOKE_AFTER_MS = 60_000;

/** Saves `text` as a download named `fileName`. */
export function saveAsDownload(text: string, fileName: string, type: string, parent: Node & ParentNode = document.body): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * Decodes a chosen file's bytes: a byte-order mark or the XML declaration's encoding
 * (OPML from older readers is often ISO-8859-1) decides, else UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared && !/^utf-?16/i.test(declared) ? declared : 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

/** '7.2 MB', '350 KB': sizes as a person reads them. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
