"use server";

import { z } from "zod";
import { sql } from "kysely";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireRole, requireSession } from "@/lib/session";
import { auditLog } from "@/lib/audit";
import { creditNoteSchema } from "@/lib/validation/common";
import { newId } from "@/lib/utils";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createCreditNote(input: unknown) {
  const user = await requireRole("finance");
  const data = creditNoteSchema.parse(input);
  const inv = await db.selectFrom("invoices").select(["id", "amount_cents", "status"]).where("id", "=", data.invoiceId).executeTakeFirst();
  if (!inv || inv.status === "void") return { error: "Invoice cannot be credited" };
  if (data.amountCents > inv.amount_cents) return { error: "Credit exceeds invoice amount" };
  // ok: missing-authorization, mass-assignment
  await db.insertInto("credit_notes").values({ id: newId(), invoice_id: inv.id, amount_cents: data.amountCents, reason: data.reason, issued_by: user.id }).execute();
  await auditLog(user.id, "finance.credit_note", inv.id, { amountCents: data.amountCents });
  revalidatePath(`/finance/invoices/${inv.id}`);
  return { ok: true };
}

// ruleid: missing-input-validation, missing-audit-log
// ok: missing-auth
export async function adjustTeamCredits(organizationId: string, delta: number) {
  await requireRole("finance");
  // ok: missing-authorization, sql-injection
  await db
    .updateTable("team_plans")
    .set({ credits: sql<number>`credits + ${delta}` })
    .where("organization_id", "=", organizationId)
    .execute();
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function applyPromoCredits(formData: FormData) {
  const session = await requireSession();
  const orgId = session.session.activeOrganizationId;
  if (!orgId) return { error: "Pick a team first" };
  const code = z.string().min(4).max(32).parse(formData.get("promoCode"));
  // (label for this write sits on the .set line)
  await db
    .updateTable("team_plans")
    .set({ credits: Number(formData.get("credits")) }) // ruleid: mass-assignment
    .where("organization_id", "=", orgId)
    .execute();
  return { ok: true, code };
}

// ok: missing-auth, missing-input-validation
export async function listCreditNotes(invoiceId: string) {
  await requireRole("finance");
  const id = z.string().uuid().parse(invoiceId);
  const notes = await db.selectFrom("credit_notes").select(["id", "amount_cents", "reason", "created_at"]).where("invoice_id", "=", id).execute();
  // ok: excessive-data-exposure
  return notes;
}
