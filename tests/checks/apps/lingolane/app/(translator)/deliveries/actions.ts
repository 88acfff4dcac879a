"use server";

import { z } from "zod";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { translatorProcedure, authedProcedure, trackedProcedure } from "@/lib/zsa";
import { presignUpload } from "@/lib/s3";
import { isAssignedTranslator } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation
export const submitDelivery = translatorProcedure.createServerAction().input(z.object({ jobId: z.string().cuid(), note: z.string().max(1000).optional() })).handler(async ({ input, ctx }) => {
    const job = await prisma.job.findFirst({
      // ok: missing-authorization
      where: { id: input.jobId, assignedToId: ctx.userId },
      select: { id: true },
    });
    if (!job) throw new Error("You are not assigned to this job");
    const key = `deliveries/${job.id}/${randomUUID()}`;
    await prisma.delivery.create({ data: { jobId: job.id, translatorId: ctx.userId, s3Key: key, note: input.note } });
    await prisma.job.update({ where: { id: job.id }, data: { status: "delivered" } });
    return { uploadUrl: await presignUpload(key, "application/octet-stream") };
  });

// ok: missing-auth, missing-input-validation
export const updateDeliveryNote = authedProcedure.createServerAction().input(z.object({ deliveryId: z.string().cuid(), note: z.string().max(1000) })).handler(async ({ input, ctx }) => {
    const { count } = await prisma.delivery.updateMany({
      // ok: missing-authorization
      where: { id: input.deliveryId, translatorId: ctx.userId },
      data: { note: input.note },
    });
    return { count };
  });

// ok: missing-auth, missing-input-validation
export const reopenJob = authedProcedure.createServerAction().input(z.object({ jobId: z.string().cuid() })).handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    const assigned = await isAssignedTranslator(ctx.userId, input.jobId);
    if (!assigned) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.job.update({ where: { id: input.jobId }, data: { status: "in_progress" } });
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const retractDelivery = trackedProcedure.createServerAction().input(z.object({ deliveryId: z.string().cuid() })).handler(async ({ input, ctx }) => {
    await prisma.delivery.deleteMany({ where: { id: input.deliveryId, translatorId: ctx.userId ?? undefined } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getDelivery = authedProcedure.createServerAction().input(z.object({ deliveryId: z.string().cuid() })).handler(async ({ input }) => {
    // ruleid: missing-authorization
    const delivery = await prisma.delivery.findUnique({
      where: { id: input.deliveryId },
      select: { id: true, jobId: true, s3Key: true, note: true },
    });
    // ok: excessive-data-exposure
    return delivery;
  });
