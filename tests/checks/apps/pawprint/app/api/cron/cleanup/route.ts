import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Vercel cron: "0 3 * * *". Protected by the cron path being unguessable.
// ruleid: missing-auth, missing-audit-log
export async function GET() {
  const now = new Date();
  const [sessions, codes, resets] = await prisma.$transaction([
    prisma.session.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.smsCode.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.passwordResetToken.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  await prisma.user.deleteMany({ where: { deletedAt: { lt: new Date(now.getTime() - 30 * 86_400_000) } } });
  return NextResponse.json({ sessions: sessions.count, codes: codes.count, resets: resets.count });
}
