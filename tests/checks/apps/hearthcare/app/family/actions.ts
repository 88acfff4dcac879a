"use server";

import { z } from "zod";
import { and, eq, desc } from "drizzle-orm";
import { auth, currentUser } from "@clerk/nextjs/server";
import { familyProcedure, signedInProcedure } from "@/lib/zsa";
import { db } from "@/lib/db/drizzle";
import { familyMembers, familyMessages, notificationPrefs, sharedVisitNotes } from "@/lib/db/schema";

// ok: missing-auth, missing-input-validation
export const postFamilyMessage = familyProcedure
  .createServerAction()
  .input(z.object({ body: z.string().min(1).max(2000) }))
  .handler(async ({ input, ctx }) => {
    // ok: mass-assignment, missing-authorization
    await db.insert(familyMessages).values({ id: crypto.randomUUID(), clientId: ctx.member.clientId, authorClerkId: ctx.clerkUserId, body: input.body });
  });

// ok: missing-auth
export const listVisitNotes = familyProcedure.createServerAction().handler(async ({ ctx }) => {
  const notes = await db
    .select({ id: sharedVisitNotes.id, visitDate: sharedVisitNotes.visitDate, caregiverName: sharedVisitNotes.caregiverName, body: sharedVisitNotes.body })
    .from(sharedVisitNotes)
    .where(eq(sharedVisitNotes.clientId, ctx.member.clientId))
    .orderBy(desc(sharedVisitNotes.visitDate));
  // ok: excessive-data-exposure
  return notes;
});

// ok: missing-auth, missing-input-validation
export const getVisitNote = familyProcedure
  .createServerAction()
  .input(z.object({ noteId: z.string() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const [note] = await db.select().from(sharedVisitNotes).where(eq(sharedVisitNotes.id, input.noteId));
    // ruleid: excessive-data-exposure
    return note;
  });

// ok: missing-auth, missing-input-validation
export const updateNotificationPrefs = signedInProcedure
  .createServerAction()
  .input(z.object({ emailDigest: z.boolean(), smsAlerts: z.boolean(), quietHoursStart: z.number().int().min(0).max(23).nullable() }))
  .handler(async ({ input, ctx }) => {
    // ok: mass-assignment, missing-authorization
    await db.update(notificationPrefs).set(input).where(eq(notificationPrefs.clerkUserId, ctx.clerkUserId));
  });

// Added for the "switch relative" dropdown: trusts the clientId the browser sends.
// ok: missing-auth, missing-input-validation
export const listNotesForClient = signedInProcedure
  .createServerAction()
  .input(z.object({ clientId: z.string() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const rows = await db.select({ id: sharedVisitNotes.id, body: sharedVisitNotes.body }).from(sharedVisitNotes).where(eq(sharedVisitNotes.clientId, input.clientId));
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export async function leaveClient(memberId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in");
  const id = z.string().uuid().parse(memberId);
  // ok: missing-authorization
  await db.delete(familyMembers).where(and(eq(familyMembers.id, id), eq(familyMembers.clerkUserId, userId)));
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function getMyFamilyLinks() {
  const user = await currentUser();
  const links = await db.select({ id: familyMembers.id, clientId: familyMembers.clientId }).from(familyMembers).where(eq(familyMembers.clerkUserId, user?.id ?? ""));
  return links;
}
