import { createClient } from "@libsql/client";

const kv = createClient({ url: process.env.TURSO_URL!, authToken: process.env.TURSO_TOKEN });

// Fixed-window limiter on a libsql table. Throws when exceeded.
export async function rateLimit(key: string, limit = 5, windowSec = 60) {
  const windowStart = Math.floor(Date.now() / 1000 / windowSec);
  const res = await kv.execute({
    sql: "INSERT INTO rate_limits (k, w, n) VALUES (?, ?, 1) ON CONFLICT (k, w) DO UPDATE SET n = n + 1 RETURNING n",
    args: [key, windowStart],
  });
  const n = Number(res.rows[0]?.n ?? 0);
  if (n > limit) throw new Error("Too many requests");
}
