/**
 * One error shape for every failure: {"error": {"code", "message", "field"?}}. Validation errors name
 * the field path ("body.queries.3.name"); anything unexpected is a 500 that is logged, never a crash.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_CODES, isChokepointError, type ErrorCode } from '../errors.js';

export interface ApiError {
  code: string;
  message: string;
  field?: string;
}

export function sendError(reply: FastifyReply, status: number, error: ApiError): FastifyReply {
  return reply.code(status).type('application/json').send({ error });
}

/** "/queries/3/name" in the body -> "body.queries.3.name". */
function fieldPath(context: string | undefined, instancePath: string, extra?: string): string {
  const parts = [context ?? 'body', ...instancePath.split('/').filter(Boolean)];
  if (extra) parts.push(extra);
  return parts.join('.');
}

function validationError(err: FastifyError & { validation: { keyword: string; instancePath: string; message?: string; params?: { keys?: string[] } }[]; validationContext?: string }): ApiError {
  const first = err.validation[0];
  // An unknown field is named itself, not its parent object.
  const keys = first?.keyword === 'unrecognized_keys' ? first.params?.keys : undefined;
  const extra = keys?.length ? keys[0] : undefined;
  const field = fieldPath(err.validationContext, first?.instancePath ?? '', extra);
  const message = extra ? `unknown field '${extra}'` : (first?.message ?? 'invalid value');
  const more = err.validation.length > 1 ? ` (and ${err.validation.length - 1} more problem${err.validation.length > 2 ? 's' : ''})` : '';
  return { code: 'INVALID_INPUT', message: `${field}: ${message}${more}`, field };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(err)) return sendError(reply, 400, validationError(err as never));
    if (isChokepointError(err)) {
      const status = ERROR_CODES[err.code as ErrorCode]?.http ?? 500;
      if (status >= 500) request.log.error({ err }, 'request failed');
      return sendError(reply, status, { code: err.code, message: err.message, ...(err.location.field ? { field: err.location.field } : {}) });
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status === 413) return sendError(reply, 413, { code: 'INVALID_INPUT', message: `request body is larger than this endpoint accepts (${err.message})`, field: 'body' });
    if (status === 415) return sendError(reply, 415, { code: 'INVALID_INPUT', message: err.message, field: 'content-type' });
    if (status >= 400 && status < 500) {
      // Malformed JSON, an empty body, a bad content type...: the client's fault, said plainly.
      const field = err.code?.startsWith('FST_ERR_CTP') || err instanceof SyntaxError ? 'body' : undefined;
      return sendError(reply, status, { code: status === 404 ? 'NOT_FOUND' : 'INVALID_INPUT', message: err.message, ...(field ? { field } : {}) });
    }
    request.log.error({ err }, 'request failed');
    return sendError(reply, 500, { code: 'INTERNAL', message: 'internal error: the request was not completed; it has been logged' });
  });
}
