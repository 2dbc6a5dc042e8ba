/**
 * Mutations of the body as a whole: invalid or truncated JSON, bytes that are not UTF-8, an empty
 * body, JSON that is not an object, the wrong Content-Type, bodies just over the endpoint's limit,
 * thousands of nesting levels; and bodies sent to operations that take none.
 */
import { nested, serialize } from './garbage.js';
import type { OpenApiDocument, Operation } from './openapi.js';
import { fillPath, formEncode, queryString, validQuery } from './request-parts.js';
import { validValue } from './schema-values.js';
import type { BodyLimitOf, Mutation, Shape } from './types.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');

export function bodyMutations(doc: OpenApiDocument, op: Operation, bodyLimitOf: BodyLimitOf): Mutation[] {
  const path = fillPath(doc, op) + queryString(validQuery(doc, op));
  const shape = (body: Buffer | undefined, contentType: string | undefined): Shape => ({
    method: op.method, path, headers: contentType === undefined ? {} : { 'content-type': contentType }, ...(body ? { body } : {}),
  });
  const out: Mutation[] = [];
  const add = (kind: string, label: string, build: Mutation['build'], extra: Partial<Mutation> = {}) =>
    out.push({ operation: op.id, kind, target: kind === 'content-type' ? 'content-type' : 'body', label: `body:${label}`, build, ...extra });

  if (!op.body) {
    // An operation without a body gets one anyway.
    add('body-unexpected', 'json-object', () => shape(utf8('{"a":1}'), 'application/json'));
    add('body-unexpected', 'invalid-json', () => shape(utf8('{"a":'), 'application/json'));
    add('body-unexpected', 'text', () => shape(utf8('hello'), 'text/plain'));
    return out;
  }
  const json = op.body.format === 'json';
  const valid = json ? serialize(validValue(doc, op.body.schema)) : op.body.format === 'form' ? formEncode(validValue(doc, op.body.schema)) : 'x';
  const own = op.body.contentType;
  const withOwn = (text: string | Buffer) => () => shape(typeof text === 'string' ? utf8(text) : text, own);

  if (json) {
    add('body-invalid-json', 'truncated', (rng) => {
      const cut = rng.int(1, Math.max(1, valid.length - 1));
      return { ...shape(utf8(valid.slice(0, cut)), own), variant: `cut=${cut}` };
    });
    const invalid: [string, string | Buffer][] = [
      ['trailing-comma', `${valid.slice(0, -1)},}`], ['single-quotes', valid.replace(/"/g, "'")], ['unquoted-keys', valid.replace(/"([^"]+)":/g, '$1:')],
      ['nan-literal', '{"x":NaN}'], ['comment', `/* c */${valid}`], ['extra-brace', `${valid}}`], ['two-documents', `${valid}${valid}`],
      ['undefined', 'undefined'], ['invalid-escape', '{"a":"\\x41"}'], ['short-unicode-escape', '{"a":"\\u12"}'], ['raw-newline-in-string', '{"a":"x\ny"}'],
      ['garbage-after', `${valid} trailing`], ['only-brace', '{'], ['bom-prefix', `\ufeff${valid}`],
      ['invalid-utf8', Buffer.concat([utf8('{"a":"'), Buffer.from([0xff, 0xfe, 0xfd]), utf8('"}')])],
      ['lone-surrogate-utf8', Buffer.concat([utf8(valid.slice(0, -1) + ',"zz":"'), Buffer.from([0xed, 0xa0, 0x80]), utf8('"}')])],
      ['overlong-utf8', Buffer.concat([utf8('{"a":"'), Buffer.from([0xc0, 0xaf]), utf8('"}')])],
      ['duplicate-keys', valid.length > 2 ? `${valid.slice(0, -1)},${valid.slice(1)}` : '{"a":1,"a":2}'],
    ];
    for (const [label, text] of invalid) add('body-invalid-json', label, withOwn(text));
    for (const [label, text] of [['string', '"a string"'], ['number', '42'], ['boolean', 'true'], ['null', 'null'], ['empty-array', '[]'], ['array-of-body', `[${valid}]`], ['overflow-number', '1e999']]) {
      add('body-not-object', label, withOwn(text));
    }
    add('body-deep-nesting', 'root', (rng) => {
      const depth = rng.pick([1000, 10_000, 100_000]);
      const form = rng.pick(['array', 'object'] as const);
      return { ...shape(utf8(nested(depth, form).text), own), variant: `${form} depth=${depth}` };
    });
    add('body-many-keys', 'keys-10k', withOwn(`{${Array.from({ length: 10_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`));
  }

  add('body-empty', 'empty', withOwn(''));
  add('body-empty', 'whitespace', withOwn(' \n\t '));
  add('body-empty', 'no-body-no-type', () => shape(undefined, undefined));
  add('body-empty', 'no-body-with-type', () => shape(undefined, own));

  const multipart = `--xyz\r\nContent-Disposition: form-data; name="json"\r\n\r\n${valid}\r\n--xyz--\r\n`;
  const types: [string, string | undefined, string | Buffer][] = [
    ['text-plain', 'text/plain', valid], ['multipart', 'multipart/form-data; boundary=xyz', multipart], ['xml', 'application/xml', '<?xml version="1.0"?><screen><name>x</name></screen>'],
    ['form', 'application/x-www-form-urlencoded', 'name=x&limit=abc'], ['json-as-form', 'application/x-www-form-urlencoded', valid], ['octet-stream', 'application/octet-stream', valid],
    ['utf16-json', 'application/json; charset=utf-16', Buffer.from(valid, 'utf16le')], ['latin1-charset', 'application/json; charset=latin1', valid],
    ['garbage-type', 'a/b/c;;;=', valid], ['empty-type', '', valid], ['missing-type', undefined, valid], ['uppercase-json', 'APPLICATION/JSON', valid],
    ['json-suffix', 'application/vnd.api+json', valid], ['type-list', 'application/json, text/plain', valid], ['wildcard', '*/*', valid],
  ];
  for (const [label, type, body] of types) if (type !== own) add('content-type', label, () => shape(typeof body === 'string' ? utf8(body) : body, type));

  const limit = bodyLimitOf(op);
  const head = json ? '{"name":"' : 'name=';
  const tail = json ? '"}' : '';
  const big = limit > 8 * 1024 * 1024;
  add('body-oversize', 'over-limit', (rng) => {
    const extra = rng.int(1, 4096);
    const length = limit + extra;
    // A large limit is exceeded by a declared length and streamed until the server answers.
    const body = big ? { length, declared: true, head, fill: 'a', tail } : Buffer.from(head + 'a'.repeat(length - head.length - tail.length) + tail);
    return { method: op.method, path, headers: { 'content-type': own }, body, variant: `${length} bytes, limit ${limit}` };
  }, { mayReset: true, heavy: big });
  if (!big) {
    add('body-oversize', 'over-limit-chunked', (rng) => {
      const length = limit + rng.int(1, 4096);
      return { method: op.method, path, headers: { 'content-type': own }, body: { length, declared: false, head, fill: 'a', tail }, variant: `${length} bytes chunked, limit ${limit}` };
    }, { mayReset: true });
  }
  return out;
}
