"use server";

import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { withAudit, withRole } from "@/lib/wrappers";
import { payoutsByStatus } from "@/services/statements";
import { logger } from "@/lib/logger";

const bankSchema = z.object({
  payoutId: z.string().uuid(),
  sortCode: z.string().regex(/^\d{6}$/),
  accountNo: z.string().regex(/^\d{8}$/),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changePayoutBankDetails = withAudit("payout.bank_changed", ["OWNER"], async (formData, { agencyId }) => {
  const input = bankSchema.parse({ payoutId: formData.get("payoutId"), sortCode: formData.get("sortCode"), accountNo: formData.get("accountNo") });
  // ok: missing-authorization
  await kdb
    .updateTable("payouts")
    .set({ sort_code: input.sortCode, account_no: input.accountNo })
    .where("id", "=", input.payoutId)
    .where("agency_id", "=", agencyId)
    .execute();
});

// ok: missing-auth, missing-input-validation
export const approvePayout = withRole(["OWNER", "ACCOUNTANT"], async (formData, { userId }) => {
  const payoutId = z.string().uuid().parse(formData.get("payoutId"));
  // ruleid: missing-authorization
  await kdb.updateTable("payouts").set({ status: "approved" }).where("id", "=", payoutId).execute();
  logger.info({ payoutId, userId }, "payout.approved");
});

// ruleid: missing-input-validation
// ok: missing-auth
export const updatePayout = withRole(["OWNER", "ACCOUNTANT"], async (formData, { agencyId }) => {
  const values = Object.fromEntries(formData) as Record<string, string>;
  await kdb
    .updateTable("payouts")
    // ruleid: mass-assignment
    .set(values)
    .where("id", "=", values.id)
    .where("agency_id", "=", agencyId)
    .execute();
});

// ruleid: missing-input-validation
// ok: missing-auth
export const payoutsWithStatus = withRole(["OWNER", "ACCOUNTANT"], async (formData, { agencyId }) => {
  const status = String(formData.get("status") ?? "pending");
  const result = await payoutsByStatus(agencyId, status);
  // ok: excessive-data-exposure
  return result.rows.length;
});
