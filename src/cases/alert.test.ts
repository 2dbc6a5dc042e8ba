import { describe, expect, it } from 'vitest';
import { review, suppressionKey, type Alert } from './alert.js';

const alert = (decision: Alert['decision']): Alert => ({
  id: 'a1', kind: 'payment', ref: 'P1', decision, status: 'open', createdAt: '2026-11-23T10:00:00Z', detail: {},
  matches: [{ role: 'beneficiary', name: 'ACME Trading', entityId: 'us-ofac-sdn:1', entityHash: 'h1' }], reviews: [],
});
const ann = { keyId: 'key_ann', name: 'Ann' };
const bob = { keyId: 'key_bob', name: 'Bob' };
const at = '2026-11-23T11:00:00Z';

describe('alert review', () => {
  it('a hold is cleared by one analyst with a reason', () => {
    const a = review(alert('hold'), 'clear', ann, 'different company, other country', at);
    expect(a.status).toBe('cleared');
    expect(a.reviews).toEqual([{ by: 'key_ann', byName: 'Ann', action: 'clear', reason: 'different company, other country', at }]);
  });

  it('a block needs a second, different analyst (four eyes)', () => {
    const first = review(alert('block'), 'clear', ann, 'name only, dates of birth differ', at);
    expect(first.status).toBe('awaiting_second_review');
    expect(() => review(first, 'clear', ann, 'I checked it again myself', at)).toThrow(/two different analysts/);
    expect(review(first, 'clear', bob, 'confirmed: different person', at).status).toBe('cleared');
  });

  it('refuses a clearance without a real reason, and any action on a closed alert', () => {
    expect(() => review(alert('review'), 'clear', ann, 'ok', at)).toThrow(/reason/);
    const done = review(alert('review'), 'escalate', ann, 'possible front company', at);
    expect(done.status).toBe('escalated');
    expect(() => review(done, 'clear', bob, 'changed my mind on it', at)).toThrow(/already escalated/);
  });

  it('suppresses by name, entry and the entry\'s form', () => {
    const m = alert('hold').matches[0];
    expect(suppressionKey(m)).toBe(suppressionKey({ ...m, name: '  acme   TRADING ' }));
    expect(suppressionKey(m)).not.toBe(suppressionKey({ ...m, entityHash: 'h2' }));
  });
});
