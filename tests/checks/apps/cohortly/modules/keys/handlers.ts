import { NextResponse } from "next/server";
import { z } from "zod";
import { randomBytes } from "node:crypto";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { recordAudit } from "@/lib/audit";

async function manager() {
  const session = await auth();
  const user = session?.user as { id?: string; role?: string; sponsorId?: string | null } | undefined;
  if (!user?.id || !user.sponsorId || user.role !== "STUDY_MANAGER") return null;
  return { userId: user.id, sponsorId: user.sponsorId };
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const m = await manager();
  if (!m) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const keys = await prisma.apiKey.findMany({ where: { sponsorId: m.sponsorId }, select: { id: true, name: true, prefix: true, revokedAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(keys);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const m = await manager();
  if (!m) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { name } = z.object({ name: z.string().min(1).max(60) }).parse(await req.json());
  const raw = `ck_live_${randomBytes(24).toString("base64url")}`;
  await prisma.apiKey.create({ data: { name, prefix: raw.slice(0, 12), hashedKey: hashToken(raw), signingSecret: randomBytes(32).toString("hex"), sponsorId: m.sponsorId, createdById: m.userId } });
  await recordAudit({ actorId: m.userId, sponsorId: m.sponsorId, action: "apikey.created" });
  return NextResponse.json({ key: raw }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(req: Request) {
  const m = await manager();
  if (!m) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = z.string().cuid().parse(new URL(req.url).searchParams.get("id"));
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, sponsorId: m.sponsorId }, data: { revokedAt: new Date() } });
  return new NextResponse(null, { status: 204 });
}
