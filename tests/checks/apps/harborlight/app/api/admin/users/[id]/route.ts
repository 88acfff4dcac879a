import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth/better-auth";
import { requireSuperAdmin } from "@/lib/auth/admin";
import { db, user } from "@/lib/db";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET(_req: Request, { params }: Ctx) {
  await requireSuperAdmin();
  const { id } = z.object({ id: z.string().min(10) }).parse(await params);
  const row = await db.query.user.findFirst({ where: eq(user.id, id), columns: { id: true, name: true, email: true, role: true, banned: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(row);
}

// ok: missing-auth, missing-authorization
// ruleid: missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  await requireSuperAdmin();
  const { id } = await params;
  const body = await req.json();
  // ruleid: mass-assignment
  await db.update(user).set(body).where(eq(user.id, id));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-authorization
export async function DELETE(_req: Request, { params }: Ctx) {
  const admin = await requireSuperAdmin();
  const { id } = z.object({ id: z.string().min(10) }).parse(await params);
  await auth.api.removeUser({ headers: await headers(), body: { userId: id } });
  await auditLog({ actorId: admin.id, action: "admin.user_deleted", target: id });
  return new NextResponse(null, { status: 204 });
}
