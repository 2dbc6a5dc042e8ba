import { describe, expect, it } from 'vitest';
import { birthDatesOf } from './birth-dates.js';

describe('birthDatesOf', () => {
  it('reads day-first dates with day precision', () => {
    expect(birthDatesOf('23.4.1956')).toEqual([{ value: '1956-04-23', precision: 'day' }]);
  });
  it('marks approximate dates circa and expands ranges', () => {
    expect(birthDatesOf('Approximately 1963')).toEqual([{ value: '1963', precision: 'year', circa: true }]);
    expect(birthDatesOf('Between 1960 and 1962 (Approximately)').map((d) => d.value)).toEqual(['1960', '1961', '1962']);
  });
  it('reads alternatives printed with slashes, "or" and calendars', () => {
    expect(birthDatesOf('1959/1960').map((d) => d.value)).toEqual(['1959', '1960']);
    expect(birthDatesOf('10.2.1983 (or 10.3.1983)').map((d) => d.value)).toEqual(['1983-02-10', '1983-03-10']);
    expect(birthDatesOf('1343 (Iranian Hijri calendar), 1964 or 1965 (Gregorian calendar)').map((d) => d.value)).toEqual(['1964', '1965']);
  });
  it('repairs spacing slips and ignores trailing particulars', () => {
    expect(birthDatesOf('8 Oct.1970')).toEqual([{ value: '1970-10-08', precision: 'day' }]);
    expect(birthDatesOf('10.8. 1960')).toEqual([{ value: '1960-08-10', precision: 'day' }]);
    expect(birthDatesOf('8.5.1967 Gender: female')).toEqual([{ value: '1967-05-08', precision: 'day' }]);
    expect(birthDatesOf('N/D')).toEqual([]);
  });
});
