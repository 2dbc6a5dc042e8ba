/** The screening form's text fields turned into a POST /v1/screen body, or the first field at fault. */
import type { ScreenRequest } from './api-types';
import type { ScreenForm } from './screening-memory';

export type FormCheck = { ok: true; request: ScreenRequest } | { ok: false; field: keyof ScreenForm; message: string };

/** "RU, IR;KP" -> ["RU", "IR", "KP"]. */
export const splitList = (text: string): string[] =>
  text.split(/[,;\n]/).map((part) => part.trim()).filter((part) => part.length > 0);

export function toScreenRequest(form: ScreenForm): FormCheck {
  const name = form.name.trim();
  if (!name) return { ok: false, field: 'name', message: 'Enter the name to screen.' };
  const request: ScreenRequest = { name };
  if (form.schema) request.schema = form.schema;
  if (form.gender) request.gender = form.gender;
  const birthDate = form.birthDate.trim();
  if (birthDate) {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(birthDate)) {
      return { ok: false, field: 'birthDate', message: 'Write the birth date as YYYY, YYYY-MM or YYYY-MM-DD.' };
    }
    request.birthDate = birthDate;
  }
  const countries = splitList(form.countries);
  if (countries.length) request.countries = countries;
  const identifiers = splitList(form.identifiers);
  if (identifiers.length) request.identifiers = identifiers;
  if (form.threshold.trim()) {
    const threshold = Number(form.threshold);
    if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
      return { ok: false, field: 'threshold', message: 'The threshold is a number from 0 to 1.' };
    }
    request.threshold = threshold;
  }
  if (form.limit.trim()) {
    const limit = Number(form.limit);
    if (!Number.isInteger(limit) || limit < 1) return { ok: false, field: 'limit', message: 'The limit is a whole number of at least 1.' };
    request.limit = limit;
  }
  return { ok: true, request };
}
