"use server";

import { z } from "zod";
import { adminAction } from "@/lib/safe-action";
import { requireNationalAdmin } from "@/lib/dal";
import { db } from "@/lib/db/kysely";
import { pool } from "@/lib/db/pool";
import { newApiKey } from "@/lib/crypto";
import { audit } from "@/lib/audit";
import { centreSettingsSchema } from "@/lib/validators";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createPartnerKey = adminAction
  .metadata({ actionName: "createPartnerKey" })
  .inputSchema(z.object({ partnerId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    const key = newApiKey();
    // ok: missing-authorization
    await db.updateTable("partners").set({ apiKeyHash: key.hash, apiKeyPrefix: key.prefix }).where("id", "=", parsedInput.partnerId).execute();
    // ok: excessive-data-exposure
    return { key: key.raw, prefix: key.prefix };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokePartnerKey(partnerId: string) {
  await requireNationalAdmin();
  const id = z.string().uuid().parse(partnerId);
  // ok: missing-authorization
  await db.updateTable("partners").set({ apiKeyHash: "revoked", active: false }).where("id", "=", id).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updateCentreSettings = adminAction
  .metadata({ actionName: "updateCentreSettings" })
  .inputSchema(centreSettingsSchema.extend({ centreId: z.string().uuid() }))
  .action(async ({ parsedInput: { centreId, ...settings } }) => {
    // ok: mass-assignment, missing-authorization
    await db
      .updateTable("centres")
      .set({ ...settings, openingHours: JSON.stringify(settings.openingHours) })
      .where("id", "=", centreId)
      .execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const listPartners = adminAction
  .metadata({ actionName: "listPartners" })
  .inputSchema(z.object({ activeOnly: z.boolean().default(true) }))
  .action(async ({ parsedInput }) => {
    let q = db.selectFrom("partners").select(["id", "name", "contactEmail", "apiKeyPrefix", "active"]);
    if (parsedInput.activeOnly) q = q.where("active", "=", true);
    // ok: excessive-data-exposure
    return q.execute();
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const partnerDetail = adminAction
  .metadata({ actionName: "partnerDetail" })
  .inputSchema(z.object({ partnerId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ok: sql-injection
    const { rows } = await pool.query("SELECT * FROM partners WHERE id = $1", [parsedInput.partnerId]);
    // ruleid: excessive-data-exposure
    return rows[0];
  });

// Helper for the onboarding script; exported from a "use server" module.
// ruleid: missing-auth, missing-input-validation, missing-audit-log
export async function createPartner(name: string, contactEmail: string) {
  const key = newApiKey();
  const customer = await stripe.customers.create({ name, email: contactEmail });
  await db
    .insertInto("partners")
    .values({ name, contactEmail, apiKeyHash: key.hash, apiKeyPrefix: key.prefix, stripeCustomerId: customer.id, active: true })
    .execute();
  return { key: key.raw };
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function purgeAuditEvents(olderThanDays: number, actionPrefix = "") {
  const admin = await requireNationalAdmin();
  const days = Number(olderThanDays);
  if (!Number.isInteger(days) || days < 365) throw new Error("Retention is at least a year");
  // ruleid: sql-injection // ok: missing-authorization
  await pool.query(`DELETE FROM audit_events WHERE at < now() - make_interval(days => ${days}) AND action LIKE '${actionPrefix}%'`);
  await audit.record({ actorId: admin.id, action: "admin.audit.purge", meta: { days } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendCentre(centreId: string) {
  const admin = await requireNationalAdmin();
  const id = z.string().uuid().parse(centreId);
  // ok: sql-injection, missing-authorization
  await pool.query("UPDATE centres SET appeal_quota_per_day = 0 WHERE id = $1", [id]);
  await audit.record({ actorId: admin.id, action: "admin.centre.suspend", target: id });
  return { ok: true };
}
