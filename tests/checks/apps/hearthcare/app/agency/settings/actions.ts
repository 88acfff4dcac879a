"use server";

import { z } from "zod";
import { agencyAdminClient } from "@/lib/safe-action";
import { withAgencyAdmin } from "@/lib/with-agency";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

const AgencySettings = z.object({ name: z.string().min(2).max(120), slug: z.string().regex(/^[a-z0-9-]+$/) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updateAgencySettings = agencyAdminClient
  .schema(AgencySettings)
  .metadata({ actionName: "updateAgencySettings" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment, missing-authorization
    await prisma.agency.update({ where: { id: ctx.agencyId }, data: parsedInput });
  });

// The "plan" field is posted by the pricing page toggle.
// ok: missing-auth
// ruleid: missing-input-validation
export const updateAgencyProfile = withAgencyAdmin(async (formData, { agencyId, userId }) => {
  const body = Object.fromEntries(formData) as Record<string, string>;
  await prisma.agency.update({
    where: { id: agencyId },
    data: {
      name: body.name,
      // ruleid: mass-assignment
      plan: body.plan,
    },
  });
  await auditLog({ agencyId, actorId: userId, action: "agency.profile_updated" });
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const deleteAgency = withAgencyAdmin(async (formData, { agencyId, role }) => {
  if (role !== "OWNER") return { error: "Owner only" };
  const confirm = z.literal("DELETE").parse(formData.get("confirm"));
  await prisma.agency.delete({ where: { id: agencyId } });
  return { success: confirm === "DELETE" };
});
