/**
 * The currencies the Equaticket emulator accepts: Equaticket documents lowercase ISO 4217 codes (`"usd"`). This is the
 * ISO 4217 list of current currencies, written here for the emulator (not shared with the adapter), without the
 * codes that are not money a ticket can be priced in (precious metals, bond-market units, special drawing rights, the
 * testing and "no currency" codes).
 */
const ISO_4217 = `
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE
CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ
GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD
MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG
QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD
TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL`;

const CODES: ReadonlySet<string> = new Set(ISO_4217.trim().split(/\s+/).map((code) => code.toLowerCase()));

/** Whether `code` is a current ISO 4217 currency code, written in lowercase as Equaticket's wire has it. */
export function isLowercaseCurrency(code: string): boolean {
  return CODES.has(code);
}
