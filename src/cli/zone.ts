/**
 * The machine's time zone. main.ts sets TZ=UTC so that dates in articles read the same everywhere;
 * it captures the zone first, because `schedule` runs cron in the zone of the person who set it.
 */
let machine: string | null = null;

export function captureMachineZone(): void {
  // TZ as the user wrote it (ICU may report an older alias, Asia/Calcutta for Asia/Kolkata).
  const fromEnv = process.env.TZ?.replace(/^:/, '');
  machine ??= fromEnv && isTimeZone(fromEnv) ? fromEnv : Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function machineZone(): string {
  return machine ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** 2025-12-01T09:15:00+05:30: a moment as the clock on the wall of `zone` shows it. */
export function formatInZone(date: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = get('timeZoneName').replace(/^GMT/, '') || 'Z';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}
