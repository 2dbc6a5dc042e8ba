/**
 * Errors in yente's shape: `{"detail": "..."}` with the HTTP status yente uses. Validation failures also
 * list every problem with its location, as yente does for invalid models (`errors`).
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { ERROR_CODES, isChokepointError, type ErrorCode } from '../../errors.js';

export interface ValidationItem {
  loc: (string | number)[];
  msg: string;
  type: string;
}

export class YenteError extends Error {
  constructor(readonly status: number, readonly detail: string, readonly errors?: ValidationItem[]) {
    super(detail);
    this.name = 'YenteError';
  }
}

export const badRequest = (detail: string, errors?: ValidationItem[]): YenteError => new YenteError(400, detail, errors);

export function sendDetail(reply: FastifyReply, status: number, detail: string, errors?: ValidationItem[]): FastifyReply {
  return reply.code(status).type('application/json').send(errors ? { detail, errors } : { detail });
}

/**
 * The error handler of the yente routes: their own errors, the engine's input errors and unreadable
 * bodies answer in yente's shape; anything else (a bug, a storage failure) goes on to the server's
 * handler, which logs it and answers 500.
 */
export function installYenteErrors(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, _request, reply) => {
    if (err instanceof YenteError) return sendDetail(reply, err.status, err.detail, err.errors);
    if (isChokepointError(err)) {
      const status = ERROR_CODES[err.code as ErrorCode]?.http ?? 500;
      if (status < 500) return sendDetail(reply, status, err.message);
      throw err;
    }
    // Malformed JSON, an empty body, an unsupported content type, a body too large.
    if (err.code?.startsWith('FST_ERR_CTP') || (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500)) {
      return sendDetail(reply, err.statusCode ?? 400, err.message);
    }
    throw err;
  });
}
