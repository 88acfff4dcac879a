import { ratelimit } from "@/lib/ratelimit";

export async function checkRateLimit(key: string) {
  const r = await ratelimit.limit(key);
  return r.success;
}
