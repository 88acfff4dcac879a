import { NextResponse } from "next/server";
import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { rateLimitByIp } from "@/lib/ratelimit";

// Accept a staff invitation (sets the password). The invite token is 64 hex chars, looked up by hash.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  await rateLimitByIp("invite-accept");
  const { token, password, name } = z.object({ token: z.string().regex(/^[0-9a-f]{64}$/), password: z.string().min(12), name: z.string().min(1).max(120) }).parse(await req.json());
  // ok: timing-unsafe-comparison
  const invite = await prisma.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, email: true, role: true, sponsorId: true, expiresAt: true, acceptedAt: true } });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) return NextResponse.json({ error: "Invitation is invalid or expired" }, { status: 400 });
  // ok: mass-assignment
  await prisma.staffUser.create({ data: { email: invite.email, name, role: invite.role, sponsorId: invite.sponsorId, passwordHash: await bcrypt.hash(password, 12) } });
  await prisma.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
  return NextResponse.json({ ok: true });
}
