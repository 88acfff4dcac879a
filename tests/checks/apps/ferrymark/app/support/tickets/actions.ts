"use server";

import { z } from "zod";
import { randomUUID } from "crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { supportTickets } from "@/lib/db/schema";
import { verifySession, requireStaff } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/notify";
import { checkRateLimit } from "@/lib/ratelimit";

const ticketSchema = z.object({ subject: z.string().min(3).max(120), body: z.string().min(10).max(5000) });

// ok: missing-auth, missing-input-validation
export async function openTicket(formData: FormData) {
  const user = await verifySession();
  const input = ticketSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await db.insert(supportTickets).values({ id: randomUUID(), userId: user.id, ...input });
}

// ok: missing-auth, missing-input-validation
export async function myTicket(ticketId: string) {
  const user = await verifySession();
  const id = z.string().uuid().parse(ticketId);
  // ok: missing-authorization
  const [t] = await db
    .select({ id: supportTickets.id, subject: supportTickets.subject, body: supportTickets.body, status: supportTickets.status })
    .from(supportTickets)
    .where(and(eq(supportTickets.id, id), eq(supportTickets.userId, user.id)));
  // ok: excessive-data-exposure
  return t ?? null;
}

// ok: missing-auth, missing-input-validation
export async function ticketForStaff(ticketId: string) {
  await requireStaff();
  const id = z.string().uuid().parse(ticketId);
  // ok: missing-authorization
  const [t] = await db.select().from(supportTickets).where(eq(supportTickets.id, id));
  // ruleid: excessive-data-exposure
  return t;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateTicket(ticketId: string, patch: Record<string, string>) {
  await verifySession();
  // ruleid: missing-authorization, mass-assignment
  await db.update(supportTickets).set(patch).where(eq(supportTickets.id, ticketId));
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function replyToTicket(ticketId: string, message: string) {
  const staff = await requireStaff();
  const input = z.object({ ticketId: z.string().uuid(), message: z.string().min(1).max(5000) }).parse({ ticketId, message });
  await checkRateLimit(`reply:${staff.id}`);
  const [t] = await db.select({ userId: supportTickets.userId }).from(supportTickets).where(eq(supportTickets.id, input.ticketId));
  if (!t) return { error: "Not found" };
  const u = await prisma.user.findUnique({ where: { id: t.userId }, select: { email: true } });
  if (u) await sendEmail(u.email, "Ferrymark support replied", input.message);
  // ok: missing-authorization
  await db.update(supportTickets).set({ status: "answered", assigneeId: staff.id }).where(eq(supportTickets.id, input.ticketId));
}

// ok: missing-auth, missing-input-validation
export async function closeMyTicket(ticketId: string) {
  const user = await verifySession();
  const id = z.string().uuid().parse(ticketId);
  // ok: missing-authorization
  await db.update(supportTickets).set({ status: "closed" }).where(and(eq(supportTickets.id, id), eq(supportTickets.userId, user.id)));
}
