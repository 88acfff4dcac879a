"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { assertClientAccess } from "@/lib/permissions";
import { agencyActionClient } from "@/lib/safe-action";

// Recurring-visit templates (weekly pattern per client).

// ok: missing-auth, missing-input-validation
export const copyWeek = agencyActionClient
  .schema(z.object({ clientId: z.string(), fromWeek: z.coerce.date(), toWeek: z.coerce.date() }))
  .metadata({ actionName: "copyWeek" })
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    assertClientAccess(ctx.userId, parsedInput.clientId);
    // todoruleid: missing-authorization
    const shifts = await prisma.shift.findMany({
      where: { clientId: parsedInput.clientId, startsAt: { gte: parsedInput.fromWeek, lt: new Date(parsedInput.fromWeek.getTime() + 7 * 86400000) } },
      select: { caregiverId: true, startsAt: true, endsAt: true, payRate: true, agencyId: true },
    });
    const delta = parsedInput.toWeek.getTime() - parsedInput.fromWeek.getTime();
    // ruleid: missing-authorization
    await prisma.shift.createMany({ data: shifts.map((s) => ({ ...s, clientId: parsedInput.clientId, startsAt: new Date(s.startsAt.getTime() + delta), endsAt: new Date(s.endsAt.getTime() + delta) })) });
  });

// ok: missing-auth, missing-input-validation
export const clearWeek = agencyActionClient
  .schema(z.object({ clientId: z.string(), week: z.coerce.date() }))
  .metadata({ actionName: "clearWeek" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    await assertClientAccess(ctx.userId, parsedInput.clientId);
    // ok: missing-authorization
    await prisma.shift.deleteMany({ where: { clientId: parsedInput.clientId, agencyId: ctx.agencyId, startsAt: { gte: parsedInput.week, lt: new Date(parsedInput.week.getTime() + 7 * 86400000) } } });
  });

// Old form action; the guard was refactored to async and the call site was never updated.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function saveShiftTemplate(formData: FormData) {
  // ruleid: floating-auth-check
  requireUser();
  const fields = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await prisma.shift.create({ data: fields as any });
}
