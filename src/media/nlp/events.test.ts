import { describe, expect, it } from 'vitest';
import { extractEvents } from './events.js';

const one = (t: string) => extractEvents(t).map((e) => ({ type: e.type, code: e.code, actor: e.actor?.text, target: e.target?.text, voice: e.voice }));

describe('extractEvents', () => {
  it('reads the actor and target of the active voice', () => {
    expect(one('The European Union imposed sanctions on Gazprombank on Monday.')).toEqual([
      { type: 'SANCTIONS_IMPOSED', code: '163', actor: 'European Union', target: 'Gazprombank', voice: 'active' },
    ]);
  });

  it('reads them the other way round in the passive voice', () => {
    expect(one('Gazprombank was sanctioned by the United States in November.')).toEqual([
      { type: 'SANCTIONS_IMPOSED', code: '163', actor: 'United States', target: 'Gazprombank', voice: 'passive' },
    ]);
    expect(one('The companies were added to the Entity List by the Commerce Department.')[0]).toMatchObject({ type: 'ENTITY_LISTED', code: 'CP-LISTED', actor: 'Commerce Department', voice: 'passive' });
  });

  it('gives no event for a negated one, and a threat (CAMEO 1312) for a hedged one', () => {
    expect(one('The U.S. did not impose sanctions on Chinese banks.')).toEqual([]);
    expect(one('The EU will not impose an oil embargo on Russia this year.')).toEqual([]);
    expect(one('The EU may impose sanctions on Chinese banks.')).toEqual([{ type: 'SANCTIONS_THREATENED', code: '1312', actor: 'EU', target: 'Chinese banks', voice: 'active' }]);
    expect(one('President Joe Biden threatened to impose new sanctions on Iran.')[0]).toMatchObject({ type: 'SANCTIONS_THREATENED', actor: 'Joe Biden', target: 'Iran' });
  });

  it('does not read a state or an appeal as an event', () => {
    expect(one('Sanctioned Russian oligarchs have moved their yachts to Turkey.')).toEqual([]);
    expect(one('Payments to sanctioned banks are blocked from today under the law of the sea.').map((e) => e.type)).not.toContain('SANCTIONS_IMPOSED');
    expect(one('Lawmakers called on the administration to impose sanctions on ICBC.')).toEqual([]);
  });

  it('finds payments rejected by banks, with the banks as actor', () => {
    expect(one('Several Chinese banks stopped accepting yuan payments from Russian companies.')).toEqual([
      { type: 'PAYMENT_RESTRICTED', code: 'CP-PAYMENT-RESTRICTED', actor: 'Several Chinese banks', target: 'Russian companies', voice: 'active' },
    ]);
    expect(one('Up to 80% of yuan payments from Russia are now being returned by Chinese banks.')[0]).toMatchObject({ type: 'PAYMENT_RESTRICTED', actor: 'Chinese banks', target: 'Russia' });
  });

  it('finds dual-use supplies with their goods, destination and transit country', () => {
    const [e] = extractEvents('A Kazakh firm shipped CNC machine tools and ball bearings to Russia via Kyrgyzstan.');
    expect(e).toMatchObject({ type: 'DUAL_USE_SUPPLY', code: 'CP-DUALUSE', actor: { text: 'A Kazakh firm' }, target: { text: 'Russia' } });
    expect(e.via?.map((v) => v.text)).toEqual(['Kyrgyzstan']);
    expect(e.goods?.map((g) => g.text)).toEqual(['CNC machine tools', 'ball bearings']);
  });

  it('finds export bans, asset freezes and trade figures with amounts', () => {
    expect(one('Kazakh authorities banned the re-export of 106 types of goods to Russia.')[0]).toMatchObject({ type: 'EXPORT_BAN', actor: 'Kazakh authorities', target: 'Russia' });
    expect(one('Japan said it had frozen the assets of 11 Russian individuals.')[0]).toMatchObject({ type: 'ASSET_FREEZE', actor: 'Japan', target: '11 Russian individuals' });
    const [t] = extractEvents("China's exports to Russia rose 12.5% to $9.8 billion in June.");
    expect(t).toMatchObject({ type: 'TRADE_FIGURE', actor: { text: 'China' }, target: { text: 'Russia' } });
    expect(t.amounts?.map((a) => a.value)).toEqual([12.5, 9.8e9]);
  });

  it('reads lifting and delisting as easing (CAMEO 085), not as imposing', () => {
    expect(one('The United States lifted sanctions on Venezuelan oil for six months.').map((e) => [e.type, e.code])).toEqual([['SANCTIONS_EASED', '085']]);
  });
});
