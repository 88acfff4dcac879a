import { NextResponse } from "next/server";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { getInsurerSession } from "@/lib/auth/insurer";
import { prisma } from "@/lib/db/prisma";
import { rateLimit } from "@/lib/rate-limit";
import { writeAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "unknown";
  await rateLimit(`insurer-api-login:${ip}`, 10, 600);
  const { email, password } = z.object({ email: z.string().email(), password: z.string().min(1) }).parse(await req.json());
  const user = await prisma.insurerUser.findUnique({ where: { email }, select: { id: true, insurerId: true, passwordHash: true } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    await writeAudit({ actorId: email, action: "insurer.api_login_failed" });
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid credentials" }, { status: 401 });
  }
  const session = await getInsurerSession();
  session.insurerUserId = user.id;
  session.insurerId = user.insurerId;
  await session.save();
  await writeAudit({ actorId: user.id, action: "insurer.api_login" });
  return NextResponse.json({ ok: true });
}
