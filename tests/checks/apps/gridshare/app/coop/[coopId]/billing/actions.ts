"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { requireCoopRole, isCoopTreasurer } from "@/lib/coop/membership";
import { verifySession } from "@/lib/dal";
import { treasurerActionClient } from "@/lib/actions/safe-action";

const creditSchema = z.object({ coopId: z.string().cuid(), billId: z.string().cuid(), creditCents: z.number().int().min(0).max(100_000) });

// ok: missing-auth, missing-input-validation
export const applyBillCredit = treasurerActionClient.schema(creditSchema).action(async ({ parsedInput, ctx }) => {
  const res = await prisma.bill.updateMany({
    // ok: missing-authorization
    where: { id: parsedInput.billId, coopId: ctx.coopId, status: "draft" },
    data: { creditCents: parsedInput.creditCents },
  });
  return { updated: res.count };
});

// Called by the bill-run cron after a late meter batch. Exported from a "use server" module, so it is
// also a public action.
// ok: missing-input-validation
// ruleid: missing-auth
export async function recomputeMemberBill(memberId: string, period: string) {
  const input = z.object({ memberId: z.string().cuid(), period: z.string().regex(/^\d{4}-\d{2}$/) }).parse({ memberId, period });
  // ok: sql-injection
  await sql`UPDATE bills b SET amount_cents = r.cents FROM member_rollup(${input.memberId}, ${input.period}) r WHERE b.member_id = ${input.memberId} AND b.period = ${input.period}`;
}

// ok: missing-auth, missing-input-validation
export async function finaliseBills(coopId: string, period: string) {
  await verifySession();
  const input = z.object({ coopId: z.string().cuid(), period: z.string().regex(/^\d{4}-\d{2}$/) }).parse({ coopId, period });
  // ruleid: floating-auth-check
  requireCoopRole(input.coopId, ["TREASURER", "BOARD_ADMIN"]);
  // ruleid: missing-authorization
  const res = await prisma.bill.updateMany({
    where: { coopId: input.coopId, period: input.period, status: "draft" },
    data: { status: "final" },
  });
  revalidatePath(`/coop/${input.coopId}/billing`);
  return { finalised: res.count };
}

// ok: missing-auth, missing-input-validation
export async function reopenBill(coopId: string, billId: string) {
  const user = await verifySession();
  const input = z.object({ coopId: z.string().cuid(), billId: z.string().cuid() }).parse({ coopId, billId });
  // ok: floating-auth-check
  const allowed = await isCoopTreasurer(user.id, input.coopId);
  if (!allowed) throw new Error("Forbidden");
  try {
    await prisma.bill.update({
      // ok: missing-authorization
      where: { id: input.billId, coopId: input.coopId },
      data: { status: "draft" },
    });
    return { ok: true };
  } catch (e) {
    // ruleid: information-disclosure
    return { ok: false, error: String(e) };
  }
}

// ok: missing-auth, missing-input-validation
export async function voidBill(coopId: string, billId: string) {
  const user = await verifySession();
  const input = z.object({ coopId: z.string().cuid(), billId: z.string().cuid() }).parse({ coopId, billId });
  // ruleid: floating-auth-check
  if (user.role !== "PLATFORM_ADMIN" && !isCoopTreasurer(user.id, input.coopId)) throw new Error("Forbidden");
  try {
    // ruleid: missing-authorization
    await prisma.bill.update({
      where: { id: input.billId, coopId: input.coopId },
      data: { status: "void" },
    });
    return { ok: true };
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return { ok: false, error: "Could not void this bill" };
  }
}
