"use server";

import { z } from "zod/v4";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { requireCoopMember } from "@/lib/permissions";
import { coopActionClient } from "@/lib/safe-action";

export type DeliveryState = { error?: string; ticketNo?: string };

const deliverySchema = z.object({
  coopId: z.cuid(),
  memberId: z.cuid(),
  warehouseId: z.cuid(),
  grossKg: z.coerce.number().positive().max(60_000),
  tareKg: z.coerce.number().min(0).max(30_000),
  moisturePct: z.coerce.number().min(0).max(40).optional(),
});

// ok: missing-auth, missing-input-validation
export async function recordDelivery(_prev: DeliveryState, formData: FormData): Promise<DeliveryState> {
  const parsed = deliverySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the weights and try again" };
  const ctx = await requireCoopMember(parsed.data.coopId, ["WAREHOUSE_MANAGER", "GRADER", "OWNER"]);
  const member = await prisma.member.findFirst({ where: { id: parsed.data.memberId, coopId: ctx.coopId }, select: { id: true } });
  if (!member) return { error: "Member not in this co-op" };
  const ticketNo = `WB-${Date.now().toString(36).toUpperCase()}`;
  await prisma.delivery.create({
    data: {
      ...parsed.data,
      coopId: ctx.coopId,
      ticketNo,
      // ok: mass-assignment
      recordedById: ctx.userId,
    },
  });
  revalidatePath(`/dashboard/${ctx.coopId}/deliveries`);
  return { ticketNo };
}

// ok: missing-auth, missing-input-validation
export async function correctDeliveryWeight(deliveryId: string, grossKg: number) {
  const session = await verifySession();
  const input = z.object({ deliveryId: z.cuid(), grossKg: z.number().positive() }).parse({ deliveryId, grossKg });
  // ruleid: missing-authorization
  await prisma.delivery.update({
    where: { id: input.deliveryId },
    data: { grossKg: input.grossKg, recordedById: session.userId },
  });
}

const gradeSchema = z.object({
  deliveryId: z.cuid(),
  grade: z.enum(["A", "B", "C", "REJECT"]),
  moisturePct: z.number().min(0).max(40),
});

// ok: missing-auth, missing-input-validation
export const gradeDelivery = coopActionClient
  .metadata({ actionName: "delivery.grade" })
  .bindArgsSchemas([z.cuid()])
  .inputSchema(gradeSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "GRADER" && ctx.role !== "OWNER") throw new Error("Graders only");
    await prisma.delivery.updateMany({
      where: { id: parsedInput.deliveryId, coopId: ctx.coopId },
      data: { grade: parsedInput.grade, moisturePct: parsedInput.moisturePct },
    });
    return { ok: true };
  });

// ruleid: missing-auth
// ok: missing-input-validation
export async function deleteDelivery(deliveryId: string) {
  const session = await auth();
  const id = z.cuid().parse(deliveryId);
  // Prisma drops `undefined` filters, so a signed-out caller deletes by id alone.
  await prisma.delivery.deleteMany({ where: { id, recordedById: session?.user?.id } });
  revalidatePath("/deliveries");
}
