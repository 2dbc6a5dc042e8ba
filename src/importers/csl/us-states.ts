/**
 * US state and territory postal codes, used to recognise US addresses that omit the country
 * (the Denied Persons List and the CSL print "CITY, TX, 75081" with no "US").
 */
const STATES = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH ' +
    'OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP').split(' '),
);

/** Whether a string is a US state or territory postal code ("TX", "DC", "PR"). */
export function isUsState(text: string | undefined): boolean {
  return !!text && STATES.has(text.trim().toUpperCase());
}

/** A US ZIP code: 5 digits, optionally with the +4 part; 4 digits when a leading zero was lost. */
export function isUsZip(text: string | undefined): boolean {
  return !!text && /^\d{4,5}(?:-\d{4})?$/.test(text.trim());
}
