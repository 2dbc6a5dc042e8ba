/**
 * FtM topics of a list entity, from what its list is: a sanctions list gives `sanction`, an export
 * control list `export.control`, a debarment list `debarment`. FtM files carry their own topics.
 */
import type { Entity } from '../../model/entity.js';

/** Labels FtM gives the topics Chokepoint's lists carry (facets show them). */
export const TOPIC_LABELS: Readonly<Record<string, string>> = {
  sanction: 'Sanctioned entity',
  'sanction.linked': 'Sanction-linked entity',
  'sanction.counter': 'Counter-sanctioned entity',
  'export.control': 'Export controlled',
  debarment: 'Debarred entity',
  'role.pep': 'Politician',
  crime: 'Crime',
};

/** Sub-lists of the US Consolidated Screening List by their department: Treasury lists are sanctions. */
function cslTopic(list: string): string {
  if (/Treasury/i.test(list)) return 'sanction';
  if (/Debarred/i.test(list)) return 'debarment';
  return 'export.control';
}

export function topicsOf(entity: Pick<Entity, 'source' | 'lists' | 'extra'>): string[] {
  switch (entity.source) {
    case 'ftm':
      return (entity.extra?.topics ?? '').split(/;\s*/).filter(Boolean);
    case 'us-bis-dpl':
      return ['export.control'];
    case 'us-trade-csl': {
      const topics = new Set(entity.lists.map(cslTopic));
      return topics.size ? [...topics] : ['export.control'];
    }
    default:
      return ['sanction'];
  }
}
