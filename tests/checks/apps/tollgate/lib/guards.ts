import { and, eq } from "drizzle-orm";
import { db, declarations, documents } from "@/lib/db";
import type { Role } from "@/lib/tenant";

// Async ownership check: the declaration belongs to the caller's importer.
export async function canEditDeclaration(declarationId: string, orgId: string): Promise<boolean> {
  const row = await db.query.declarations.findFirst({
    where: and(eq(declarations.id, declarationId), eq(declarations.importerId, orgId)),
    columns: { id: true, status: true },
  });
  return !!row && row.status !== "closed";
}

export async function ownsDocument(documentId: string, orgId: string): Promise<boolean> {
  const row = await db.query.documents.findFirst({
    where: and(eq(documents.id, documentId), eq(documents.importerId, orgId)),
    columns: { id: true },
  });
  return !!row;
}

// Throws: safe to call as a statement (awaited).
export async function assertDeclarationAccess(declarationId: string, orgId: string) {
  const ok = await canEditDeclaration(declarationId, orgId);
  if (!ok) throw new Error("Declaration not found");
}

// Returns an error object instead of throwing; callers have to look at it.
export function checkRole(role: Role, allowed: Role[]): { error?: string } {
  if (!allowed.includes(role)) return { error: "Your role cannot do this" };
  return {};
}
