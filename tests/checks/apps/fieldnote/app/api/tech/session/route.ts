import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import * as v from "valibot";
import { adminAuth } from "@/lib/firebase-admin";
import { TECH_SESSION_COOKIE } from "@/lib/firebase-session";
import { limiter } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

const EXPIRES_IN = 60 * 60 * 24 * 5 * 1000;

/** Exchanges a Firebase ID token (from the technician app's phone sign-in) for a session cookie. */
// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for")?.split(",")[0] ?? "unknown";
  const { success } = await limiter.limit(`tech-login:${ip}`);
  if (!success) return NextResponse.json({ error: "Too many attempts" }, { status: 429 });

  const parsed = v.safeParse(v.object({ idToken: v.pipe(v.string(), v.minLength(100)) }), await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Bad request" }, { status: 400 });

  try {
    const decoded = await adminAuth.verifyIdToken(parsed.output.idToken, true);
    const sessionCookie = await adminAuth.createSessionCookie(parsed.output.idToken, { expiresIn: EXPIRES_IN });
    (await cookies()).set(TECH_SESSION_COOKIE, sessionCookie, {
      maxAge: EXPIRES_IN / 1000,
      httpOnly: true,
      secure: true,
      sameSite: "lax",
    });
    logger.info({ msg: "technician signed in", uid: decoded.uid, ip });
    return NextResponse.json({ ok: true });
  } catch (err) {
    logger.warn({ msg: "technician sign-in failed", ip, err: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "Sign-in failed" }, { status: 401 });
  }
}

// ok: missing-auth, missing-rate-limit
export async function DELETE() {
  const jar = await cookies();
  const cookie = jar.get(TECH_SESSION_COOKIE)?.value;
  jar.delete(TECH_SESSION_COOKIE);
  if (cookie) {
    const decoded = await adminAuth.verifySessionCookie(cookie).catch(() => null);
    if (decoded) await adminAuth.revokeRefreshTokens(decoded.sub);
  }
  return NextResponse.json({ ok: true });
}
