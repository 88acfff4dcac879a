"use server";

import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { db, sql } from "@/lib/db/drizzle";
import { contractVersions } from "@/lib/db/schema";
import { loadEditableContract, getContractForCurrentUser } from "@/lib/contracts/dal";
import { canEditContract } from "@/lib/permissions";

const uploadSchema = z.object({ contractId: z.string().uuid(), body: z.string().min(1).max(2_000_000) });

// ok: missing-auth, missing-input-validation
export const addVersion = authActionClient
  .metadata({ actionName: "addVersion" })
  .schema(uploadSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { contract } = await loadEditableContract(parsedInput.contractId);
    const [last] = await db.select({ n: contractVersions.number }).from(contractVersions).where(eq(contractVersions.contractId, contract.id)).orderBy(desc(contractVersions.number)).limit(1);
    // ok: mass-assignment, missing-authorization
    await db.insert(contractVersions).values({ contractId: contract.id, number: (last?.n ?? 0) + 1, body: parsedInput.body, authorId: ctx.user.id });
    return { success: true };
  });

// ok: missing-auth, missing-input-validation
export const listVersions = authActionClient
  .metadata({ actionName: "listVersions" })
  .schema(z.object({ contractId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    const { contract } = await getContractForCurrentUser(parsedInput.contractId);
    // ok: missing-authorization
    const rows = await db.select({ id: contractVersions.id, number: contractVersions.number, createdAt: contractVersions.createdAt }).from(contractVersions).where(eq(contractVersions.contractId, contract.id));
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const restoreVersion = authActionClient
  .metadata({ actionName: "restoreVersion" })
  .schema(z.object({ contractId: z.string().uuid(), versionId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // why: canEditContract is async and not awaited — the Promise is always truthy
    // ruleid: floating-auth-check
    if (!canEditContract(ctx.user.id, parsedInput.contractId)) throw new Error("Forbidden");
    // why: the guard above never runs; any version id is copied as a new version
    // ruleid: missing-authorization
    await sql`INSERT INTO contract_versions (contract_id, number, body, author_id) SELECT contract_id, number + 1000, body, ${ctx.user.id} FROM contract_versions WHERE id = ${parsedInput.versionId}`;
    return { success: true };
  });

// ok: missing-auth, missing-input-validation
export const deleteDraftVersion = authActionClient
  .metadata({ actionName: "deleteDraftVersion" })
  .schema(z.object({ contractId: z.string().uuid(), versionId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await canEditContract(ctx.user.id, parsedInput.contractId))) throw new Error("Forbidden");
    // ok: missing-authorization
    await db.delete(contractVersions).where(and(eq(contractVersions.id, parsedInput.versionId), eq(contractVersions.contractId, parsedInput.contractId)));
    return { success: true };
  });
