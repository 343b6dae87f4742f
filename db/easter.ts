// Easter Sunday of a year, for the demo catalogue's holidays and the question parser's Easter weeks. It lives here,
// free of dependencies, because both db/ and domain/ may import from db/ (dependencies point domain → db).

/** Easter Sunday (Gregorian calendar, the anonymous algorithm): year, month (1–12) and day. */
export function easterSunday(y: number): { y: number; m: number; d: number } {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return { y, m: Math.floor((h + l - 7 * m + 114) / 31), d: ((h + l - 7 * m + 114) % 31) + 1 };
}
