"use server";

import { z } from "zod";
import { adminActionClient } from "@/lib/safe-action";
import { requireAdmin } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const suspendAgency = adminActionClient
  .metadata({ name: "agency.suspend" })
  .inputSchema(z.object({ agencyId: z.string().cuid(), suspended: z.boolean() }))
  .action(async ({ parsedInput }) => {
    await prisma.agency.update({ where: { id: parsedInput.agencyId }, data: { suspendedAt: parsedInput.suspended ? new Date() : null } });
    await prisma.membership.updateMany({ where: { agencyId: parsedInput.agencyId }, data: { active: !parsedInput.suspended } });
    return { ok: true };
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function setAgencyPlan(agencyId: string, plan: string) {
  await requireAdmin();
  const input = z.object({ agencyId: z.string().cuid(), plan: z.enum(["starter", "growth", "enterprise"]) }).parse({ agencyId, plan });
  await prisma.agency.update({
    where: { id: input.agencyId },
    // todoruleid: mass-assignment -- Warden keeps its exemption for privileged fields written by a role-gated admin (see LABELS.md, pass 18)
    data: { plan: input.plan },
  });
}

// ok: missing-auth
export async function listAgencies() {
  await requireAdmin();
  const agencies = await prisma.agency.findMany({ take: 200 });
  // ruleid: excessive-data-exposure
  return agencies;
}
