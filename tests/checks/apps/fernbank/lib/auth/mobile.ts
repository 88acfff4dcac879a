import "server-only";
import { mobileAuth } from "@/lib/auth/better-auth";

/** Mobile API: bearer/cookie session via better-auth. Returns null when missing. */
export async function getMobileUser(req: Request) {
  const session = await mobileAuth.api.getSession({ headers: req.headers });
  return session?.user ?? null;
}
