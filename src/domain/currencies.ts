/**
 * Currencies, pinned here rather than asked of the browser: Intl's lists differ between browsers and
 * versions, and a code one device accepts must not be refused by another. Each ISO 4217 code with
 * the number of digits its amounts are stored with (JPY 0, EUR 2, BHD 3). The digits are those of
 * the Unicode CLDR, which Chromium's and Safari's Intl use and which stored amounts were made with;
 * for a few currencies (HUF, IDR, COP, IQD...) ISO 4217 and Firefox say otherwise, so asking the
 * browser would read the same stored amount differently on another device.
 *
 * Only currencies money is paid in: funds codes (BOV, CHE, CLF...), precious metals, the SDR and the
 * testing codes (XTS, XXX) are left out. Codes withdrawn recently (HRK, SLL, ZWL, ANG, CUC) stay, so
 * older records remain valid.
 */
const DIGITS: Readonly<Record<number, string>> = {
  0:
    'AFN ALL BIF CLP COP DJF GNF HUF IDR IQD IRR ISK JPY KMF KPW KRW LAK LBP MGA MMK PKR PYG RWF SLL SOS SYP UGX VND ' +
    'VUV XAF XOF XPF YER',
  3: 'BHD JOD KWD LYD OMR TND',
  2:
    'AED AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF ' +
    'CHF CNY CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD ' +
    'HNL HRK HTG ILS INR JMD KES KGS KHR KYD KZT LKR LRD LSL MAD MDL MKD ' +
    'MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PLN QAR RON RSD RUB ' +
    'SAR SBD SCR SDG SEK SGD SHP SLE SRD SSP STN SVC SZL THB TJS TMT TOP TRY TTD TWD TZS UAH ' +
    'USD UYU UZS VED VES WST XCD XCG ZAR ZMW ZWG ZWL',
};

export const CURRENCY_DIGITS: ReadonlyMap<string, number> = new Map(
  Object.entries(DIGITS).flatMap(([digits, codes]) => codes.split(' ').map((code) => [code, Number(digits)] as const)),
);
