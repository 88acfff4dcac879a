import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth
export async function GET(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET ?? "")) return new NextResponse("unauthorized", { status: 401 });
  const now = new Date();
  await prisma.otpCode.deleteMany({ where: { expiresAt: { lt: now } } });
  await prisma.passwordResetToken.deleteMany({ where: { expiresAt: { lt: now } } });
  await prisma.shareLink.deleteMany({ where: { expires: { lt: now } } });
  return NextResponse.json({ done: true });
}
