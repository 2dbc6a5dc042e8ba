/**
 * Mutations of the request line: path parameters (dot segments, encoded slashes, long segments,
 * broken percent-encoding, unicode), query strings (wrong types, out of range, unknown and
 * prototype-polluting names, broken syntax), and methods the path does not accept.
 */
import { methodsOf, typeOf, type OpenApiDocument, type Operation, type Param } from './openapi.js';
import { fillPath, queryString, validBody, validQuery, validShape } from './request-parts.js';
import type { Mutation } from './types.js';

/** Raw (already percent-encoded) path segments, by family. */
const PATH_VALUES: Record<string, [string, string][]> = {
  'path-empty': [['empty', '']],
  'path-dotdot': [['dot', '.'], ['dotdot', '..'], ['encoded-dotdot', '%2e%2e'], ['dotdot-slashes', '../../../etc/passwd'], ['encoded-traversal', '..%2f..%2fv1%2fkeys'], ['double-encoded', '%252e%252e%252f']],
  'path-encoded-slash': [['encoded-slash', 'a%2Fb'], ['only-slash', '%2F'], ['double-slash', '%2f%2f'], ['backslash', 'a%5Cb'], ['trailing-slash', 'a%2F']],
  'path-unicode': [['nul', 'a%00b'], ['only-nul', '%00'], ['lone-surrogate-utf8', '%ED%A0%80'], ['emoji', '%F0%9F%98%80'], ['rtl-override', '%E2%80%AEabc'], ['invalid-utf8', '%FF%FE'], ['overlong-utf8', '%C0%AF'], ['truncated-escape', '%'], ['bad-escape', '%zz'], ['ms-unicode-escape', '%u0041'], ['raw-latin1-byte', '\u00ff'], ['bom', '%EF%BB%BF'], ['zero-width', '%E2%80%8B']],
  'path-type': [['negative', '-1'], ['zero', '0'], ['overflow', '1e999'], ['nan', 'NaN'], ['null', 'null'], ['undefined', 'undefined'], ['array', '%5B%5D'], ['object', '%7B%7D'], ['sql', "'%20OR%201=1--"], ['html', '%3Cscript%3E'], ['glob', '*'], ['semicolon', 'a;b=c']],
};

function pathMutations(doc: OpenApiDocument, op: Operation, param: Param): Mutation[] {
  const out: Mutation[] = [];
  const rest = queryString(validQuery(doc, op));
  const base = (kind: string, label: string, raw: string, mayReset = false): Mutation => ({
    operation: op.id, kind, target: 'path', label: `path.${param.name}=${label}`, mayReset,
    build: () => ({ method: op.method, path: fillPath(doc, op, { [param.name]: raw }) + rest, ...validBody(doc, op) }),
  });
  for (const [kind, values] of Object.entries(PATH_VALUES)) for (const [label, raw] of values) out.push(base(kind, label, raw));
  if (param.schema.maxLength !== undefined) out.push(base('path-long', 'above-maxLength', 'a'.repeat(param.schema.maxLength + 1)));
  out.push(base('path-long', 'segment-5k', 'a'.repeat(5000)), base('path-long', 'segment-100k', 'a'.repeat(100_000), true));
  return out;
}

function queryValues(param: Param): Record<string, [string, string][]> {
  const s = param.schema;
  const numeric = typeOf(s) === 'integer' || typeOf(s) === 'number';
  const range: [string, string][] = numeric
    ? [['negative', '-1'], ['zero', '0'], ['overflow', '1e999'], ['digits-400', '9'.repeat(400)], ['nan', 'NaN'], ['infinity', 'Infinity'], ['minus-zero', '-0'], ['hex', '0x10'], ['fraction', '1.5'], ['padded', '%201%20'], ['plus', '%2B1'], ['exponent', '1e3']]
    : [['empty', ''], ['blank', '%20%20'], ['length-5k', 'a'.repeat(5000)]];
  if (typeof s.minimum === 'number') range.push(['below-minimum', String(s.minimum - 1)]);
  if (typeof s.maximum === 'number') range.push(['above-maximum', String(s.maximum + 1)]);
  if (s.maxLength !== undefined) range.push(['above-maxLength', 'a'.repeat(s.maxLength + 1)]);
  if (s.enum?.length) range.push(['not-in-enum', 'NotAnOption']);
  return {
    'query-wrong-type': [['word', 'abc'], ['boolean', 'true'], ['array', '%5B1%5D'], ['object', '%7B%22a%22%3A1%7D'], ['null', 'null'], ['empty', '']],
    'query-out-of-range': range,
    'query-unicode': [['nul', '%00'], ['lone-surrogate-utf8', '%ED%A0%80'], ['invalid-utf8', '%FF'], ['truncated-escape', '%'], ['bad-escape', '%zz'], ['rtl-override', '%E2%80%AE1'], ['emoji', '%F0%9F%98%80'], ['fullwidth-digit', '%EF%BC%91']],
  };
}

