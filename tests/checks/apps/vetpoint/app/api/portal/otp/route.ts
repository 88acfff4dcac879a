import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { lucia } from "@/lib/auth/lucia";

// SMS one-time code sign-in (second step).
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const { phone, otp } = await req.json();
  const owner = await prisma.owner.findFirst({ where: { phone }, select: { id: true, resetTokenHash: true, resetExpires: true } });
  // ruleid: information-disclosure
  if (!owner) return NextResponse.json({ error: "No account uses that phone number" }, { status: 404 });
  // ruleid: timing-unsafe-comparison
  if (owner.resetTokenHash !== otp || !owner.resetExpires || owner.resetExpires < new Date()) {
    return NextResponse.json({ error: "Invalid code" }, { status: 401 });
  }
  const session = await lucia.createSession(owner.id, {});
  return NextResponse.json({ token: session.id });
}
