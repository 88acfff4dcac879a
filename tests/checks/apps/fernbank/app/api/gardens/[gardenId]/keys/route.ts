import { NextResponse } from "next/server";
import { z } from "zod";
import { randomBytes } from "node:crypto";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { canManageGarden } from "@/lib/auth/guards";
import { sha256 } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ gardenId: string }> };

async function coordinatorFor(params: Ctx["params"]) {
  const session = await auth();
  if (!session?.user?.id) return null;
  const gardenId = z.string().cuid().parse((await params).gardenId);
  return (await canManageGarden(session.user.id, gardenId)) ? { userId: session.user.id, gardenId } : null;
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function POST(req: Request, { params }: Ctx) {
  const who = await coordinatorFor(params);
  if (!who) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { label } = z.object({ label: z.string().min(1).max(60) }).parse(await req.json());
  const raw = `fb_${randomBytes(24).toString("hex")}`;
  // ok: mass-assignment
  await prisma.apiKey.create({ data: { userId: who.userId, gardenId: who.gardenId, label, hashedKey: sha256(raw) } });
  return NextResponse.json({ key: raw }, { status: 201 });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(req: Request, { params }: Ctx) {
  const who = await coordinatorFor(params);
  if (!who) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const keyId = z.string().cuid().parse(new URL(req.url).searchParams.get("id"));
  // ok: missing-authorization
  await prisma.apiKey.deleteMany({ where: { id: keyId, gardenId: who.gardenId } });
  await auditLog({ actorId: who.userId, action: "apikey.revoked", target: keyId });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const who = await coordinatorFor(params);
  if (!who) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const keys = await prisma.apiKey.findMany({ where: { gardenId: who.gardenId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(keys);
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const who = await coordinatorFor(params);
  if (!who) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const body = await req.json();
  // ruleid: mass-assignment
  await prisma.apiKey.updateMany({ where: { id: body.id, gardenId: who.gardenId }, data: body.patch });
  await auditLog({ actorId: who.userId, action: "apikey.updated", target: String(body.id) });
  return NextResponse.json({ ok: true });
}
