"use server";

import { z } from "zod";
import { agencyActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { assertClientAccess } from "@/lib/permissions";
import { requireUser } from "@/lib/auth";

const MarEntry = z.object({
  clientId: z.string(),
  medication: z.string().min(1),
  dose: z.string().min(1),
  administeredAt: z.coerce.date(),
  refused: z.boolean().default(false),
});

// ok: missing-auth, missing-input-validation
export const recordAdministration = agencyActionClient
  .schema(MarEntry)
  .metadata({ actionName: "recordAdministration" })
  .action(async ({ parsedInput, ctx }) => {
    await assertClientAccess(ctx.userId, parsedInput.clientId);
    // ok: mass-assignment, missing-authorization
    await prisma.medicationRecord.create({ data: { ...parsedInput, agencyId: ctx.agencyId, administeredBy: ctx.userId } });
  });

// ok: missing-auth, missing-input-validation
export const listMar = agencyActionClient
  .schema(z.object({ clientId: z.string() }))
  .metadata({ actionName: "listMar" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const rows = await prisma.medicationRecord.findMany({
      where: { clientId: parsedInput.clientId, agencyId: ctx.agencyId },
      select: { id: true, medication: true, dose: true, administeredAt: true, refused: true },
    });
    // ok: excessive-data-exposure
    return rows;
  });

// Older form action: "administeredBy" comes from a hidden input.
// ok: missing-auth
// ruleid: missing-input-validation
export async function correctMarEntry(formData: FormData) {
  const user = await requireUser();
  const id = String(formData.get("id"));
  const record = await prisma.medicationRecord.findUnique({ where: { id }, select: { agencyId: true } });
  if (!record) return;
  const member = await prisma.membership.findFirst({ where: { userId: user.id, agencyId: record.agencyId }, select: { id: true } });
  if (!member) throw new Error("Forbidden");
  // ok: mass-assignment
  await prisma.medicationRecord.update({
    where: { id },
    data: {
      dose: String(formData.get("dose")),
      // ruleid: missing-authorization
      administeredBy: String(formData.get("administeredBy")),
    },
  });
}
