/**
 * Trade-diversion analytics over HTTP: each analysis with its parameters, and the whole report with its
 * Vega-Lite chart specs (the console renders them). Answers 404 until trade statistics are imported.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChokepointError } from '../../errors.js';
import type { TradeService } from '../../service/trade.js';
import type { PublishedFigure } from '../../trade/reference.js';
import { ANALYSTS } from '../auth.js';
import { ErrorResponse } from '../schemas.js';

export interface TradeDeps {
  /** Undefined when no trade statistics are imported. */
  trade?: TradeService;
  /** published_figures.csv, for the report's calibration table. */
  references: readonly PublishedFigure[];
}

const Year = z.coerce.number().int().min(1990).max(2100);
/** A comma-separated list of ISO 3166 alpha-2 country codes. */
const Countries = z
  .string()
  .regex(/^[A-Za-z]{2}(,[A-Za-z]{2})*$/, 'comma-separated two-letter country codes, e.g. KG,KZ,AM')
  .transform((s) => s.toUpperCase().split(','));
const Bool = z.enum(['true', 'false']).transform((s) => s === 'true');
const NonNegative = z.coerce.number().min(0);

const Period = { baseline: Year.optional().describe('baseline year (default 2021)'), year: Year.optional().describe('comparison year (default 2022)') };
const Result = { 200: z.any(), 400: ErrorResponse, 404: ErrorResponse };

export function registerTradeRoutes(app: FastifyInstance, deps: TradeDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const trade = (): TradeService => {
    if (!deps.trade) throw new ChokepointError('NOT_FOUND', 'no trade statistics are loaded: run `chokepoint trade import` (or `chokepoint up`), then restart the server');
    return deps.trade;
  };
  const years = (q: { baseline?: number; year?: number }) => {
    if (q.baseline !== undefined && q.year !== undefined && q.baseline >= q.year) throw new ChokepointError('INVALID_INPUT', `baseline ${q.baseline} must come before year ${q.year}`, { field: 'querystring.baseline' });
    return { baselineYear: q.baseline, comparisonYear: q.year };
  };
  const tags = ['trade'];

  r.get('/v1/trade/coverage', {
    config: { roles: ANALYSTS },
    schema: { tags, summary: 'The trade datasets loaded (rows, periods, currency) and the imports', response: Result },
  }, async () => ({ coverage: await trade().coverage(), imports: await trade().imports() }));

  r.get('/v1/trade/report', {
    config: { roles: ANALYSTS },
    schema: {
      tags,
      summary: 'Every analysis (growth, monthly index, substitution, mirror gap, surges, watchlist, hub flows, calibration against published figures) with Vega-Lite chart specs',
      querystring: z.object({ ...Period, transit: Countries.optional().describe('transit countries (default AM,GE,KZ,KG,UZ)') }),
      response: Result,
    },
  }, async (request) => trade().analyses({ ...years(request.query), transit: request.query.transit }, deps.references));

  r.get('/v1/trade/growth', {
    config: { roles: ANALYSTS },
    schema: {
      tags,
      summary: 'Exports in the comparison period as a multiple of the baseline, by destination and product group',
      querystring: z.object({
        ...Period,
        partners: Countries.optional().describe('destinations (default RU and the transit countries)'),
        grouping: z.enum(['chpl-tier', 'chpl', 'hs6', 'all-goods']).optional(),
        chplOnly: Bool.optional(),
      }),
      response: Result,
    },
  }, async (request) => {
    const q = request.query;
    return trade().growth({ ...years(q), partners: q.partners, grouping: q.grouping, chplOnly: q.chplOnly });
  });

  r.get('/v1/trade/substitution', {
    config: { roles: ANALYSTS },
    schema: {
      tags,
      summary: 'Substitution ratio: the rise of exports to transit countries against the fall of direct exports to Russia',
      querystring: z.object({ ...Period, transit: Countries.optional(), grouping: z.enum(['chpl-tier', 'chpl', 'hs6']).optional() }),
      response: Result,
    },
  }, async (request) => trade().substitution({ ...years(request.query), transit: request.query.transit, grouping: request.query.grouping }));

  r.get('/v1/trade/mirror', {
    config: { roles: ANALYSTS },
    schema: {
      tags,
      summary: 'Mirror gap: EU-reported exports against partner-reported imports, log ratio before and after the break year',
      querystring: z.object({ countries: Countries.optional(), breakYear: Year.optional() }),
      response: Result,
    },
  }, async (request) => trade().mirrorGap({ countries: request.query.countries, breakYear: request.query.breakYear }));

  r.get('/v1/trade/surges', {
    config: { roles: ANALYSTS },
    schema: {
      tags,
      summary: 'Surge flags: a z-score of growth against its historical baseline, with growth and value thresholds (annual by partner, or monthly by partner and HS-6)',
      querystring: z.object({
        kind: z.enum(['annual', 'monthly']).default('annual'),
        year: Year.optional(),
        z: z.coerce.number().min(0).max(100).optional().describe('z-score threshold (default 1.96)'),
        minGrowthPct: z.coerce.number().min(-100).optional(),
        minValue: NonNegative.optional().describe('minimum value in EUR'),
        partners: Countries.optional(),
      }),
      response: Result,
    },
  }, async (request) => {
    const q = request.query;
    const common = { year: q.year, zThreshold: q.z, minGrowthPct: q.minGrowthPct, minValue: q.minValue, partners: q.partners };
    return q.kind === 'monthly' ? trade().monthlySurges(common) : trade().annualSurges(common);
  });

  r.get('/v1/trade/watchlist', {
    config: { roles: ANALYSTS },
    schema: {
      tags,
      summary: 'Ranked diversion watchlist of (transit country, product) pairs, each with its reasons',
      querystring: z.object({
        ...Period,
        transit: Countries.optional(),
        chplOnly: Bool.optional(),
        minValue: NonNegative.optional(),
        minMultiple: NonNegative.optional(),
        top: z.coerce.number().int().min(1).max(500).optional(),
      }),
      response: Result,
    },
  }, async (request) => {
    const q = request.query;
    return trade().watchlist({ ...years(q), transit: q.transit, chplOnly: q.chplOnly, minValue: q.minValue, minMultiple: q.minMultiple, top: q.top });
  });

  r.get('/v1/trade/hub-flows', {
    config: { roles: ANALYSTS },
    schema: { tags, summary: 'Two-leg flows: what a hub imports and re-exports to Russia, per product', querystring: z.object({ baseline: Year.optional() }), response: Result },
  }, async (request) => trade().hubFlows({ baselineYear: request.query.baseline }));
}
