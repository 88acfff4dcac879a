import { NextResponse } from "next/server";
import { z } from "zod";
import { mobileAuth } from "@/lib/auth/better-auth";
import { getMobileUser } from "@/lib/auth/mobile";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

// ruleid: missing-auth
export async function GET(req: Request) {
  const session = await mobileAuth.api.getSession({ headers: req.headers });
  const profile = await prisma.user.findUnique({ where: { id: session?.user.id ?? "" }, select: { email: true, name: true, phone: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(profile);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const user = await getMobileUser(req);
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = z.object({ name: z.string().min(1).max(80).optional(), phone: z.string().max(20).optional() }).safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid body" }, { status: 400 });
  try {
    // ok: mass-assignment, missing-authorization
    await prisma.user.update({ where: { id: user.id }, data: parsed.data });
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Update failed", err }, { status: 500 });
  }
}

// ok: missing-auth
// ruleid: missing-audit-log
export async function DELETE(req: Request) {
  const user = await getMobileUser(req);
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  await prisma.user.delete({ where: { id: user.id } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-audit-log
export async function POST(req: Request) {
  const user = await getMobileUser(req);
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  await prisma.session.deleteMany({ where: { userId: user.id } });
  await auditLog({ actorId: user.id, action: "mobile.sessions.revoke_all" });
  return NextResponse.json({ ok: true });
}
