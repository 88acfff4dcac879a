"use server";

import { z } from "zod";
import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { feeSchedules } from "@/lib/db/schema";
import { auditedStaffClient, staffActionClient } from "@/lib/safe-action";
import { withRole } from "@/lib/wrappers";

const formulaSchema = z.object({
  base: z.number().min(0),
  perThousandValuation: z.number().min(0),
  minimum: z.number().min(0),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const upsertFeeSchedule = auditedStaffClient
  .metadata({ actionName: "fees.schedule_upsert" })
  .inputSchema(z.object({ permitType: z.string().min(2).max(40), formula: formulaSchema }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "OWNER" && ctx.role !== "DEPARTMENT_HEAD") throw new Error("Forbidden");
    await db
      .update(feeSchedules)
      .set({ active: false })
      .where(and(eq(feeSchedules.municipalityId, ctx.municipalityId), eq(feeSchedules.permitType, parsedInput.permitType)));
    const [row] = await db
      .insert(feeSchedules)
      // ok: mass-assignment
      .values({ ...parsedInput, municipalityId: ctx.municipalityId })
      .returning({ id: feeSchedules.id });
    return row;
  });

// ok: missing-auth, missing-input-validation
export const listFeeSchedules = staffActionClient
  .metadata({ actionName: "fees.schedule_list" })
  .inputSchema(z.object({ activeOnly: z.boolean().default(true) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await db
      .select()
      .from(feeSchedules)
      .where(and(eq(feeSchedules.municipalityId, ctx.municipalityId), parsedInput.activeOnly ? eq(feeSchedules.active, true) : undefined));
    // ruleid: excessive-data-exposure
    return rows;
  });

const ToggleSchema = v.object({ scheduleId: v.pipe(v.string(), v.uuid()) });

// ok: missing-auth
// ruleid: missing-input-validation -- one FormData field parsed, the rest of the form written (Object.fromEntries)
export const toggleFeeSchedule = withRole(["OWNER", "DEPARTMENT_HEAD"], async (ctx, formData) => {
  const { scheduleId } = v.parse(ToggleSchema, { scheduleId: formData.get("scheduleId") });
  const patch = Object.fromEntries(formData);
  delete patch.scheduleId;
  // ok: missing-authorization
  await db
    .update(feeSchedules)
    // ruleid: mass-assignment
    .set(patch)
    .where(and(eq(feeSchedules.id, scheduleId), eq(feeSchedules.municipalityId, ctx.municipalityId)));
});
