import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";

// ruleid: missing-auth
export async function POST() {
  const { count } = await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await prisma.emailVerificationCode.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await prisma.passwordResetToken.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return NextResponse.json({ purged: count });
}
