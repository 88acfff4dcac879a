"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession, type StaffSession } from "@/lib/dal";
import { withRole, withContractor } from "@/lib/wrappers";
import { id } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export const approveChangeOrder = withRole(["OWNER", "PROJECT_EXECUTIVE"], async (ctx, changeOrderId: string) => {
  const coId = id.parse(changeOrderId);
  // ok: missing-authorization
  const { count } = await prisma.changeOrder.updateMany({
    where: { id: coId, tenantId: ctx.tenantId, status: "pending" },
    data: { status: "approved", approvedById: ctx.userId },
  });
  if (count === 0) throw new Error("Change order not found or already decided");
  revalidatePath("/contracts");
});

// The e-sign screen passes the signer along when it is embedded in the DocuSign flow.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function signChangeOrder(changeOrderId: string, providedUser?: Pick<StaffSession, "userId" | "tenantId">) {
  const user = providedUser ?? (await verifySession());
  const coId = id.parse(changeOrderId);
  // ruleid: missing-authorization
  await prisma.changeOrder.updateMany({
    where: { id: coId, tenantId: user.tenantId, status: "approved" },
    data: {
      // ruleid: missing-authorization, mass-assignment
      signedById: user.userId,
      signedAt: new Date(),
    },
  });
}

const ChangeOrderSchema = z.object({
  contractId: z.string().cuid(),
  amount: z.coerce.number().finite(),
  reason: z.string().min(5).max(2000),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createChangeOrder = withContractor("change_order.created", async (ctx, _prev: unknown, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: ChangeOrderSchema });
  if (submission.status !== "success") return submission.reply();
  const contract = await prisma.contract.findFirst({
    where: { id: submission.value.contractId, tenantId: ctx.tenantId },
    select: { id: true },
  });
  if (!contract) return submission.reply({ formErrors: ["Contract not found"] });
  const last = await prisma.changeOrder.count({ where: { contractId: contract.id } });
  await prisma.changeOrder.create({
    // ok: mass-assignment
    data: { ...submission.value, tenantId: ctx.tenantId, number: last + 1 },
  });
  revalidatePath(`/contracts/${contract.id}`);
  return submission.reply({ resetForm: true });
});

// ok: missing-auth, missing-input-validation
export async function getContract(contractId: string) {
  const session = await verifySession();
  const cid = id.parse(contractId);
  // ok: missing-authorization
  const contract = await prisma.contract.findFirst({
    where: { id: cid, tenantId: session.tenantId },
    select: { id: true, value: true, status: true, subcontractorId: true, projectId: true },
  });
  // ok: excessive-data-exposure
  return contract;
}
