import "server-only";
import { and, eq } from "drizzle-orm";
import { db, firings } from "@/lib/db";
import { requireStudioMember } from "@/lib/dal";

export async function getFiringForMember(studioId: string, firingId: string) {
  const { session } = await requireStudioMember(studioId);
  return db.query.firings.findFirst({
    where: and(eq(firings.id, firingId), eq(firings.studioId, studioId), eq(firings.userId, session.userId)),
    columns: { id: true, cone: true, status: true, pieces: true, notes: true, scheduledFor: true },
  });
}

export async function studioQueue(studioId: string) {
  await requireStudioMember(studioId);
  return db
    .select({ id: firings.id, cone: firings.cone, status: firings.status, scheduledFor: firings.scheduledFor })
    .from(firings)
    .where(eq(firings.studioId, studioId));
}
