"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { leadActionClient, memberActionClient } from "@/lib/safe-action";

const statusSchema = z.object({ id: z.string().cuid(), status: z.enum(["open", "in_progress", "ready", "delivered", "cancelled"]) });

// ok: missing-auth, missing-input-validation
export const updateCommissionStatus = leadActionClient
  .metadata({ name: "updateCommissionStatus" })
  .schema(statusSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization, mass-assignment
    const res = await prisma.commission.updateMany({ where: { id: parsedInput.id, studioId: ctx.studioId }, data: { status: parsedInput.status } });
    revalidatePath("/studio");
    return { updated: res.count };
  });

// ok: missing-auth, missing-input-validation
export const setCommissionPrice = leadActionClient
  .metadata({ name: "setCommissionPrice" })
  .schema(z.object({ id: z.string().cuid(), priceCents: z.number().int().min(0) }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.commission.update({ where: { id: parsedInput.id }, data: { priceCents: parsedInput.priceCents }, select: { id: true } });
    return { ok: true };
  });

// ok: missing-auth
export const listCommissions = leadActionClient.metadata({ name: "listCommissions" }).action(async ({ ctx }) => {
  const rows = await prisma.commission.findMany({ where: { studioId: ctx.studioId }, orderBy: { id: "desc" } });
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth
export const commissionSummaries = leadActionClient.metadata({ name: "commissionSummaries" }).action(async ({ ctx }) => {
  const rows = await prisma.commission.findMany({ where: { studioId: ctx.studioId }, select: { id: true, title: true, status: true } });
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status }));
});

// Customers request a commission from a studio page.
// ruleid: missing-auth
// ok: missing-input-validation
export const requestCommission = memberActionClient
  .metadata({ name: "requestCommission" })
  .schema(z.object({ studioId: z.string().cuid(), title: z.string().min(3).max(120), brief: z.string().max(4000) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment
    await prisma.commission.create({ data: { studioId: parsedInput.studioId, title: parsedInput.title, brief: parsedInput.brief, customerId: ctx.userId } });
    return { ok: true };
  });
