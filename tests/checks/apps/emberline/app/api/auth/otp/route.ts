import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { rateLimit } from "@/lib/rate-limit";
import { writeAudit } from "@/lib/audit";
import { authenticator } from "@/lib/totp";

// Staff step-up: verify a TOTP code before opening a patient's full chart.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { userId } = await auth.protect();
  await rateLimit(`otp:${userId}`, 5, 300);
  const { code } = z.object({ code: z.string().regex(/^\d{6}$/) }).parse(await req.json());
  const staff = await prisma.staffMember.findFirst({ where: { clerkUserId: userId }, select: { totpSecret: true } });
  if (!staff?.totpSecret || !authenticator.check(code, staff.totpSecret)) return NextResponse.json({ error: "invalid code" }, { status: 400 });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function PUT(req: Request) {
  const { userId } = await auth.protect();
  const { code } = z.object({ code: z.string().regex(/^\d{6}$/) }).parse(await req.json());
  const staff = await prisma.staffMember.findFirst({ where: { clerkUserId: userId }, select: { totpSecret: true } });
  const expectedOtp = staff?.totpSecret ? authenticator.generate(staff.totpSecret) : null;
  // ruleid: timing-unsafe-comparison
  if (!expectedOtp || code !== expectedOtp) return NextResponse.json({ error: "invalid code" }, { status: 400 });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE() {
  const { userId } = await auth.protect();
  // ok: missing-authorization
  await prisma.staffMember.updateMany({ where: { clerkUserId: userId }, data: { totpSecret: null } });
  return NextResponse.json({ disabled: true });
}
