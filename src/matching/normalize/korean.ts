/**
 * Korean family names: the Revised Romanisation any-ascii gives ("bak", "gim", "i") against the
 * spellings people and lists use ("Park", "Kim", "Lee"). Given-name syllables keep RR.
 */
const SURNAMES: Record<string, string> = {
  gim: 'kim', i: 'lee', ri: 'lee', bak: 'park', choe: 'choi', jeong: 'jung', gang: 'kang', jo: 'cho',
  yun: 'yoon', jang: 'jang', im: 'lim', o: 'oh', seo: 'seo', sin: 'shin', gwon: 'kwon', hwang: 'hwang',
  an: 'ahn', song: 'song', yu: 'yoo', ryu: 'ryu', hong: 'hong', jeon: 'jeon', go: 'ko', mun: 'moon',
  son: 'son', yang: 'yang', bae: 'bae', baek: 'baek', heo: 'heo', nam: 'nam', sim: 'shim', no: 'roh',
  ha: 'ha', gwak: 'kwak', seong: 'sung', cha: 'cha', ju: 'joo', u: 'woo', gu: 'koo', min: 'min', na: 'na',
  jin: 'jin', eom: 'eom', chae: 'chae', won: 'won', cheon: 'chun', bang: 'bang', gong: 'kong', hyeon: 'hyun',
  ham: 'ham', yeo: 'yeo', byeon: 'byun', chu: 'choo', do: 'do', ma: 'ma', seok: 'seok', ga: 'ka',
  pyo: 'pyo', myeong: 'myung', gi: 'ki', ban: 'ban', ra: 'ra', wang: 'wang', geum: 'keum', ok: 'ok',
  yuk: 'yook', in: 'in', bag: 'park', gwag: 'kwak', yug: 'yook', gug: 'kook', seog: 'seok', baeg: 'baek', tag: 'tak', og: 'ok', maeng: 'maeng', je: 'je', mo: 'mo', tak: 'tak', guk: 'kook', eo: 'eo',
};

/** The usual English spelling of a Korean family name written in RR, or the RR itself. */
export function koreanSurname(rr: string): string {
  return SURNAMES[rr] ?? rr;
}
