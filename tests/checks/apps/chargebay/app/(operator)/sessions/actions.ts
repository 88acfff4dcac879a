"use server";

import { z } from "zod/v4";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { requireMember } from "@/lib/dal";
import { financeClient, authActionClient } from "@/lib/safe-action";
import { auditLog } from "@/lib/audit";
import { sendOcppCommand } from "@/lib/ocpp";
import { sendEmail } from "@/lib/notify";

// Operator console "Stop" button on a live session.
// ruleid: missing-auth
// ok: missing-input-validation
export async function stopSessionAsOperator(sessionId: string) {
  const session = await auth();
  const id = z.cuid().parse(sessionId);
  const cs = await prisma.chargingSession.findFirst({
    where: { id, tenantId: session?.user?.tenantId, status: "ACTIVE" },
    select: { transactionId: true, chargerId: true },
  });
  if (!cs?.transactionId) return { error: "Session is not active" };
  const charger = await prisma.charger.findUniqueOrThrow({ where: { id: cs.chargerId }, select: { ocppId: true } });
  await sendOcppCommand(charger.ocppId, "RemoteStopTransaction", { transactionId: cs.transactionId });
  revalidatePath("/sessions");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const refundSession = financeClient
  .metadata({ actionName: "session.refund" })
  .inputSchema(z.object({ sessionId: z.cuid(), amountCents: z.number().int().positive().max(50_000), reason: z.string().max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const cs = await prisma.chargingSession.findFirst({
      where: { id: parsedInput.sessionId, tenantId: ctx.tenantId },
      select: { id: true, totalCents: true, driverId: true },
    });
    if (!cs || parsedInput.amountCents > cs.totalCents) throw new Error("Refund exceeds session total");
    // ok: sql-injection
    const payment = await prisma.$queryRaw<{ payment_intent: string }[]>`SELECT payment_intent FROM session_payments WHERE session_id = ${cs.id} LIMIT 1`;
    let refund;
    try {
      refund = await stripe.refunds.create({ payment_intent: payment[0].payment_intent, amount: parsedInput.amountCents });
    } catch (e) {
      // ok: information-disclosure
      throw new Error(`Stripe refund failed for ${cs.id}: ${(e as Error).message}`);
    }
    after(() => auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action: "session.refunded", targetId: cs.id, metadata: { amount: parsedInput.amountCents } }));
    // ok: excessive-data-exposure
    return { refundId: refund.id, status: refund.status };
  });

const ResolveDispute = z.object({
  disputeId: z.cuid(),
  resolution: z.enum(["REFUNDED", "REJECTED", "PARTIAL"]),
  note: z.string().max(1000),
  refundCents: z.number().int().min(0).optional(),
});

// ok: missing-auth, missing-input-validation
export async function resolveDispute(input: z.infer<typeof ResolveDispute>) {
  const member = await requireMember(["owner", "admin", "finance", "support"]);
  const data = ResolveDispute.parse(input);
  // ok: missing-authorization
  const { count } = await prisma.dispute.updateMany({
    where: { id: data.disputeId, tenantId: member.tenantId, status: "OPEN" },
    data: { status: data.resolution, resolution: data.note, refundCents: data.refundCents },
  });
  revalidatePath("/sessions/disputes");
  // ok: excessive-data-exposure, information-disclosure
  return { updated: count };
}

// Support agents open a session from the ticket sidebar.
// ok: missing-auth, missing-input-validation
export const getSessionForSupport = authActionClient
  .metadata({ actionName: "session.support_view" })
  .inputSchema(z.object({ sessionId: z.cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const cs = await prisma.chargingSession.findFirst({
      where: { id: parsedInput.sessionId, tenantId: ctx.tenantId },
      include: { driver: true, disputes: true },
    });
    // ruleid: excessive-data-exposure
    return cs;
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const emailReceiptCopy = authActionClient
  .metadata({ actionName: "session.email_receipt" })
  .inputSchema(z.object({ sessionId: z.cuid(), to: z.email() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const cs = await prisma.chargingSession.findFirst({
      where: { id: parsedInput.sessionId, tenantId: ctx.tenantId },
      select: { id: true, energyWh: true, totalCents: true, startedAt: true },
    });
    if (!cs) return { error: "Not found" };
    await sendEmail({
      to: parsedInput.to,
      subject: `Receipt for charging session ${cs.id}`,
      html: `<p>${(cs.energyWh / 1000).toFixed(2)} kWh — €${(cs.totalCents / 100).toFixed(2)}</p>`,
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function listOpenDisputes(page: number) {
  const member = await requireMember(["owner", "admin", "finance", "support"]);
  const p = z.number().int().min(0).max(1000).parse(page);
  const rows = await prisma.dispute.findMany({
    where: { tenantId: member.tenantId, status: "OPEN" },
    skip: p * 50,
    take: 50,
    orderBy: { id: "desc" },
  });
  // ruleid: excessive-data-exposure
  return rows;
}
