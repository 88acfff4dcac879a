import { and, desc, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { custodyEvents } from "@/lib/db/schema";

// Throws unless the user currently holds the sample (last custody event).
export async function assertCustodian(userId: string, sampleId: string): Promise<void> {
  const [last] = await db.select({ toUser: custodyEvents.toUser }).from(custodyEvents).where(eq(custodyEvents.sampleId, sampleId)).orderBy(desc(custodyEvents.at)).limit(1);
  if (!last || last.toUser !== userId) throw new Error("You do not hold this sample");
}

export async function isCustodian(userId: string, sampleId: string): Promise<boolean> {
  const [row] = await db.select({ id: custodyEvents.id }).from(custodyEvents).where(and(eq(custodyEvents.sampleId, sampleId), eq(custodyEvents.toUser, userId))).limit(1);
  return !!row;
}
