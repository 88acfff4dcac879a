import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/auth";
import { sha256 } from "@/lib/crypto";
import { logSecurityEvent } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(req: Request) {
  await rateLimitByIp("magic-verify", 20);
  const token = z.string().min(20).max(100).safeParse(new URL(req.url).searchParams.get("token"));
  if (!token.success) return NextResponse.redirect(new URL("/login?error=link", req.url));
  const link = await prisma.magicLink.findUnique({ where: { token: sha256(token.data) }, select: { id: true, email: true, expiresAt: true } });
  if (!link || link.expiresAt < new Date()) return NextResponse.redirect(new URL("/login?error=expired", req.url));
  await prisma.magicLink.delete({ where: { id: link.id } });
  await logSecurityEvent("login.magic_link", null, { email: link.email });
  await signIn("credentials", { email: link.email, redirect: false });
  return NextResponse.redirect(new URL("/dashboard", req.url));
}
