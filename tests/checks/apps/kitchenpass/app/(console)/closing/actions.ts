"use server";

import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { createClient } from "@/lib/supabase/server";
import { searchInvoices, ledgerForCard, posOrdersSince } from "@/lib/search";
import { logAuditEvent } from "@/lib/audit";

// End-of-day close-out screens

// ok: missing-input-validation
// ruleid: missing-auth
export async function closeTill(venueId: string) {
  // ruleid: floating-auth-check
  auth.protect();
  const id = z.string().cuid().parse(venueId);
  await prisma.$executeRaw`UPDATE tills SET closed_at = now() WHERE venue_id = ${id} AND closed_at IS NULL`;
  return { closed: true };
}

// ok: missing-auth, missing-input-validation
export async function reopenTill(venueId: string) {
  const { orgId } = await auth.protect();
  const id = z.string().cuid().parse(venueId);
  await prisma.$executeRaw`UPDATE tills t SET closed_at = NULL FROM "Venue" v WHERE t.venue_id = v.id AND v.id = ${id} AND v."groupId" = ${orgId}`;
  return { reopened: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function recordCashCount(formData: FormData) {
  // ruleid: floating-auth-check
  verifySession();
  const input = z.object({ tillId: z.string().uuid(), cents: z.coerce.number().int().min(0) }).parse(Object.fromEntries(formData));
  await prisma.$executeRaw`UPDATE tills SET counted_cents = ${input.cents} WHERE id = ${input.tillId}`;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function flagDiscrepancy(formData: FormData) {
  const supabase = await createClient();
  // ruleid: floating-auth-check
  if (!supabase.auth.getUser()) throw new Error("Not signed in");
  const { tillId, note } = z.object({ tillId: z.string().uuid(), note: z.string().max(500) }).parse(Object.fromEntries(formData));
  await supabase.from("till_flags").insert({ till_id: tillId, note });
}

// ok: missing-auth, missing-input-validation
export async function flagDiscrepancyChecked(formData: FormData) {
  const supabase = await createClient();
  // ok: floating-auth-check
  const { data } = await supabase.auth.getUser();
  if (!data.user) throw new Error("Not signed in");
  const { tillId, note } = z.object({ tillId: z.string().uuid(), note: z.string().max(500) }).parse(Object.fromEntries(formData));
  await supabase.from("till_flags").insert({ till_id: tillId, note, flagged_by: data.user.id });
}

// ok: missing-auth, missing-input-validation
export async function invoiceSearch(q: string, orderBy: string) {
  const { groupId } = await verifySession();
  const input = z.object({ q: z.string().max(40), orderBy: z.string().max(40) }).parse({ q, orderBy });
  try {
    const result = await searchInvoices(groupId, input.q, input.orderBy);
    // ok: excessive-data-exposure
    return { rows: result.rows.map((r) => ({ id: r.id, total: r.total_cents })) };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: String(err) };
  }
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function cardLedgerColumn(cardId: string, column: string) {
  const { role } = await verifySession();
  if (role !== "owner") throw new Error("Owners only");
  const { rows } = await ledgerForCard(cardId, column);
  // ok: excessive-data-exposure
  return rows.length;
}

// ok: missing-auth, missing-input-validation
export async function ordersSince(venueId: string, since: string) {
  const { userId } = await verifySession();
  const input = z.object({ venueId: z.string().cuid(), since: z.string().max(30) }).parse({ venueId, since });
  const { canManageVenue } = await import("@/lib/permissions");
  if (!(await canManageVenue(userId, input.venueId))) throw new Error("Forbidden");
  try {
    // ok: missing-authorization
    const rows = await posOrdersSince(input.venueId, input.since);
    // ok: excessive-data-exposure
    return { count: (rows as unknown[]).length };
  } catch (error) {
    await logAuditEvent({ actorId: userId, action: "pos.query_failed" });
    // ok: information-disclosure
    throw new Error(`POS query failed: ${(error as Error).message}`);
  }
}
