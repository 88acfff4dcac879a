"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pool";
import { sql } from "@/lib/db/postgres";
import { requireCharityRole, FINANCE_ROLES } from "@/lib/authz";
import { auditedFinanceProcedure } from "@/lib/zsa";
import { withFormErrors } from "@/lib/wrappers";
import { Cuid } from "@/lib/validation";

const TaxYear = z.coerce.number().int().min(2015).max(2100);

// ok: missing-auth, missing-input-validation
export async function createGiftAidBatch(charityId: string, taxYear: number) {
  const ctx = await requireCharityRole(charityId, FINANCE_ROLES);
  const year = TaxYear.parse(taxYear);
  // ok: sql-injection
  const [batch] = await sql<{ id: string; total: number }[]>`
    INSERT INTO "GiftAidBatch" (id, "charityId", status, "totalPence")
    SELECT gen_random_uuid(), ${ctx.charityId}, 'draft', COALESCE(SUM("amountPence"), 0) * 25 / 100
    FROM "Donation" WHERE "charityId" = ${ctx.charityId} AND "giftAid" = true
      AND EXTRACT(YEAR FROM "createdAt") = ${year}
    RETURNING id, "totalPence" AS total`;
  // ok: excessive-data-exposure
  return batch;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const submitGiftAidBatch = auditedFinanceProcedure
  .createServerAction()
  .input(z.object({ batchId: Cuid }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.giftAidBatch.updateMany({
      where: { id: input.batchId, charityId: { in: ctx.financeCharityIds }, status: "draft" },
      data: { status: "submitted", submittedBy: ctx.userId },
    });
    return { submitted: count === 1 };
  });

// ruleid: missing-input-validation
// ok: missing-auth
export async function getClaimRows(charityId: string, taxYear: string) {
  const ctx = await requireCharityRole(charityId, FINANCE_ROLES);
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT g."fullName", g.postcode, d."amountPence", d."createdAt" FROM "GiftAidDeclaration" g
     JOIN "Donation" d ON d."donorId" = g."donorId"
     WHERE g."charityId" = '${ctx.charityId}' AND EXTRACT(YEAR FROM d."createdAt") = ${taxYear}`,
  );
  // ok: excessive-data-exposure
  return rows.map((r) => ({ name: r.fullName as string, postcode: r.postcode as string, amount: r.amountPence as number }));
}

// ruleid: missing-input-validation
// ruleid: missing-auth
// todook: information-disclosure -- ambiguous: the action-line side of the wrapper finding at lib/wrappers.ts:51
export const discardDraftBatch = withFormErrors(async (batchId: string) => {
  // ok: sql-injection
  await pool.query(`DELETE FROM "GiftAidBatch" WHERE id = $1 AND status = 'draft'`, [batchId]);
  return { ok: true };
});
