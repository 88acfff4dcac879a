import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { sql } from "@/lib/db/neon";
import { ratelimit } from "@/lib/limiter";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { generateToken, hashToken } from "@/lib/tokens";
import { sendTemplate } from "@/lib/mailer";
import { createSession } from "@/lib/session";
import { recordAudit } from "@/lib/audit";

const requestBody = z.object({ email: z.string().trim().toLowerCase().email().max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: NextRequest) {
  const { success } = await ratelimit.limit(clientIp(req.headers));
  if (!success) return NextResponse.json({ error: "Too many requests. Try again in a few minutes." }, { status: 429 });

  const parsed = requestBody.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "Enter a valid email address." }, { status: 400 });

  const user = await db.selectFrom("users").select(["id", "email"]).where("email", "=", parsed.data.email).executeTakeFirst();
  // ruleid: information-disclosure
  if (!user) return NextResponse.json({ error: "No Ledgerly account uses that email. Sign up instead?" }, { status: 404 });

  const token = generateToken();
  await sql`INSERT INTO magic_links (user_id, token_hash, expires_at) VALUES (${user.id}, ${hashToken(token)}, now() + interval '15 minutes')`;
  await sendTemplate(user.email, "magic-link", { url: `${process.env.APP_URL}/api/auth/magic-link?token=${token}` });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function GET(req: NextRequest) {
  const ip = clientIp(req.headers);
  if (!checkRateLimit(`magic-consume:${ip}`, { limit: 10, windowMs: 10 * 60 * 1000 })) {
    return NextResponse.redirect(new URL("/login?error=rate", req.url));
  }
  const token = req.nextUrl.searchParams.get("token");
  // ok: timing-unsafe-comparison
  if (typeof token !== "string" || token.length < 20 || token.length > 100) {
    return NextResponse.redirect(new URL("/login?error=link", req.url));
  }
  // ok: timing-unsafe-comparison
  const rows = await sql`DELETE FROM magic_links WHERE token_hash = ${hashToken(token)} AND expires_at > now() RETURNING user_id`;
  const userId = rows[0]?.user_id as string | undefined;
  if (!userId) return NextResponse.redirect(new URL("/login?error=link", req.url));

  const user = await db.selectFrom("users").select(["id", "org_id", "role"]).where("id", "=", userId).executeTakeFirst();
  if (!user) return NextResponse.redirect(new URL("/login?error=link", req.url));
  await recordAudit({ action: "auth.login", actorId: user.id, orgId: user.org_id, metadata: { method: "magic_link", ip } });
  await createSession(user.id, user.org_id, user.role);
  return NextResponse.redirect(new URL("/dashboard", req.url));
}
