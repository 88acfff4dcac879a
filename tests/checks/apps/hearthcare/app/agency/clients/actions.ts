"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { agencyActionClient, agencyAdminClient, draftActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { getClientForAgency } from "@/lib/dal/clients";

const ClientSchema = z.object({
  fullName: z.string().min(1),
  dateOfBirth: z.coerce.date(),
  address: z.string().min(5),
  medicaidId: z.string().optional(),
  carePlan: z.string().max(20000).optional(),
});

// ok: missing-auth, missing-input-validation
export const createClient = agencyActionClient
  .schema(ClientSchema)
  .metadata({ actionName: "createClient" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment
    const client = await prisma.client.create({ data: { ...parsedInput, agencyId: ctx.agencyId }, select: { id: true } });
    revalidatePath("/agency/clients");
    return client;
  });

// ok: missing-auth, missing-input-validation
export const updateClient = agencyActionClient
  .schema(ClientSchema.partial().extend({ id: z.string().cuid() }))
  .metadata({ actionName: "updateClient" })
  .action(async ({ parsedInput: { id, ...data }, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.client.updateMany({ where: { id, agencyId: ctx.agencyId }, data });
    revalidatePath(`/agency/clients/${id}`);
  });

// ok: missing-auth, missing-input-validation
export const getClient = agencyActionClient
  .schema(z.object({ id: z.string() }))
  .metadata({ actionName: "getClient" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const client = await getClientForAgency(ctx.agencyId, parsedInput.id);
    // ok: excessive-data-exposure
    return client;
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const archiveClient = agencyAdminClient
  .schema(z.object({ id: z.string() }))
  .metadata({ actionName: "archiveClient" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.client.updateMany({ where: { id: parsedInput.id, agencyId: ctx.agencyId }, data: { archived: true } });
  });

// Looked up by id only: the membership middleware proves the caller is in *an* agency, not this client's.
// ok: missing-auth, missing-input-validation
export const getClientMedicalSummary = agencyActionClient
  .schema(z.object({ clientId: z.string() }))
  .metadata({ actionName: "getClientMedicalSummary" })
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const c = await prisma.client.findUnique({ where: { id: parsedInput.clientId }, select: { fullName: true, diagnosisNotes: true, medicaidId: true } });
    // ok: excessive-data-exposure
    return c;
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const saveClientDraft = draftActionClient
  .schema(z.object({ clientId: z.string(), carePlan: z.string().max(20000) }))
  .metadata({ actionName: "saveClientDraft" })
  .action(async ({ parsedInput }) => {
    await prisma.client.update({ where: { id: parsedInput.clientId }, data: { carePlan: parsedInput.carePlan } });
  });
