"use server";

import { randomInt } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { publicFormProcedure } from "@/lib/zsa";
import { withFestival } from "@/lib/with-festival";
import { lostItemSchema } from "@/lib/validators";
import { festivalIdBySlug } from "@/lib/festival";
import { requireStaff, requireRole } from "@/lib/auth/staff";
import { searchLostItems } from "@/lib/reports";
import { sendMail } from "@/lib/mail";

// ok: missing-input-validation, missing-rate-limit, missing-auth -- declared public (`publicFormProcedure`, no auth middleware): a new row and a mail (pass 36 ruling; was todook, cause 1)
export const reportLostItem = publicFormProcedure
  .createServerAction()
  .input(lostItemSchema.extend({ festivalSlug: z.string().min(1).max(80) }))
  .handler(async ({ input }) => {
    const festivalId = await festivalIdBySlug(input.festivalSlug);
    if (!festivalId) return { ok: false as const };
    const claimCode = String(randomInt(100000, 999999));
    // ok: mass-assignment
    await db.insertInto("lost_items").values({ festival_id: festivalId, description: input.description, contact_email: input.contactEmail, contact_phone: input.contactPhone ?? null, location: input.location ?? null, status: "reported", claim_code: claimCode }).execute();
    await sendMail(input.contactEmail, "We've logged your lost item", `<p>Your claim code is ${claimCode}.</p>`);
    return { ok: true as const };
  });

// ok: missing-auth, missing-input-validation
// todoruleid: missing-rate-limit -- a public lookup by a 6-digit code (cause 10)
export async function checkClaimStatus(formData: FormData) {
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  const item = await db.selectFrom("lost_items").select(["status", "location"]).where("claim_code", "=", code).executeTakeFirst();
  // ok: excessive-data-exposure
  return item ? { status: item.status, location: item.location } : { status: "unknown" };
}

// ok: missing-auth, missing-input-validation
export async function searchLost(term: string) {
  const ctx = await requireStaff();
  if (typeof term !== "string" || term.length > 100) throw new Error("Bad search");
  const rows = await searchLostItems(ctx.festivalId, term);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, description: r.description, status: r.status }));
}

// ok: missing-auth, missing-input-validation
export const markItemReturned = withFestival(async (formData, ctx) => {
  const id = z.string().uuid().parse(formData.get("id"));
  // ok: missing-authorization
  await db.updateTable("lost_items").set({ status: "returned" }).where("id", "=", id).where("festival_id", "=", ctx.festivalId).execute();
});

// ok: missing-auth
// ruleid: missing-input-validation
export const lostItemContact = withFestival(async (formData) => {
  const id = formData.get("id") as string;
  // ruleid: missing-authorization
  const item = await db.selectFrom("lost_items").selectAll().where("id", "=", id).executeTakeFirst();
  // ruleid: excessive-data-exposure
  return item;
});

// ruleid: missing-auth
// ok: missing-input-validation
export async function archiveOldLostItems() {
  // ruleid: floating-auth-check
  requireRole("org:promoter");
  const res = await db.deleteFrom("lost_items").where("status", "=", "returned").where("created_at", "<", new Date(Date.now() - 90 * 86400_000)).executeTakeFirst();
  return { archived: Number(res.numDeletedRows) };
}
