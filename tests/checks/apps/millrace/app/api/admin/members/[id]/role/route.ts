import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, members } from "@/lib/db";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId, has } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if (!has({ role: "org:trustee" })) return NextResponse.json({ error: "Trustees only" }, { status: 403 });
  const { id } = await params;
  const { role } = z.object({ role: z.enum(["member", "host", "staff", "trustee"]) }).parse(await req.json());
  // ok: missing-authorization
  await db.update(members).set({ role }).where(eq(members.id, z.string().uuid().parse(id)));
  await auditLog({ actorId: userId, action: "member.role", target: id, meta: { role } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId, has } = await auth();
  if (!userId || !has({ role: "org:trustee" })) return NextResponse.json({ error: "Trustees only" }, { status: 403 });
  const { id } = await params;
  // ok: missing-authorization
  await db.update(members).set({ role: "member" }).where(eq(members.id, z.string().uuid().parse(id)));
  return NextResponse.json({ ok: true });
}
