/** Shapes of the adverse-media API answers the console reads. */
export interface MediaEvent {
  type: string;
  code: string;
  cameo?: string;
  label: string;
  sentence: string;
  trigger: string;
  actor?: string;
  target?: string;
  via?: string[];
  goods?: { text: string; hs6?: string; chplTier?: string }[];
  hedged: boolean;
}

export interface MediaLink {
  key: string;
  mention: string;
  kind: string;
  verdict: 'listed' | 'not-listed' | 'unresolved' | 'not-screened';
  statement: string;
  match?: { entityId: string; source: string; name: string; score: number; programs: string[]; explanation: string };
  bank?: { bic: string; name: string; country: string };
  sentences: string[];
  events: number[];
}

export interface MediaArticleRef {
  id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  copies: { id: string; source: string | null; url: string | null }[];
}

export interface EntityMedia {
  id: string;
  caption: string | null;
  items: { article: MediaArticleRef; link: MediaLink; events: MediaEvent[] }[];
}

export interface MediaArticleSummary {
  id: string;
  source: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  links: number;
  listed: number;
  events: number;
}

export interface MediaArticle extends Omit<MediaArticleRef, 'copies'> {
  text: string;
  links: MediaLink[];
  events: MediaEvent[];
  copies: { id: string; source: string | null; url: string | null }[];
}
