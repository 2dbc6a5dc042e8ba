import { describe, expect, it } from 'vitest';
import { amountProblem, bicCountry, currencyProblem, isBic, isValidIban, minorUnits } from './codes.js';

describe('payment codes', () => {
  it('checks BIC shape and takes the country from characters 5-6', () => {
    expect(isBic('SABRRUMM')).toBe(true);
    expect(isBic('ICBKCNBJAHI')).toBe(true);
    expect(isBic('INVALID')).toBe(false);
    expect(isBic('SABRRUMMXX')).toBe(false);
    expect(bicCountry('KICBKG22')).toBe('KG');
  });

  it('validates IBAN check digits', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('GB29NWBK60161331926819')).toBe(true);
    expect(isValidIban('GB29NWBK60161331926818')).toBe(false);
  });

  it('refuses unknown and commodity currencies and too many decimals', () => {
    expect(currencyProblem('EUR')).toBeUndefined();
    expect(currencyProblem('XYZ')).toMatch(/ISO 4217/);
    expect(currencyProblem('XAU')).toMatch(/commodity/);
    expect(minorUnits('JPY')).toBe(0);
    expect(amountProblem('100.50', 'JPY')).toMatch(/JPY allows 0/);
    expect(amountProblem('100.00', 'JPY')).toBeUndefined();
    expect(amountProblem('1.234', 'KWD')).toBeUndefined();
    expect(amountProblem('1e5', 'EUR')).toMatch(/not a decimal/);
  });
});
