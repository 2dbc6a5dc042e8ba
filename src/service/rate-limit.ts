/**
 * Per-key rate limits: a token bucket per key, refilled continuously at the key's rate per minute and
 * holding at most one minute's worth. In memory, per process.
 */
export interface RateDecision {
  allowed: boolean;
  /** Seconds until a request would be allowed again (when refused). */
  retryAfter: number;
  remaining: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  take(keyId: string, perMinute: number): RateDecision {
    const t = this.now();
    const rate = perMinute / 60_000;
    let b = this.buckets.get(keyId);
    if (!b) {
      b = { tokens: perMinute, at: t };
      this.buckets.set(keyId, b);
    }
    b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * rate);
    b.at = t;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { allowed: true, retryAfter: 0, remaining: Math.floor(b.tokens) };
    }
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000)), remaining: 0 };
  }
}
