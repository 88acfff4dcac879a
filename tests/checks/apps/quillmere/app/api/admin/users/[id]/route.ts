import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession, isStaff } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

async function requireStaff() {
  const session = await verifySession();
  if (session.role !== "staff") throw new Response("forbidden", { status: 403 });
  return session;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const staff = await requireStaff();
  const { id } = await params;
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
  await auditLog({ actorId: staff.userId, action: "admin.user_deleted", target: id });
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const { id } = await params;
  const session = await verifySession();
  if (!(await isStaff())) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { role } = z.object({ role: z.enum(["author", "agent", "owner", "staff"]) }).parse(await req.json());
  // ok: missing-authorization
  await prisma.user.update({ where: { id }, data: { role } });
  return NextResponse.json({ ok: true, by: session.userId });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  await verifySession();
  // ruleid: floating-auth-check
  if (!isStaff()) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  const user = await prisma.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, createdAt: true } });
  return NextResponse.json(user);
}
