"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { withCoopAdmin } from "@/lib/wrappers";
import { requireCoopMember } from "@/lib/permissions";

const coopSettingsSchema = z.object({
  name: z.string().min(3).max(120),
  country: z.string().length(2),
  plan: z.enum(["FREE", "GROWER", "FEDERATION"]).optional(),
});

// The plan selector was meant for the billing page only.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const updateCoopSettings = withCoopAdmin("coop.settings_updated", async (ctx, raw: unknown) => {
  const parsed = coopSettingsSchema.parse(raw);
  await prisma.coop.update({
    where: { id: ctx.coopId },
    // ruleid: mass-assignment
    data: parsed,
  });
  return { ok: true };
});

const brandingSchema = z.object({ name: z.string().min(3).max(120), country: z.string().length(2) });

// ok: missing-auth, missing-input-validation
export async function updateCoopBranding(coopId: string, raw: unknown) {
  const ctx = await requireCoopMember(coopId, ["OWNER", "ADMIN"]);
  const data = brandingSchema.parse(raw);
  // ok: mass-assignment, missing-authorization
  await prisma.coop.update({ where: { id: ctx.coopId }, data });
  return { ok: true };
}

// ok: missing-auth
export async function getCoopSettings(coopId: string) {
  const ctx = await requireCoopMember(coopId);
  const coop = await prisma.coop.findUnique({ where: { id: ctx.coopId } });
  // ruleid: excessive-data-exposure
  return coop;
}
