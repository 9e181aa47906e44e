// Feed dates in the forms feeds actually use: RFC 822/1123 with its variants
// (two-digit years, no weekday, named zones like EST or CEST, "+0000"), and
// ISO 8601 / RFC 3339 (with or without seconds or zone). Result: UTC ms, or null.

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};

// Offsets in minutes east of UTC. RFC 822's own zones plus common ones feeds use.
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, ist: 330, cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480,
  hst: -600, jst: 540, kst: 540, aest: 600, aedt: 660, acst: 570, nzst: 720, nzdt: 780, msk: 180,
};

const RFC822 =
  /^(?:[a-z]+,?\s*)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?/i;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;

function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return 0; // A date with no zone is taken as UTC, as RFC 822 readers conventionally do.
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  const named = ZONES[zone.toLowerCase()];
  // Military single letters and unknown names: treat as UTC rather than lose the date.
  return named ?? 0;
}

function fullYear(year: string): number {
  const n = Number(year);
  if (year.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return n;
}

function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  return Date.UTC(year, month, day, hour, minute, second, ms) - offsetMinutes * 60_000;
}

/** Parses a feed date; returns UTC milliseconds, or null when the value is missing or not a date. */
export function parseFeedDate(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) return null;

  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    return utc(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), frac ? Math.round(Number(frac) * 1000) : 0, zoneOffset(zone) ?? 0);
  }

  const rfc = RFC822.exec(text);
  if (rfc) {
    const [, d, monthName, y, h, mi, s, zone] = rfc;
    const month = MONTHS[monthName!.toLowerCase().slice(0, monthName!.length === 4 ? 4 : 3)];
    if (month !== undefined) {
      return utc(fullYear(y!), month, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), 0, zoneOffset(zone) ?? 0);
    }
  }

  // Last resort for the odd forms left ("June 2, 2025 10:00 GMT").
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : parsed;
}
