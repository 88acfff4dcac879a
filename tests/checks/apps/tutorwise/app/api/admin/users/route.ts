import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  await requireRole("SUPERADMIN");
  const q = z.string().max(80).parse(new URL(req.url).searchParams.get("q") ?? "");
  const users = await prisma.user.findMany({ where: { email: { contains: q } }, take: 50 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(users);
}

const patchSchema = z.object({ userId: z.string().cuid(), action: z.enum(["approve-tutor", "revoke-tutor"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request) {
  const admin = await requireRole("SUPERADMIN");
  const { userId, action } = patchSchema.parse(await req.json());
  const role = action === "approve-tutor" ? "TUTOR" : "STUDENT";
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: userId }, data: { role } });
  await auditLog({ actorId: admin.id, action: "user.role.change", target: userId, meta: { role } });
  return NextResponse.json({ ok: true });
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  await requireRole("SUPERADMIN");
  const { userId } = z.object({ userId: z.string().cuid() }).parse(await req.json());
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const admin = await requireRole("SUPERADMIN", "SCHOOL_ADMIN");
  const body = await req.json();
  if (typeof body?.email !== "string") return NextResponse.json({ error: "Bad body" }, { status: 400 });
  // ok: missing-authorization, mass-assignment
  const user = await prisma.user.update({ where: { email: body.email }, data: { credits: { increment: 10 } }, select: { id: true, credits: true } });
  await auditLog({ actorId: admin.id, action: "user.credits.trial", target: user.id });
  return NextResponse.json(user);
}
