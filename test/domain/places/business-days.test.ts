import { describe, expect, it } from 'vitest';
import { addBusinessDaysIn, businessDaysUntil, isBusinessDay, nextBusinessDayIn, NO_HOLIDAYS, parseHolidayData, placeKey } from '../../../src/domain/places/business-days';
import { countryFromRegion, inEccNet, isEea, isEu, regionOfCountry } from '../../../src/domain/places/countries';
import { placeOfCase } from '../../../src/domain/places/case-place';
import HOLIDAY_DATA from '../../../src/domain/places/holiday-data.json';

const T = parseHolidayData(HOLIDAY_DATA);

describe('business days by place, from the shipped holiday table', () => {
  it.each([
    // place, from, n, expected
    ['FR', '2026-11-10', 1, '2026-11-12'], // 11 Nov, Armistice
    ['GB-ENG', '2026-11-10', 1, '2026-11-11'],
    ['GB-SCT', '2026-11-27', 1, '2026-12-01'], // 30 Nov, St Andrew's Day (Scotland only)
    ['GB-ENG', '2026-11-27', 1, '2026-11-30'],
    ['GB-NIR', '2027-03-16', 1, '2027-03-18'], // 17 Mar, St Patrick's Day
    ['US', '2026-11-25', 1, '2026-11-27'], // Thanksgiving
    ['DE', '2026-10-02', 1, '2026-10-05'], // 3 Oct falls on a Saturday: just the weekend
    ['FR', '2026-12-10', 15, '2027-01-04'], // Christmas and New Year's Day
    ['GB-ENG', '2026-12-15', 15, '2027-01-08'], // 25 Dec, 28 Dec (for Boxing Day), 1 Jan
    ['FR', '2028-02-28', 1, '2028-02-29'], // leap day
    ['FR', '2027-04-30', 1, '2027-05-03'], // 1 May 2027 is a Saturday
    ['ZZ', '2026-12-24', 1, '2026-12-25'], // unknown place: weekends only
  ])('%s: %s + %i business days = %s', (place, from, n, expected) => {
    expect(addBusinessDaysIn(from, n, place, T)).toBe(expected);
  });

  it('rolls a last day off a weekend or holiday (Regulation 1182/71), not off a working day', () => {
    expect(nextBusinessDayIn('2026-05-01', 'FR', T)).toBe('2026-05-04'); // Friday 1 May, then the weekend
    expect(nextBusinessDayIn('2026-05-05', 'FR', T)).toBe('2026-05-05');
    expect(nextBusinessDayIn('2026-05-01', 'FR', NO_HOLIDAYS)).toBe('2026-05-01');
  });

  it('counts business days left, the last day included, and none once passed', () => {
    expect(businessDaysUntil('2026-11-09', '2026-11-12', 'FR', T)).toBe(2); // 10 and 12 Nov
    expect(businessDaysUntil('2026-11-12', '2026-11-12', 'FR', T)).toBe(0);
    expect(businessDaysUntil('2026-11-13', '2026-11-12', 'FR', T)).toBe(0);
    expect(isBusinessDay('2026-12-25', 'US', T)).toBe(false);
  });

  it('a UK case without a nation uses England and Wales', () => {
    expect(placeKey('GB')).toBe('GB-ENG');
    expect(placeKey('GB', 'SCT')).toBe('GB-SCT');
    expect(placeKey('FR', 'SCT')).toBe('FR');
  });
});

describe('countries', () => {
  it('derives EU, EEA and ECC-Net membership', () => {
    expect([isEu('FR'), isEea('FR'), inEccNet('FR')]).toEqual([true, true, true]);
    expect([isEu('NO'), isEea('NO'), inEccNet('NO')]).toEqual([false, true, true]);
    expect([isEu('LI'), isEea('LI'), inEccNet('LI')]).toEqual([false, true, false]);
    expect([isEu('GB'), isEea('GB'), inEccNet('GB')]).toEqual([false, false, false]);
    expect(['FR', 'GB', 'US', 'CA', 'CH'].map(regionOfCountry)).toEqual(['EU', 'UK', 'US', 'CA', 'OTHER']);
  });

  it.each([
    ['EU', 'Europe/Paris', 'FR'],
    ['EU', 'Europe/Berlin', 'DE'],
    ['EU', 'America/New_York', undefined], // ambiguous: the person is asked
    ['UK', 'Europe/Paris', 'GB'],
    ['US', 'Europe/Paris', 'US'],
    ['OTHER', 'Europe/Zurich', 'CH'],
    ['OTHER', 'Europe/Paris', undefined],
    ['', 'Europe/Paris', undefined],
  ] as const)('a record of bloc %s in %s is in %s', (region, zone, country) => {
    expect(countryFromRegion(region, zone)).toBe(country);
  });

  it('a case uses its own country, else its bloc and zone, else the home country', () => {
    const s = { homeRegion: 'EU' as const, homeCountry: 'BE' };
    expect(placeOfCase({ region: '', country: 'IT', timeZone: 'Europe/Paris' }, s).country).toBe('IT');
    expect(placeOfCase({ region: 'EU', timeZone: 'Europe/Paris' }, s).country).toBe('FR');
    expect(placeOfCase({ region: '', timeZone: 'Europe/Paris' }, s).country).toBe('BE');
    expect(placeOfCase({ region: 'EU', timeZone: 'Asia/Tokyo' }, s).country).toBe('BE');
    expect(placeOfCase({ region: '', timeZone: 'Europe/London' }, { homeRegion: 'UK', homeNation: 'SCT' })).toMatchObject({ country: 'GB', region: 'UK', nation: 'SCT', holidays: 'GB-SCT' });
  });
});
