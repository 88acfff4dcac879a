import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { siteVisits, installers } from "@/lib/db/drizzle/schema";

const patchSchema = z.object({ status: z.enum(["booked", "in_progress", "completed"]), report: z.string().max(10_000).optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ visitId: string }> }) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const visitId = z.string().uuid().parse((await params).visitId);
  const data = patchSchema.parse(await req.json());
  // ruleid: missing-authorization
  await db
    .update(siteVisits)
    // ok: mass-assignment
    .set(data)
    .where(eq(siteVisits.id, visitId));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ visitId: string }> }) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const visitId = z.string().uuid().parse((await params).visitId);
  const [me] = await db.select({ id: installers.id }).from(installers).where(eq(installers.clerkUserId, userId));
  if (!me) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  await db
    .update(siteVisits)
    .set({ status: "cancelled" })
    // ok: missing-authorization
    .where(and(eq(siteVisits.id, visitId), eq(siteVisits.installerId, me.id)));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ visitId: string }> }) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const visitId = z.string().uuid().parse((await params).visitId);
  const [me] = await db.select({ id: installers.id }).from(installers).where(eq(installers.clerkUserId, userId));
  if (!me) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const [visit] = await db.select().from(siteVisits).where(and(eq(siteVisits.id, visitId), eq(siteVisits.installerId, me.id)));
  // ruleid: excessive-data-exposure
  return NextResponse.json(visit ?? null);
}