function queryMutations(doc: OpenApiDocument, op: Operation, param: Param): Mutation[] {
  const others = validQuery(doc, op).filter(([k]) => k !== param.name);
  const path = fillPath(doc, op);
  const one = (kind: string, label: string, pairs: [string, string | null][], mayReset = false): Mutation => ({
    operation: op.id, kind, target: 'query', label: `query.${param.name}=${label}`, mayReset,
    build: () => ({ method: op.method, path: path + queryString([...others, ...pairs]), ...validBody(doc, op) }),
  });
  const out: Mutation[] = [];
  for (const [kind, values] of Object.entries(queryValues(param))) for (const [label, raw] of values) out.push(one(kind, label, [[param.name, raw]]));
  out.push(
    one('query-wrong-type', 'repeated', [[param.name, '1'], [param.name, '2']]),
    one('query-wrong-type', 'brackets', [[`${param.name}[]`, '1']]),
    one('query-wrong-type', 'nested-brackets', [[`${param.name}[a][b]`, '1']]),
    one('query-wrong-type', 'no-value', [[param.name, null]]),
    one('query-long', 'value-100k', [[param.name, 'a'.repeat(100_000)]], true),
  );
  return out;
}

/** Query strings any operation may get: unknown names, prototype names, broken syntax. */
function querySyntaxMutations(doc: OpenApiDocument, op: Operation): Mutation[] {
  const path = fillPath(doc, op);
  const valid = queryString(validQuery(doc, op));
  const sep = valid ? '&' : '?';
  const cases: [string, string, string][] = [
    ['query-unknown', 'unknown-name', 'zzz=1'],
    ['query-unknown', 'proto', '__proto__=1'],
    ['query-unknown', 'proto-brackets', '__proto__[admin]=true'],
    ['query-unknown', 'constructor-prototype', 'constructor[prototype][admin]=true'],
    ['query-unknown', 'object-method-names', 'toString=1&hasOwnProperty=1&valueOf=1'],
    ['query-malformed', 'ampersands', '&&&'],
    ['query-malformed', 'empty-name', '=1'],
    ['query-malformed', 'double-equals', 'a==b'],
    ['query-malformed', 'bare-percent', '%'],
    ['query-malformed', 'semicolons', 'a=1;b=2'],
    ['query-malformed', 'encoded-name-nul', '%00=1'],
    ['query-malformed', 'params-1500', Array.from({ length: 1500 }, (_, i) => `p${i}=1`).join('&')],
    ['query-malformed', 'second-question-mark', '?a=1?b=2'],
    ['query-malformed', 'fragment', 'a=1#frag'],
  ];
  return cases.map(([kind, label, raw]) => ({
    operation: op.id, kind, target: 'query' as const, label: `query:${label}`,
    build: () => ({ ...validShape(doc, op), path: `${path}${valid}${sep}${raw}` }),
  }));
}

const OTHER_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'SEARCH'];

/** Methods a path does not answer, and a method Node's HTTP parser does not know. */
export function methodMutations(doc: OpenApiDocument, ops: Operation[], path: string): Mutation[] {
  const accepted = methodsOf(doc, path);
  // Fastify answers HEAD wherever it answers GET.
  if (accepted.includes('GET')) accepted.push('HEAD');
  const op = ops.find((o) => o.path === path)!;
  const shape = validShape(doc, op);
  const mutation = (method: string, kind: string, mayReset: boolean): Mutation => ({
    operation: path, kind, target: 'method', label: `method=${method}`, mayReset,
    build: () => ({ ...shape, method }),
  });
  return [
    ...OTHER_METHODS.filter((m) => !accepted.includes(m)).map((m) => mutation(m, 'method-not-allowed', false)),
    mutation('FOO', 'method-unknown', true),
  ];
}

export function requestMutations(doc: OpenApiDocument, op: Operation): Mutation[] {
  return [
    ...op.pathParams.flatMap((p) => pathMutations(doc, op, p)),
    ...op.queryParams.flatMap((p) => queryMutations(doc, op, p)),
    ...querySyntaxMutations(doc, op),
  ];
}
