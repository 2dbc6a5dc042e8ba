/** zod validation whose failure is a 400 naming the field path of the first problem. */
import type { z } from 'zod';
import { badRequest, type ValidationItem } from './errors.js';

export function validate<T extends z.ZodType>(schema: T, input: unknown, root: readonly string[] = []): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const errors: ValidationItem[] = r.error.issues.map((i) => ({
    loc: [...root, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    msg: i.message,
    type: i.code,
  }));
  const first = errors[0];
  const where = first.loc.length ? first.loc.join('.') : 'body';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  throw badRequest(`${where}: ${first.msg}${more}`, errors);
}
