import { sql, eq } from "drizzle-orm";
import { db, members, creditLedger } from "@/lib/db";

export async function adjustCredit(memberId: string, amountCents: number, reason: string, externalRef?: string) {
  await db.transaction(async (tx) => {
    // ok: sql-injection
    await tx.update(members).set({ creditCents: sql`${members.creditCents} + ${amountCents}` }).where(eq(members.id, memberId));
    await tx.insert(creditLedger).values({ memberId, amountCents, reason, externalRef });
  });
}

export async function balanceOf(memberId: string) {
  const [row] = await db.select({ creditCents: members.creditCents }).from(members).where(eq(members.id, memberId));
  return row?.creditCents ?? 0;
}
