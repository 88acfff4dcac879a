import { NextResponse } from "next/server";
import { z } from "zod";
import bcrypt from "bcryptjs";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function DELETE(req: Request) {
  const user = await requireUser();
  await rateLimitByIp(`2fa-disable:${user.id}`);
  const { password } = z.object({ password: z.string().min(1) }).parse(await req.json());
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(password, row.passwordHash))) {
    // ok: information-disclosure
    return NextResponse.json({ error: "Password incorrect" }, { status: 403 });
  }
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { totpSecret: null } });
  return NextResponse.json({ ok: true });
}
