/**
 * One catalogue of error codes. The core throws `ChokepointError` with a code; the CLI maps codes to
 * exit codes and the API to HTTP statuses, each in one place.
 */
export const ERROR_CODES = {
  INVALID_INPUT: { exit: 2, http: 400 },
  MALFORMED_FILE: { exit: 3, http: 422 },
  UNKNOWN_FORMAT: { exit: 3, http: 422 },
  NOT_FOUND: { exit: 4, http: 404 },
  FETCH_FAILED: { exit: 5, http: 502 },
  STORE_FAILED: { exit: 6, http: 500 },
  UNAUTHORIZED: { exit: 7, http: 401 },
  FORBIDDEN: { exit: 7, http: 403 },
  RATE_LIMITED: { exit: 8, http: 429 },
  UNAVAILABLE: { exit: 9, http: 503 },
  CONFLICT: { exit: 10, http: 409 },
  INTERNAL: { exit: 1, http: 500 },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Where in an input file a problem sits. */
export interface Location {
  file?: string;
  line?: number;
  field?: string;
}

export class ChokepointError extends Error {
  readonly code: ErrorCode;
  readonly location: Location;

  constructor(code: ErrorCode, message: string, location: Location = {}, options?: { cause?: unknown }) {
    super(formatMessage(message, location), options);
    this.name = 'ChokepointError';
    this.code = code;
    this.location = location;
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.location };
  }
}

function formatMessage(message: string, { file, line, field }: Location): string {
  const where = [file, line !== undefined ? `line ${line}` : undefined, field ? `field '${field}'` : undefined]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${message}` : message;
}

/** A malformed input file: always says which file, and the line and field where known. */
export function malformed(message: string, location: Location): ChokepointError {
  return new ChokepointError('MALFORMED_FILE', message, location);
}

export function isChokepointError(e: unknown): e is ChokepointError {
  return e instanceof ChokepointError;
}
