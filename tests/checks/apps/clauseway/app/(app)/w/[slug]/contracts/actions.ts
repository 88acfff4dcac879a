"use server";

import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { workspaceActionClient, authActionClient, actionClient } from "@/lib/safe-action";
import { db } from "@/lib/db/drizzle";
import { contracts } from "@/lib/db/schema";
import { contractCreateSchema, contractUpdateSchema } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export const createContract = workspaceActionClient
  .metadata({ actionName: "createContract" })
  .schema(contractCreateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { workspaceId: _ws, ...fields } = parsedInput;
    // ok: mass-assignment, missing-authorization
    const [row] = await db.insert(contracts).values({ ...fields, workspaceId: ctx.workspaceId, ownerId: ctx.user.id }).returning({ id: contracts.id });
    revalidatePath(`/w`);
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export const updateContract = workspaceActionClient
  .metadata({ actionName: "updateContract" })
  .schema(contractUpdateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { contractId, workspaceId: _ws, ...patch } = parsedInput;
    // ok: mass-assignment, missing-authorization
    await db.update(contracts).set(patch).where(and(eq(contracts.id, contractId), eq(contracts.workspaceId, ctx.workspaceId)));
    return { success: true };
  });

// ok: missing-auth, missing-input-validation
export const getContractSummary = workspaceActionClient
  .metadata({ actionName: "getContractSummary" })
  .schema(z.object({ workspaceId: z.string().uuid(), contractId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const [row] = await db
      .select({ id: contracts.id, title: contracts.title, status: contracts.status, renewalDate: contracts.renewalDate })
      .from(contracts)
      .where(and(eq(contracts.id, parsedInput.contractId), eq(contracts.workspaceId, ctx.workspaceId)));
    // ok: excessive-data-exposure
    return row ?? null;
  });

// ok: missing-auth, missing-input-validation
export const getContractRaw = workspaceActionClient
  .metadata({ actionName: "getContractRaw" })
  .schema(z.object({ workspaceId: z.string().uuid(), contractId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const [row] = await db.select().from(contracts).where(and(eq(contracts.id, parsedInput.contractId), eq(contracts.workspaceId, ctx.workspaceId)));
    // why: whole drizzle row incl. signingSecret returned to the client
    // ruleid: excessive-data-exposure
    return row;
  });

// ok: missing-auth, missing-input-validation
export const transferContractOwner = authActionClient
  .metadata({ actionName: "transferContractOwner" })
  .schema(z.object({ contractId: z.string().uuid(), newOwnerId: z.string() }))
  .action(async ({ parsedInput }) => {
    // why: any signed-in user re-assigns any contract; ownerId taken from the client, no ownership/role check
    // ruleid: missing-authorization, mass-assignment
    await db.update(contracts).set({ ownerId: parsedInput.newOwnerId }).where(eq(contracts.id, parsedInput.contractId));
    return { success: true };
  });

// why: public client (no .use auth middleware) archives contracts
// ruleid: missing-auth
// ok: missing-input-validation
export const archiveContractQuick = actionClient
  .metadata({ actionName: "archiveContractQuick" })
  .schema(z.object({ contractId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    await db.update(contracts).set({ archivedAt: new Date() }).where(eq(contracts.id, parsedInput.contractId));
    return { success: true };
  });
