"use server";

import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { auditedActionClient, authActionClient, ActionError } from "@/lib/safe-action";
import { requireHarbourmaster, ownsVessel } from "@/lib/guards";
import { IdSchema } from "@/lib/schemas";
import { sendSms } from "@/lib/sms";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const approveArrival = auditedActionClient
  .metadata({ actionName: "arrival.approve" })
  .schema(z.object({ arrivalId: IdSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const arrival = await prisma.arrival.findUnique({ where: { id: parsedInput.arrivalId }, select: { marinaId: true } });
    if (!arrival) throw new ActionError("Unknown arrival.");
    await requireHarbourmaster(arrival.marinaId);
    // ok: missing-authorization
    await prisma.arrival.update({ where: { id: parsedInput.arrivalId }, data: { status: "APPROVED", approvedById: ctx.userId } });
    return { done: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const rejectArrival = auditedActionClient
  .metadata({ actionName: "arrival.reject" })
  .schema(z.object({ arrivalId: IdSchema, reason: z.string().max(300) }))
  .action(async ({ parsedInput, ctx }) => {
    const arrival = await prisma.arrival.findUnique({ where: { id: parsedInput.arrivalId }, select: { marinaId: true } });
    if (!arrival) throw new ActionError("Unknown arrival.");
    // ruleid: floating-auth-check
    requireHarbourmaster(arrival.marinaId);
    // ruleid: missing-authorization
    await prisma.arrival.update({ where: { id: parsedInput.arrivalId }, data: { status: "REJECTED", approvedById: ctx.userId } });
    return { done: true };
  });

const AnnounceSchema = z.object({ marinaId: IdSchema, vesselId: IdSchema, eta: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export const announceArrival = authActionClient.schema(AnnounceSchema).action(async ({ parsedInput, ctx }) => {
  if (!(await ownsVessel(ctx.userId, parsedInput.vesselId))) throw new ActionError("Not your vessel.");
  // ok: mass-assignment, missing-authorization
  const arrival = await prisma.arrival.create({ data: { ...parsedInput, userId: ctx.userId }, select: { id: true, status: true } });
  return arrival;
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const textArrivalInstructions = authActionClient
  .schema(z.object({ arrivalId: IdSchema, message: z.string().min(1).max(320) }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    const arrival = await prisma.arrival.findUnique({ where: { id: parsedInput.arrivalId }, select: { marinaId: true, userId: true } });
    if (!arrival) throw new ActionError("Unknown arrival.");
    await requireHarbourmaster(arrival.marinaId);
    // ok: missing-authorization
    const owner = await prisma.user.findUnique({ where: { id: arrival.userId }, select: { phone: true } });
    if (owner?.phone) await sendSms(owner.phone, parsedInput.message);
    return { sent: Boolean(owner?.phone) };
  });
