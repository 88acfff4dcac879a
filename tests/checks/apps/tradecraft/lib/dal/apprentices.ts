import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { apprentices, evidence } from "@/lib/db/schema";
import { verifySession, getActiveMembership } from "@/lib/auth/session";

export async function getApprenticeForOrg(id: string) {
  const { userId } = await verifySession();
  const m = await getActiveMembership(userId);
  if (!m) return null;
  const [row] = await db
    .select({ id: apprentices.id, firstName: apprentices.firstName, lastName: apprentices.lastName, status: apprentices.status })
    .from(apprentices)
    .where(and(eq(apprentices.id, id), eq(apprentices.orgId, m.orgId)));
  return row ?? null;
}

export async function getEvidenceForOrg(orgId: string, evidenceId: string) {
  const [row] = await db
    .select({ id: evidence.id, fileKey: evidence.fileKey, status: evidence.status, apprenticeId: evidence.apprenticeId })
    .from(evidence)
    .where(and(eq(evidence.id, evidenceId), eq(evidence.orgId, orgId)));
  return row ?? null;
}
