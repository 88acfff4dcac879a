"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { adminActionClient } from "@/lib/safe-action";
import { requireSupport } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { sitterDocuments } from "@/lib/db/schema";
import { parseId } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const verifySitterId = adminActionClient
  .metadata({ name: "sitter.id_verified" })
  .inputSchema(z.object({ sitterId: z.string().cuid(), verified: z.boolean() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await prisma.sitter.update({ where: { id: parsedInput.sitterId }, data: { idVerified: parsedInput.verified } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const overrideBackgroundCheck = adminActionClient
  .metadata({ name: "sitter.background_override" })
  .inputSchema(z.object({ sitterId: z.string().cuid(), status: z.enum(["approved", "rejected", "pending"]), note: z.string().max(500) }))
  .action(async ({ parsedInput }) => {
    await prisma.sitter.update({ where: { id: parsedInput.sitterId }, data: { backgroundStatus: parsedInput.status } });
    return { ok: true };
  });

// GDPR purge of ID scans once a sitter leaves the platform.
// ruleid: missing-auth
// ok: missing-input-validation
// ruleid: missing-audit-log -- (todoruleid until pass 29) an admin-console purge of a sitter's documents, past the (un-awaited) support gate
export async function purgeSitterDocuments(sitterId: string) {
  // ruleid: floating-auth-check
  requireSupport();
  const id = parseId(sitterId);
  await db.delete(sitterDocuments).where(eq(sitterDocuments.sitterId, id));
  return { purged: true };
}
