"use server";

import { z } from "zod";
import { agencyActionClient, ActionError } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { canAccessClient, assertClientAccess } from "@/lib/permissions";
import { logger } from "@/lib/logger";

const PLANNING_ROLES = ["OWNER", "ADMIN", "COORDINATOR"] as const;

function isPlanningRole(role: string) {
  return (PLANNING_ROLES as readonly string[]).includes(role);
}

const AssignSchema = z.object({ clientId: z.string(), caregiverId: z.string() });

// Preferred caregiver for a client ("care team").
// ok: missing-auth, missing-input-validation
export const addToCareTeam = agencyActionClient
  .schema(AssignSchema)
  .metadata({ actionName: "addToCareTeam" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!isPlanningRole(ctx.role)) throw new ActionError("Coordinators only");
    // ok: floating-auth-check
    const allowed = await canAccessClient(ctx.userId, parsedInput.clientId);
    if (!allowed) throw new ActionError("Forbidden");
    // ok: missing-authorization
    const cg = await prisma.caregiver.findFirst({ where: { id: parsedInput.caregiverId, agencyId: ctx.agencyId }, select: { id: true } });
    if (!cg) throw new ActionError("Unknown caregiver");
    try {
      // ok: missing-authorization
      await prisma.shift.updateMany({ where: { clientId: parsedInput.clientId, agencyId: ctx.agencyId, status: "open" }, data: { caregiverId: cg.id } });
      return { success: true };
    } catch (err) {
      logger.error({ err }, "care team update failed");
      // ok: information-disclosure
      return { success: false, error: "Could not update the care team. Please try again." };
    }
  });

// ok: missing-auth, missing-input-validation
export const compareCareTeams = agencyActionClient
  .schema(z.object({ clientA: z.string(), clientB: z.string() }))
  .metadata({ actionName: "compareCareTeams" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    const [a, b] = await Promise.all([canAccessClient(ctx.userId, parsedInput.clientA), canAccessClient(ctx.userId, parsedInput.clientB)]);
    if (!a || !b) throw new ActionError("Forbidden");
    // ok: missing-authorization
    const rows = await prisma.shift.groupBy({ by: ["clientId", "caregiverId"], where: { clientId: { in: [parsedInput.clientA, parsedInput.clientB] }, agencyId: ctx.agencyId }, _count: true });
    // ok: excessive-data-exposure
    return rows.map((r) => ({ clientId: r.clientId, caregiverId: r.caregiverId, visits: r._count }));
  });

// ok: missing-auth, missing-input-validation
export const removeFromCareTeam = agencyActionClient
  .schema(AssignSchema)
  .metadata({ actionName: "removeFromCareTeam" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    await assertClientAccess(ctx.userId, parsedInput.clientId);
    // ok: missing-authorization
    const { count } = await prisma.shift.updateMany({ where: { clientId: parsedInput.clientId, caregiverId: parsedInput.caregiverId, agencyId: ctx.agencyId, startsAt: { gt: new Date() } }, data: { status: "open" } });
    return { reopened: count };
  });
