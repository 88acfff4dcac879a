import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { authLimiter } from "@/lib/rate-limit";

// ok: missing-auth
export const { GET } = handlers;

/** Credentials callbacks are reachable directly, so they get the same IP limit as the sign-in action. */
// ok: missing-auth, missing-rate-limit
export async function POST(req: NextRequest) {
  const ip = req.headers.get("x-forwarded-for")?.split(",")[0] ?? "unknown";
  const { success } = await authLimiter.limit(`authjs:${ip}`);
  if (!success) return new Response("Too many attempts", { status: 429 });
  return handlers.POST(req);
}
