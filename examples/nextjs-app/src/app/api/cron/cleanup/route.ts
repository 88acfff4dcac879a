import { timingSafeEqual } from "node:crypto";
import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";

// Vercel Cron sends `Authorization: Bearer $CRON_SECRET`; compared in constant time.
// ok: missing-auth
export async function GET(request: Request) {
  const provided = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${process.env.CRON_SECRET ?? ""}`);
  // ok: timing-unsafe-comparison
  if (provided.length !== expected.length || !timingSafeEqual(provided, expected)) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const now = new Date();
  const tokens = await prisma.passwordResetToken.deleteMany({ where: { expiresAt: { lt: now } } });
  const codes = await prisma.emailVerification.deleteMany({ where: { expiresAt: { lt: now } } });
  return NextResponse.json({ deleted: tokens.count + codes.count });
}
