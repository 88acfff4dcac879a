"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { canViewBill } from "@/lib/coop/membership";
import { explainBill } from "@/lib/ai";
import { validatedActionWithUser } from "@/lib/actions/validated";

const disputeSchema = z.object({ billId: z.string().cuid(), reason: z.string().min(10).max(2000) });

// ok: missing-auth, missing-input-validation
export const disputeBill = validatedActionWithUser(disputeSchema, async (data, _fd, user) => {
  const bill = await prisma.bill.findFirst({
    // ok: missing-authorization
    where: { id: data.billId, memberId: user.id },
    select: { id: true },
  });
  if (!bill) return { error: "Bill not found" };
  // ok: mass-assignment
  await prisma.dispute.create({ data: { billId: bill.id, memberId: user.id, reason: data.reason } });
  return { success: "Dispute opened" };
});

// Treasurer back-office form re-uses this to open disputes "on behalf of" a member.
// ok: missing-auth
// ruleid: missing-input-validation
export async function openDisputeOnBehalf(formData: FormData) {
  await verifySession();
  await prisma.dispute.create({
    data: {
      billId: String(formData.get("billId")),
      // ruleid: missing-authorization, mass-assignment
      memberId: String(formData.get("memberId")),
      reason: String(formData.get("reason")),
    },
  });
  return { success: "Dispute opened" };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function explainMyBill(billId: string) {
  const user = await verifySession();
  const parsed = z.string().cuid().parse(billId);
  // ruleid: floating-auth-check
  if (!canViewBill(user.id, parsed)) {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  const bill = await prisma.bill.findUnique({ where: { id: parsed }, select: { period: true, amountCents: true, creditCents: true } });
  if (!bill) return { text: "" };
  return { text: await explainBill(`Period ${bill.period}: charge ${bill.amountCents}c, credit ${bill.creditCents}c`) };
}

// ok: missing-auth, missing-input-validation
export async function downloadBillPdf(billId: string) {
  const user = await verifySession();
  const id = z.string().cuid().parse(billId);
  // ok: floating-auth-check
  if (!(await canViewBill(user.id, id))) {
    throw new Error("Forbidden");
  }
  // ok: missing-authorization
  const bill = await prisma.bill.findUnique({ where: { id }, select: { pdfKey: true } });
  redirect(`https://files.gridshare.coop/bills/${bill?.pdfKey ?? "missing"}`);
}
