import { and, eq, sum } from "drizzle-orm";
import { db, declarations, lineItems } from "@/lib/db";

// Recomputes the duty total of one declaration of one importer.
export async function recomputeDuty(declarationId: string, importerId: string) {
  const [row] = await db
    .select({ total: sum(lineItems.unitValue) })
    .from(lineItems)
    .where(and(eq(lineItems.declarationId, declarationId), eq(lineItems.importerId, importerId)));
  await db
    .update(declarations)
    .set({ dutyTotal: String(row?.total ?? 0), updatedAt: new Date() })
    .where(and(eq(declarations.id, declarationId), eq(declarations.importerId, importerId)));
}
