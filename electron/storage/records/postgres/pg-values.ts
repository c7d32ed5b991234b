import pg from 'pg';

/**
 * PostgreSQL hands dates back as JS Date objects and int8 as text; the record store wants the
 * same ISO text and numbers SQLite gives. Sessions run in UTC (see postgres-executor.ts).
 */
const oids = { int8: 20, date: 1082, time: 1083, timestamp: 1114, timestamptz: 1184 } as const;

function isoFraction(fraction: string | undefined): string {
  return (fraction ?? '.000').padEnd(4, '0').slice(0, 4);
}

export function timestamptzToIso(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)?\+00$/.exec(text);
  return m ? `${m[1]}T${m[2]}${isoFraction(m[3])}Z` : new Date(text).toISOString();
}

export const recordStoreTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    switch (oid) {
      case oids.int8:
        return (text: string) => Number(text);
      case oids.date:
      case oids.time:
        return (text: string) => text;
      case oids.timestamp:
        return (text: string) => text.replace(' ', 'T');
      case oids.timestamptz:
        return timestamptzToIso;
      default:
        return pg.types.getTypeParser(oid, format ?? 'text');
    }
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** The connection string with its password masked, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable connection string)';
  }
}
