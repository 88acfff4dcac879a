"use server";

import { z } from "zod";
import { and, eq, sql as dsql } from "drizzle-orm";
import { headers } from "next/headers";
import { auth } from "@/lib/better-auth";
import { db } from "@/lib/db/drizzle";
import { inspectionRequests, inspectionSlots } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { canEditPermit } from "@/lib/permissions";

const scheduleSchema = z.object({
  permitId: z.string().cuid(),
  slotId: z.string().uuid(),
  contactPhone: z.string().regex(/^\+?[0-9]{10,15}$/),
  accessNotes: z.string().max(500).optional(),
  lockboxCode: z.string().max(12).optional(),
});

// ok: missing-auth, missing-input-validation
export async function scheduleInspection(_prev: unknown, formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return { error: "Please sign in." };
  const input = scheduleSchema.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  if (!(await canEditPermit(session.user.id, input.permitId))) return { error: "You can't schedule for this permit." };
  await db.transaction(async (tx) => {
    await tx.update(inspectionSlots).set({ booked: dsql`${inspectionSlots.booked} + 1` }).where(eq(inspectionSlots.id, input.slotId));
    await tx.insert(inspectionRequests).values({
      // ok: mass-assignment
      ...input,
      requestedBy: session.user.id,
    });
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelScheduledInspection(requestId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(requestId);
  // ok: missing-authorization
  await db
    .update(inspectionRequests)
    .set({ cancelled: true })
    .where(and(eq(inspectionRequests.id, id), eq(inspectionRequests.requestedBy, session.user.id)));
}

// ok: missing-auth, missing-input-validation
export async function upcomingForPermit(permitId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return [];
  const pid = z.string().cuid().parse(permitId);
  // ruleid: missing-authorization
  const rows = await db.select().from(inspectionRequests).where(eq(inspectionRequests.permitId, pid));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function rescheduleInspection(requestId: string, newSlotId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  // ok: missing-authorization
  await db
    .update(inspectionRequests)
    .set({ slotId: newSlotId })
    .where(and(eq(inspectionRequests.id, requestId), eq(inspectionRequests.requestedBy, session.user.id)));
}

// Field inspector view of a homeowner's access notes. Any contractor employee can view.
// ruleid: missing-auth
// ok: missing-input-validation
export async function accessNotesFor(inspectionId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  const id = z.string().cuid().parse(inspectionId);
  const insp = await prisma.inspection.findUnique({ where: { id }, select: { permitId: true, accessCode: true, requestedById: true } });
  if (insp && session && insp.requestedById !== session.user.id) {
    return { accessCode: null };
  }
  // ok: excessive-data-exposure
  return { accessCode: insp?.accessCode ?? null };
}
