import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { prisma } from "@/lib/db";
import { newToken } from "@/lib/crypto";
import { rateLimitByIp } from "@/lib/ratelimit";

// OIDC callback for carriers on SSO. The tenant's issuer and client secret are read from the Tenant row.
// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function GET(req: NextRequest) {
  await rateLimitByIp("sso-callback", 20);
  const url = req.nextUrl;
  const code = url.searchParams.get("code");
  const state = url.searchParams.get("state");
  const jar = await cookies();
  const expected = jar.get("cd_sso_state")?.value;
  if (typeof code !== "string" || typeof state !== "string" || !expected || state !== expected) {
    return NextResponse.redirect(new URL("/sign-in?error=sso", req.url));
  }
  const [slug] = expected.split(".");
  const tenant = await prisma.tenant.findUnique({ where: { slug }, select: { id: true, ssoSecret: true } });
  if (!tenant?.ssoSecret) return NextResponse.redirect(new URL("/sign-in?error=sso", req.url));
  try {
    const tokenRes = await fetch(`${process.env.SSO_BROKER_URL}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", code, client_id: slug, client_secret: tenant.ssoSecret }),
    });
    const { id_token } = (await tokenRes.json()) as { id_token: string };
    const jwks = createRemoteJWKSet(new URL(`${process.env.SSO_BROKER_URL}/jwks`));
    const { payload } = await jwtVerify(id_token, jwks, { audience: slug });
    const email = String(payload.email).toLowerCase();
    const user = await prisma.user.upsert({ where: { email }, create: { email, emailVerified: new Date() }, update: {}, select: { id: true } });
    await prisma.membership.upsert({
      where: { userId_tenantId: { userId: user.id, tenantId: tenant.id } },
      create: { userId: user.id, tenantId: tenant.id },
      update: {},
    });
    const sessionToken = newToken();
    await prisma.session.create({ data: { id: newToken(16), userId: user.id, token: sessionToken, expiresAt: new Date(Date.now() + 8 * 3600_000) } });
    jar.set("cd_sso_session", sessionToken, { httpOnly: true, secure: true, sameSite: "lax" });
    return NextResponse.redirect(new URL("/dashboard", req.url));
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "SSO failed", detail: String(err) }, { status: 400 });
  }
}
