/**
 * Calendar dates of the dataset ("2022-09-16"), without Intl or the time
 * zone, so that they read the same in every browser and in Node. The names
 * of months and weekdays are the UI's (src/common/ui/format.ts).
 */

export interface IsoDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a calendar date "YYYY-MM-DD"; null for anything else (including 2022-02-30). */
export function parseIsoDate(iso: string): IsoDate | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** 0 = Sunday .. 6 = Saturday, proleptic Gregorian calendar, independent of time zone. */
export function weekdayOf({ year, month, day }: IsoDate): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCDay();
}
