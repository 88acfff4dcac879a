import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";
import { checkRateLimit } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: NextRequest) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await checkRateLimit(`verify:${ip}`);
  if (!success) return NextResponse.json({ error: "Slow down" }, { status: 429 });
  const parsed = z.string().length(64).safeParse(req.nextUrl.searchParams.get("token"));
  if (!parsed.success) return NextResponse.redirect(new URL("/login?e=invalid", req.url));
  // ok: timing-unsafe-comparison
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: sha256(parsed.data) }, select: { id: true, userId: true, expiresAt: true } });
  if (!record || record.expiresAt < new Date()) return NextResponse.redirect(new URL("/login?e=expired", req.url));
  // ok: missing-authorization
  await prisma.user.update({ where: { id: record.userId }, data: { emailVerified: new Date() } });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  return NextResponse.redirect(new URL("/login?verified=1", req.url));
}
