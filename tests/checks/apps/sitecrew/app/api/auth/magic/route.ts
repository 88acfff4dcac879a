import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/lib/auth";
import { issueLoginTicket } from "@/lib/login-ticket";
import { hashToken } from "@/lib/crypto";
import { rateLimitByIp } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";

// Magic-link landing: the token is looked up by its hash.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(req: NextRequest) {
  await rateLimitByIp("magic-verify");
  const token = req.nextUrl.searchParams.get("token");
  if (typeof token !== "string" || token.length < 20 || token.length > 100) {
    return NextResponse.redirect(new URL("/sign-in?error=link", req.url));
  }
  const row = await prisma.magicLinkToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, email: true, expiresAt: true },
  });
  if (!row || row.expiresAt < new Date()) {
    await logSecurityEvent("magic_link_invalid", {});
    return NextResponse.redirect(new URL("/sign-in?error=link", req.url));
  }
  const user = await prisma.user.upsert({
    where: { email: row.email },
    create: { email: row.email, emailVerified: new Date() },
    update: { emailVerified: new Date() },
    select: { id: true },
  });
  await prisma.magicLinkToken.delete({ where: { id: row.id } });
  await logSecurityEvent("login_success", { userId: user.id, meta: { method: "magic_link" } });
  await signIn("credentials", { ticket: await issueLoginTicket(user.id), redirect: false });
  return NextResponse.redirect(new URL("/projects", req.url));
}
