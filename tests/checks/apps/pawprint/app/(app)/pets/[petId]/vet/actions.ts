"use server";

import { z } from "zod";
import { authActionClient, ActionError } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { isPetOwner } from "@/lib/permissions";
import { sendEmail } from "@/lib/email";

const vetSchema = z.object({
  petId: z.string().cuid(),
  vetName: z.string().max(120),
  vetPhone: z.string().max(30),
  vetEmail: z.string().email().optional(),
});

// ok: missing-auth, missing-input-validation
export const updateVetContact = authActionClient
  .inputSchema(vetSchema)
  .action(async ({ parsedInput: { petId, ...vet } }) => {
    // ruleid: missing-authorization
    await prisma.pet.update({ where: { id: petId }, data: vet });
    return { saved: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit -- e-mails medical records to a recipient the caller types, with no limit
export const shareVetRecords = authActionClient
  .inputSchema(z.object({ petId: z.string().cuid(), to: z.string().email(), note: z.string().max(500).optional() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await isPetOwner(ctx.userId, parsedInput.petId))) throw new ActionError("Not your pet");
    const pet = await prisma.pet.findUnique({
      where: { id: parsedInput.petId },
      select: { name: true, medicalNotes: true, medications: true, microchipId: true },
    });
    await sendEmail({
      to: parsedInput.to,
      subject: `Medical records for ${pet?.name}`,
      html: `<pre>${pet?.medicalNotes ?? ""}\n${pet?.medications ?? ""}</pre><p>${parsedInput.note ?? ""}</p>`,
    });
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation
export const getVetContact = authActionClient
  .inputSchema(z.object({ petId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const pet = await prisma.pet.findFirst({
      where: { id: parsedInput.petId, ownerId: ctx.userId },
      select: { vetName: true, vetPhone: true, vetEmail: true },
    });
    // ok: excessive-data-exposure
    return pet;
  });
