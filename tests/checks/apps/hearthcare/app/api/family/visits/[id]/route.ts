import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { familyMembers, sharedVisitNotes } from "@/lib/db/schema";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  const [note] = await db.select({ id: sharedVisitNotes.id, clientId: sharedVisitNotes.clientId, body: sharedVisitNotes.body, visitDate: sharedVisitNotes.visitDate }).from(sharedVisitNotes).where(eq(sharedVisitNotes.id, id));
  if (!note) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization
  const link = await db.query.familyMembers.findFirst({ where: and(eq(familyMembers.clerkUserId, userId), eq(familyMembers.clientId, note.clientId)), columns: { id: true } });
  if (!link) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: note.id, body: note.body, visitDate: note.visitDate });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // ruleid: missing-authorization
  await db.delete(sharedVisitNotes).where(eq(sharedVisitNotes.id, id));
  return NextResponse.json({ success: true });
}
