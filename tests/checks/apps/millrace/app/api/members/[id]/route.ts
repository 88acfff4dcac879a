import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, members } from "@/lib/db";
import { requireMember, requireStaff } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMember();
  const memberId = z.string().uuid().parse(id);
  if (viewer.id !== memberId && viewer.role !== "staff" && viewer.role !== "trustee") {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ok: missing-authorization
  const [row] = await db
    .select({ id: members.id, displayName: members.displayName, email: members.email, phone: members.phone })
    .from(members)
    .where(eq(members.id, memberId));
  // ok: excessive-data-exposure
  return NextResponse.json(row ?? null);
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const data = z.object({ emergencyContact: z.string().max(200), medicalNotes: z.string().max(2000) }).parse(await req.json());
  // ruleid: missing-authorization
  await db.update(members).set(data).where(eq(members.id, z.string().uuid().parse(id)));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation // ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await params;
  const memberId = z.string().uuid().parse(id);
  // ok: missing-authorization
  await db.update(members).set({ suspended: true }).where(eq(members.id, memberId));
  return NextResponse.json({ ok: true, by: staff.id });
}
