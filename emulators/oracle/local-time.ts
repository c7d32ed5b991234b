/**
 * Oracle CRM On Demand sends and takes dates without a zone, as wall-clock text in the CRM
 * user's time zone: `MM/DD/YYYY hh:mm:ss` (24-hour) and `MM/DD/YYYY`. The emulator keeps true
 * instants and converts at the wire with `Intl`, whose zone data follows the runtime's.
 */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `Intl` knows the zone name (`America/New_York`, `UTC`…). */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of an instant in a zone. */
export function wallTimeOf(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function asUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/**
 * The instant a wall-clock time names in a zone. In the hour repeated when clocks go back the
 * first (daylight) instant is meant; a time skipped when they go forward moves on by the gap.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const target = asUtc(wall);
  const offsetAt = (ms: number) => asUtc(wallTimeOf(ms, timeZone)) - ms;
  const early = target - offsetAt(target - 86_400_000);
  const late = target - offsetAt(target + 86_400_000);
  const candidates = [early, late].filter((ms) => asUtc(wallTimeOf(ms, timeZone)) === target);
  if (candidates.length > 0) return Math.min(...candidates);
  return target - Math.min(offsetAt(target - 86_400_000), offsetAt(target + 86_400_000));
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `03/08/2026 01:59:59` */
export function formatLocalDateTime(ms: number, timeZone: string): string {
  const w = wallTimeOf(ms, timeZone);
  return `${pad(w.month)}/${pad(w.day)}/${pad(w.year, 4)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** `03/08/2026`: a date field, kept as midnight UTC of its day. */
export function formatDateOnly(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${pad(d.getUTCFullYear(), 4)}`;
}

const pattern = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** The parts of `MM/DD/YYYY[ hh:mm[:ss]]`, or null when not a real date and time. */
export function parseWallTime(text: string): WallTime | null {
  const m = pattern.exec(text.trim());
  if (!m) return null;
  const [month, day, year, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(
    (part) => Number(part ?? 0),
  ) as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second };
}

/** A date-time text in the user's zone to its instant; null when it is not one. */
export function parseLocalDateTime(text: string, timeZone: string): number | null {
  const wall = parseWallTime(text);
  return wall ? instantOf(wall, timeZone) : null;
}

/** A date text (a time part, if any, is dropped) to midnight UTC of its day. */
export function parseDateOnly(text: string): number | null {
  const wall = parseWallTime(text);
  return wall ? Date.UTC(wall.year, wall.month - 1, wall.day) : null;
}
