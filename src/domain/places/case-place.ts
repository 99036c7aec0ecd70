/** Where a case is handled: the person's country (and UK nation) for this case, and the trader's. */
import type { CaseRecord, Region, Settings } from '../types';
import { countryFromRegion, isKnownCountry, OTHER_COUNTRY, regionOfCountry, type UkNation } from './countries';
import { placeKey, type PlaceKey } from './business-days';

export interface CasePlace {
  /** ISO 3166-1 alpha-2, or 'ZZ' for a country whose rules the app does not know. */
  country: string;
  nation?: UkNation;
  region: Region;
  traderCountry?: string;
  /** Whose public holidays count as non-business days. */
  holidays: PlaceKey;
}

export type PlaceSettings = Pick<Settings, 'homeRegion' | 'homeCountry' | 'homeNation'>;

/**
 * The case's own country when set, else the home country; with neither (an older record whose bloc
 * did not settle it), the bloc's country from the case's zone, else 'ZZ' within the bloc.
 */
export function placeOfCase(c: Pick<CaseRecord, 'region' | 'country' | 'traderCountry' | 'timeZone'>, s: PlaceSettings): CasePlace {
  const own = c.country && isKnownCountry(c.country) ? c.country : undefined;
  const home = s.homeCountry && isKnownCountry(s.homeCountry) ? s.homeCountry : undefined;
  const fallbackRegion = c.region || s.homeRegion;
  const country = own ?? (c.region ? countryFromRegion(c.region, c.timeZone) : undefined) ?? home ?? countryFromRegion(fallbackRegion, c.timeZone) ?? OTHER_COUNTRY;
  const region = country === OTHER_COUNTRY ? fallbackRegion : regionOfCountry(country);
  const nation = country === 'GB' ? s.homeNation : undefined;
  return { country, region, ...(nation ? { nation } : {}), ...(c.traderCountry ? { traderCountry: c.traderCountry } : {}), holidays: placeKey(country, nation) };
}
