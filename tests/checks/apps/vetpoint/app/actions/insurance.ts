"use server";

import { z } from "zod";
import { ownerClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
export const linkInsurer = ownerClient
  .inputSchema(z.object({ petId: z.string(), insurerRef: z.string().regex(/^[A-Z0-9-]{6,20}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization, mass-assignment
    const res = await prisma.pet.updateMany({ where: { id: parsedInput.petId, ownerId: ctx.owner.id }, data: { insurerRef: parsedInput.insurerRef } });
    return { linked: res.count === 1 };
  });

// ok: missing-auth, missing-input-validation
export const claimPack = ownerClient
  .bindArgsSchemas<[petId: z.ZodString]>([z.string()])
  .action(async ({ bindArgsParsedInputs: [petId] }) => {
    // ruleid: missing-authorization
    const notes = await prisma.visitNote.findMany({ where: { petId, internal: false }, select: { body: true, createdAt: true } });
    return notes;
  });

// ok: missing-auth, missing-input-validation
export async function claimHistory() {
  const s = await verifySession();
  // ok: excessive-data-exposure
  return prisma.invoice.findMany({ where: { ownerId: s.ownerId }, select: { id: true, amount: true, createdAt: true } });
}
