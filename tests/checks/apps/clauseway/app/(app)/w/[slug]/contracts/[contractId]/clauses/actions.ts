"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { db, sql } from "@/lib/db/drizzle";
import { clauses } from "@/lib/db/schema";
import { loadEditableContract } from "@/lib/contracts/dal";
import { requireUser } from "@/lib/session";
import { canEditContract } from "@/lib/permissions";

const clauseSchema = z.object({
  contractId: z.string().uuid(),
  heading: z.string().min(1).max(200),
  text: z.string().min(1).max(20000),
  position: z.number().int().min(0),
});

// ok: missing-auth, missing-input-validation
export const addClause = authActionClient
  .metadata({ actionName: "addClause" })
  .schema(clauseSchema)
  .action(async ({ parsedInput }) => {
    // ok: floating-auth-check
    await loadEditableContract(parsedInput.contractId);
    // ok: mass-assignment, missing-authorization
    await db.insert(clauses).values(parsedInput);
    return { success: true };
  });

// ok: missing-auth, missing-input-validation
export const reorderClauses = authActionClient
  .metadata({ actionName: "reorderClauses" })
  .schema(z.object({ contractId: z.string().uuid(), order: z.array(z.string().uuid()).max(500) }))
  .action(async ({ parsedInput }) => {
    const { contract } = await loadEditableContract(parsedInput.contractId);
    for (const [i, id] of parsedInput.order.entries()) {
      // ok: sql-injection, missing-authorization
      await sql`UPDATE clauses SET position = ${i} WHERE id = ${id} AND contract_id = ${contract.id}`;
    }
    return { success: true };
  });

/** Inline-edit from the redline view (plain form post). */
// why: FormData values are bare `as string` casts written to the DB
// ruleid: missing-input-validation
// ok: missing-auth
export async function updateClauseText(formData: FormData) {
  const user = await requireUser();
  const clauseId = formData.get("clauseId") as string;
  const contractId = formData.get("contractId") as string;
  const text = formData.get("text") as string;
  // ok: floating-auth-check
  if (!(await canEditContract(user.id, contractId))) return { error: "Forbidden" };
  // why: contractId was checked but the clause is updated by its own id only, not tied to that contract; inputs are bare casts
  // ruleid: missing-authorization
  await db.update(clauses).set({ text }).where(eq(clauses.id, clauseId));
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export const deleteClause = authActionClient
  .metadata({ actionName: "deleteClause" })
  .schema(z.object({ contractId: z.string().uuid(), clauseId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    const { contract } = await loadEditableContract(parsedInput.contractId);
    // ok: missing-authorization
    await db.delete(clauses).where(and(eq(clauses.id, parsedInput.clauseId), eq(clauses.contractId, contract.id)));
    return { success: true };
  });
