import { DateTime, IANAZone } from 'luxon';

/** Oracle's datetime text: `MM/DD/YYYY hh:mm:ss`, 24-hour, in the CRM user's time zone. */
const oracleDateTime = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/;
/** Oracle's date text: `MM/DD/YYYY`. */
const oracleDate = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const isoZoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const isoWallClock = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a name is a time zone of the IANA database (`America/New_York`). */
export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** An instant as Oracle's wall-clock text in `zone`. */
export function oracleFromInstant(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('MM/dd/yyyy HH:mm:ss');
}

/**
 * Oracle's wall-clock text in `zone` as a UTC instant (`…Z`), the record store's form. In the
 * hour a clock is set back the text names two instants: the earlier is taken (as Java and
 * Oracle do); in the hour it skips it names none, and is moved forward by the gap.
 */
export function instantFromOracle(text: string, zone: string): string | null {
  const m = oracleDateTime.exec(text);
  if (!m) return null;
  const [, month, day, year, hour, minute, second] = m.map(Number);
  const local = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone });
  if (!local.isValid) return null;
  const iana = IANAZone.create(zone);
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second);
  const offsets = new Set([iana.offset(wall - 86_400_000), iana.offset(wall + 86_400_000)]);
  const matching = [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter(
      (instant) => DateTime.fromMillis(instant, { zone }).toFormat('MM/dd/yyyy HH:mm:ss') === text,
    );
  const instant = matching.length ? Math.min(...matching) : local.toMillis();
  return new Date(instant).toISOString();
}

/** Oracle's wall-clock text as an ISO wall clock without zone (`2024-03-10T02:30:00`). */
export function wallClockFromOracle(text: string): string | null {
  const m = oracleDateTime.exec(text);
  return m ? `${m[3]}-${m[1]}-${m[2]}T${m[4]}:${m[5]}:${m[6]}` : null;
}

/** Oracle's date text as an ISO day. */
export function dayFromOracle(text: string): string | null {
  const m = oracleDate.exec(text) ?? oracleDateTime.exec(text);
  return m ? `${m[3]}-${m[1]}-${m[2]}` : null;
}

/**
 * A platform value for an Oracle datetime field: an instant (with `Z` or an offset) is shown in
 * the account's zone (Default); a wall clock without zone is sent as written (Without time
 * offset); Oracle's own text passes; anything else is not a datetime (null).
 */
export function oracleDateTimeFromValue(value: string, zone: string): string | null {
  if (oracleDateTime.test(value)) return value;
  if (isoZoned.test(value)) {
    const instant = DateTime.fromISO(value, { setZone: true });
    return instant.isValid ? oracleFromInstant(instant.toJSDate(), zone) : null;
  }
  const m = isoWallClock.exec(value);
  return m ? `${m[2]}/${m[3]}/${m[1]} ${m[4]}:${m[5]}:${m[6] ?? '00'}` : null;
}

/** A platform value for an Oracle date field: an ISO day or datetime (its day part), or Oracle's text. */
export function oracleDateFromValue(value: string): string | null {
  if (oracleDate.test(value)) return value;
  const m = isoDay.exec(value.slice(0, 10));
  return m ? `${m[2]}/${m[3]}/${m[1]}` : null;
}
