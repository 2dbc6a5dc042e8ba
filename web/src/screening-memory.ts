/**
 * The last screening of this tab (form and result), kept in memory so that going to a hit's entity
 * page and back does not screen again (each screening is an audit record). Forgotten at sign-out.
 */
import type { ScreenResponse } from './api-types';

export interface ScreenForm {
  name: string;
  schema: '' | 'Person' | 'Organization' | 'Vessel' | 'Aircraft';
  birthDate: string;
  countries: string;
  identifiers: string;
  gender: '' | 'male' | 'female';
  threshold: string;
  limit: string;
}

export const EMPTY_FORM: ScreenForm = {
  name: '', schema: '', birthDate: '', countries: '', identifiers: '', gender: '', threshold: '', limit: '',
};

let last: { form: ScreenForm; result?: ScreenResponse } = { form: EMPTY_FORM };

export const rememberedScreening = () => last;

export function rememberScreening(form: ScreenForm, result?: ScreenResponse): void {
  last = { form, result };
}

export function forgetScreening(): void {
  last = { form: EMPTY_FORM };
}
