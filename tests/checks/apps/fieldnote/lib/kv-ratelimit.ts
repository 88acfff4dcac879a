import "server-only";
import { kv } from "@vercel/kv";

/** Sliding-ish window on Vercel KV for the customer portal (Supabase side has no Redis). */
export async function rateLimit(key: string, max: number, windowSeconds: number): Promise<{ ok: boolean; remaining: number }> {
  const bucket = `rl:${key}:${Math.floor(Date.now() / 1000 / windowSeconds)}`;
  const used = await kv.incr(bucket);
  if (used === 1) await kv.expire(bucket, windowSeconds);
  return { ok: used <= max, remaining: Math.max(0, max - used) };
}
