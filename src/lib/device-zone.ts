/** The device's IANA time zone: where "today" is for the person holding it. */
export function deviceZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
