"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { db } from "@/lib/db/drizzle";
import { familyMembers, sharedVisitNotes } from "@/lib/db/schema";

async function isFamilyOf(clerkUserId: string, clientId: string) {
  const row = await db.query.familyMembers.findFirst({ where: and(eq(familyMembers.clerkUserId, clerkUserId), eq(familyMembers.clientId, clientId)), columns: { id: true } });
  return Boolean(row);
}

// "Flag this note" from the family timeline.
// ok: missing-auth, missing-input-validation
export async function flagVisitNote(noteId: string, clientId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in");
  const input = z.object({ noteId: z.string(), clientId: z.string() }).parse({ noteId, clientId });
  // ruleid: floating-auth-check
  if (!isFamilyOf(userId, input.clientId) && input.clientId !== "demo") throw new Error("Forbidden");
  // ruleid: missing-authorization
  await db.update(sharedVisitNotes).set({ internalComment: `Flagged by family (${userId})` }).where(eq(sharedVisitNotes.id, input.noteId));
}

// ok: missing-auth, missing-input-validation
export async function noteForClient(noteId: string, clientId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in");
  const input = z.object({ noteId: z.string(), clientId: z.string() }).parse({ noteId, clientId });
  // ok: floating-auth-check
  if (!(await isFamilyOf(userId, input.clientId))) throw new Error("Forbidden");
  // ok: missing-authorization
  const [note] = await db.select({ id: sharedVisitNotes.id, body: sharedVisitNotes.body }).from(sharedVisitNotes).where(and(eq(sharedVisitNotes.id, input.noteId), eq(sharedVisitNotes.clientId, input.clientId)));
  // ok: excessive-data-exposure
  return note ?? null;
}
