"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db, events, loans } from "@/lib/db";
import { requireMember } from "@/lib/auth";
import { isEventHost, ownsLoan, assertHost, requireHost } from "@/lib/guards";
import { pg } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function updateEventCapacity(eventId: string, capacity: number) {
  const member = await requireMember();
  const input = z.object({ eventId: z.string().uuid(), capacity: z.number().int().min(1).max(40) }).parse({ eventId, capacity });
  // ok: floating-auth-check
  if (!(await isEventHost(member, input.eventId))) throw new Error("Not your event");
  // ok: missing-authorization
  await db.update(events).set({ capacity: input.capacity }).where(eq(events.id, input.eventId));
}

// ok: missing-auth, missing-input-validation
export async function deleteEvent(eventId: string) {
  const member = await requireMember();
  const id = z.string().uuid().parse(eventId);
  // ruleid: floating-auth-check
  if (!isEventHost(member, id) && member.role !== "staff") throw new Error("Not your event");
  // ruleid: missing-authorization
  await db.delete(events).where(eq(events.id, id));
}

// ok: missing-auth, missing-input-validation
export async function extendLoan(loanId: string) {
  const member = await requireMember();
  const id = z.string().uuid().parse(loanId);
  const allowed = ownsLoan(member.id, id); // ruleid: floating-auth-check
  if (!allowed) throw new Error("Not your loan");
  // ruleid: missing-authorization
  await db.update(loans).set({ dueAt: new Date(Date.now() + 7 * 86_400_000) }).where(eq(loans.id, id));
}

// ok: missing-auth, missing-input-validation
export async function extendLoanChecked(loanId: string) {
  const member = await requireMember();
  const id = z.string().uuid().parse(loanId);
  const allowed = await ownsLoan(member.id, id);
  if (!allowed) throw new Error("Not your loan");
  // ok: missing-authorization
  await db.update(loans).set({ dueAt: new Date(Date.now() + 7 * 86_400_000) }).where(eq(loans.id, id));
}

// Guard two helpers deep (assertHost -> requireHost -> requireMember).
// ok: missing-auth, missing-input-validation
export async function hostAttendance(eventId: string) {
  const host = await assertHost();
  const id = z.string().uuid().parse(eventId);
  // ok: sql-injection
  const rows = await pg`SELECT member_id FROM event_rsvps WHERE event_id = ${id} AND EXISTS (SELECT 1 FROM events WHERE id = ${id} AND host_id = ${host.id})`;
  // ok: excessive-data-exposure
  return rows.map((r) => r.member_id as string);
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function closeRsvps(eventId: string) {
  // ruleid: floating-auth-check
  requireHost();
  const id = z.string().uuid().parse(eventId);
  await db.update(events).set({ published: false }).where(eq(events.id, id));
}

// ok: missing-auth, missing-input-validation
export async function myHostedEventIds() {
  const host = await requireHost();
  // ok: excessive-data-exposure
  return (await db.select({ id: events.id }).from(events).where(and(eq(events.hostId, host.id), eq(events.published, true)))).map((e) => e.id);
}
