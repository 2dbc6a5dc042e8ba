/** Prometheus metrics of one server: requests by route and status, latency, screenings, lists served. */
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class ServerMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'chokepoint_http_requests_total', help: 'HTTP requests by route, method and status', labelNames: ['route', 'method', 'status'], registers: [this.registry] });
  readonly latency = new Histogram({
    name: 'chokepoint_http_request_duration_seconds', help: 'HTTP request duration by route', labelNames: ['route'],
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 1, 5], registers: [this.registry],
  });
  readonly screenings = new Counter({ name: 'chokepoint_screenings_total', help: 'Screenings by channel and outcome (match: at least one result at the threshold)', labelNames: ['channel', 'outcome'], registers: [this.registry] });
  readonly listEntities = new Gauge({ name: 'chokepoint_list_entities', help: 'Entities served per list version', labelNames: ['source', 'version'], registers: [this.registry] });
  readonly jobs = new Counter({ name: 'chokepoint_batch_jobs_total', help: 'Batch jobs submitted', registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'chokepoint_' });
  }

  install(app: FastifyInstance): void {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      this.requests.inc({ route, method: request.method, status: String(reply.statusCode) });
      this.latency.observe({ route }, reply.elapsedTime / 1000);
    });
  }
}
