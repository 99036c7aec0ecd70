/**
 * Countries as ISO 3166-1 alpha-2 codes, with what the rules need to know about each: EU and EEA
 * membership, the ECC-Net (EU27, Iceland and Norway), the UK nations (bank holidays and small
 * claims differ), and the older five-bloc "region" the app stored before countries.
 */
import type { Region } from '../types';

export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;
/** EEA members outside the EU. */
export const EEA_ONLY = ['IS', 'LI', 'NO'] as const;
/** First-class countries beyond the EEA. */
export const OTHER_COUNTRIES = ['GB', 'US', 'CA', 'CH'] as const;

/** Every country the app offers, in the order of the pickers (then sorted by name in the UI). */
export const COUNTRIES: readonly string[] = [...EU_COUNTRIES, ...EEA_ONLY, ...OTHER_COUNTRIES];
/** A country outside the list above, whose own rules the app does not know. */
export const OTHER_COUNTRY = 'ZZ';

export const UK_NATIONS = ['ENG', 'WLS', 'SCT', 'NIR'] as const;
export type UkNation = (typeof UK_NATIONS)[number];

const EU = new Set<string>(EU_COUNTRIES);
const EEA = new Set<string>([...EU_COUNTRIES, ...EEA_ONLY]);

export const isEu = (country: string) => EU.has(country);
export const isEea = (country: string) => EEA.has(country);
/** ECC-Net covers the EU27, Iceland and Norway (not Liechtenstein, not the UK). */
export const inEccNet = (country: string) => EU.has(country) || country === 'IS' || country === 'NO';
export const isKnownCountry = (country: string) => country === OTHER_COUNTRY || COUNTRIES.includes(country);

/** The bloc a country belongs to, for the parts of the app that still speak in blocs (paper size). */
export function regionOfCountry(country: string): Region {
  if (isEea(country)) return 'EU';
  if (country === 'GB') return 'UK';
  if (country === 'US' || country === 'CA') return country;
  return 'OTHER';
}

/** The country of an IANA zone, for the zones that name one country. */
const ZONE_COUNTRY: Record<string, string> = {
  'Europe/Vienna': 'AT', 'Europe/Brussels': 'BE', 'Europe/Sofia': 'BG', 'Europe/Zagreb': 'HR', 'Asia/Nicosia': 'CY', 'Europe/Nicosia': 'CY',
  'Asia/Famagusta': 'CY', 'Europe/Prague': 'CZ', 'Europe/Copenhagen': 'DK', 'Europe/Tallinn': 'EE', 'Europe/Helsinki': 'FI', 'Europe/Paris': 'FR',
  'Europe/Berlin': 'DE', 'Europe/Busingen': 'DE', 'Europe/Athens': 'GR', 'Europe/Budapest': 'HU', 'Europe/Dublin': 'IE', 'Europe/Rome': 'IT',
  'Europe/Riga': 'LV', 'Europe/Vilnius': 'LT', 'Europe/Luxembourg': 'LU', 'Europe/Malta': 'MT', 'Europe/Amsterdam': 'NL', 'Europe/Warsaw': 'PL',
  'Europe/Lisbon': 'PT', 'Atlantic/Madeira': 'PT', 'Atlantic/Azores': 'PT', 'Europe/Bucharest': 'RO', 'Europe/Bratislava': 'SK',
  'Europe/Ljubljana': 'SI', 'Europe/Madrid': 'ES', 'Atlantic/Canary': 'ES', 'Africa/Ceuta': 'ES', 'Europe/Stockholm': 'SE',
  'Atlantic/Reykjavik': 'IS', 'Europe/Vaduz': 'LI', 'Europe/Oslo': 'NO', 'Europe/Zurich': 'CH', 'Europe/London': 'GB', 'Europe/Belfast': 'GB',
  'America/Toronto': 'CA', 'America/Vancouver': 'CA', 'America/Montreal': 'CA', 'America/Edmonton': 'CA', 'America/Winnipeg': 'CA',
  'America/Halifax': 'CA', 'America/St_Johns': 'CA', 'America/Regina': 'CA', 'America/Moncton': 'CA', 'America/Whitehorse': 'CA',
  'America/New_York': 'US', 'America/Chicago': 'US', 'America/Denver': 'US', 'America/Los_Angeles': 'US', 'America/Phoenix': 'US',
  'America/Anchorage': 'US', 'Pacific/Honolulu': 'US', 'America/Detroit': 'US', 'America/Boise': 'US', 'America/Indiana/Indianapolis': 'US',
};

export function countryOfZone(timeZone: string): string | undefined {
  return ZONE_COUNTRY[timeZone];
}

/**
 * The country an older record's bloc and zone point to, or undefined when they do not settle it (an
 * "EU" case opened in a zone outside the EU, say): then the person is asked.
 */
export function countryFromRegion(region: Region | '', timeZone: string): string | undefined {
  const fromZone = countryOfZone(timeZone);
  switch (region) {
    case 'UK':
      return 'GB';
    case 'US':
    case 'CA':
      return region;
    case 'EU':
      return fromZone && isEea(fromZone) ? fromZone : undefined;
    case 'OTHER':
      return fromZone && regionOfCountry(fromZone) === 'OTHER' ? fromZone : undefined;
    default:
      return undefined;
  }
}

/** The UK nation of a zone: only Northern Ireland's legacy zone names one. */
export function nationOfZone(timeZone: string): UkNation | undefined {
  return timeZone === 'Europe/Belfast' ? 'NIR' : undefined;
}
