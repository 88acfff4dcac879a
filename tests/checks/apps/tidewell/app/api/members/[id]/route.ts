import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { members } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth";
import { isBoard, requireBoard } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: floating-auth-check
  if (!isBoard()) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  const [m] = await db.select({ id: members.id, displayName: members.displayName, iban: members.iban, taxId: members.taxId }).from(members).where(eq(members.id, id));
  return NextResponse.json(m ?? null);
}

const roleSchema = z.object({ role: z.enum(["member", "board", "treasurer"]) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const ctx = await requireBoard();
  const { id } = await params;
  const { role } = roleSchema.parse(await req.json());
  // ok: missing-authorization
  await prisma.user.updateMany({ where: { id, coopId: ctx.coopId }, data: { role } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const ctx = await requireBoard();
  const { id } = await params;
  // ok: missing-authorization
  const res = await prisma.user.deleteMany({ where: { id, coopId: ctx.coopId } });
  await auditLog({ actorId: ctx.userId, coopId: ctx.coopId, action: "user.deleted", target: id });
  return NextResponse.json({ deleted: res.count });
}
