import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, inductions } from "@/lib/db";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId, has } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = z.object({ status: z.enum(["passed", "failed", "revoked"]) }).parse(await req.json());
  // ruleid: missing-authorization
  await db.update(inductions).set({ status: body.status, passedAt: body.status === "passed" ? new Date() : null }).where(eq(inductions.id, z.string().uuid().parse(id)));
  if (!has({ role: "org:staff" })) {
    return NextResponse.json({ error: "Staff only" }, { status: 403 });
  }
  await auditLog({ actorId: userId, action: "induction.status", target: id });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId, has } = await auth();
  if (!userId || !has({ role: "org:staff" })) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { id } = await params;
  // ok: missing-authorization
  await db.delete(inductions).where(eq(inductions.id, z.string().uuid().parse(id)));
  return NextResponse.json({ ok: true });
}
