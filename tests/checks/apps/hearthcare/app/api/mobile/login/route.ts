import { NextResponse } from "next/server";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { lucia } from "@/lib/lucia";
import { kdb } from "@/lib/db/kysely";
import { authRatelimit } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await authRatelimit.limit(`mobile-login:${ip}`);
  if (!success) return NextResponse.json({ error: "rate limited" }, { status: 429 });
  const parsed = z.object({ email: z.string().email(), password: z.string() }).safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  try {
    const user = await kdb.selectFrom("caregiver_users").select(["id", "password_hash"]).where("email", "=", parsed.data.email).executeTakeFirst();
    if (!user || !(await bcrypt.compare(parsed.data.password, user.password_hash))) {
      logger.warn({ ip }, "mobile login failed");
      // ok: information-disclosure
      return NextResponse.json({ error: "Invalid email or password" }, { status: 401 });
    }
    const session = await lucia.createSession(user.id, {});
    logger.info({ userId: user.id }, "mobile login");
    return NextResponse.json({ token: session.id });
  } catch (err) {
    logger.error({ err }, "mobile login crashed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Something went wrong" }, { status: 500 });
  }
}
