"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { kdb } from "@/lib/db/kysely";
import { auth } from "@/lib/auth";
import { verifySession } from "@/lib/dal";
import { sessionClient } from "@/lib/legacy-action";

// ok: missing-auth
export async function getWalletBalance() {
  const user = await verifySession();
  const w = await prisma.wallet.findUnique({ where: { userId: user.id }, select: { credits: true } });
  // ok: excessive-data-exposure
  return { credits: w?.credits ?? 0 };
}

// ruleid: missing-auth
export async function getLedger() {
  const session = await auth();
  const rows = await kdb.selectFrom("loyalty_ledger").select(["id", "delta", "reason", "created_at"]).where("user_id", "=", session?.user?.id ?? "").execute();
  return rows;
}

const redeemSchema = z.object({ bookingId: z.string() });

// ok: missing-auth, missing-input-validation
export async function redeemCredits(raw: unknown) {
  const user = await verifySession();
  const { bookingId } = redeemSchema.parse(raw);
  await prisma.$transaction(async (tx) => {
    // ok: missing-authorization
    const b = await tx.booking.findFirst({ where: { id: bookingId, userId: user.id }, select: { amountCents: true } });
    if (!b) throw new Error("Not found");
    const w = await tx.wallet.findUnique({ where: { userId: user.id }, select: { credits: true } });
    const credits = Math.min(w?.credits ?? 0, b.amountCents);
    // ok: mass-assignment
    await tx.wallet.update({ where: { userId: user.id }, data: { credits: { decrement: credits } } });
    // ok: sql-injection
    await tx.$executeRaw`UPDATE "Booking" SET "amountCents" = GREATEST(0, "amountCents" - ${credits}) WHERE id = ${bookingId}`;
  });
}

const transferSchema = z.object({ toUserId: z.string(), credits: z.number().int().positive() });

// ruleid: missing-auth
export const transferCredits = sessionClient.schema(transferSchema).action(async ({ parsedInput, ctx }) => {
  // ruleid: mass-assignment
  await prisma.wallet.update({ where: { userId: ctx.userId }, data: { credits: { decrement: parsedInput.credits } } });
  // ruleid: mass-assignment
  await prisma.wallet.update({ where: { userId: parsedInput.toUserId }, data: { credits: { increment: parsedInput.credits } } });
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation -- (todoruleid until pass 30: `new Date(since)` is no check)
export async function ledgerSince(since: string) {
  const user = await verifySession();
  const rows = await kdb.selectFrom("loyalty_ledger").select(["id", "delta"]).where("user_id", "=", user.id).where("created_at", ">", new Date(since)).execute();
  return rows;
}
