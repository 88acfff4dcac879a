"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { agencyActionClient, ActionError } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { agencyWebhooks } from "@/lib/db/schema";
import { newToken } from "@/lib/crypto";

const agencySchema = z.object({ name: z.string().min(2).max(100), leadEmail: z.string().email().optional() });

// ok: missing-auth, missing-input-validation
export const updateAgency = agencyActionClient.inputSchema(agencySchema).action(async ({ parsedInput, ctx }) => {
  if (ctx.staffRole !== "owner" && ctx.staffRole !== "admin") throw new ActionError("Only owners and admins can edit agency settings.");
  // ok: missing-authorization
  await prisma.agency.update({
    where: { id: ctx.agencyId },
    // ok: mass-assignment
    data: parsedInput,
  });
  return { ok: true };
});

const webhookSchema = z.object({ id: z.string().uuid(), url: z.string().url().startsWith("https://"), events: z.array(z.string()).max(20) });

// ok: missing-auth, missing-input-validation
export const updateAgencyWebhook = agencyActionClient.inputSchema(webhookSchema).action(async ({ parsedInput, ctx }) => {
  if (ctx.staffRole !== "owner" && ctx.staffRole !== "admin") throw new ActionError("Forbidden");
  // ruleid: missing-authorization
  await db.update(agencyWebhooks)
    // ok: mass-assignment
    .set(parsedInput)
    .where(eq(agencyWebhooks.id, parsedInput.id));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const deleteAgencyWebhook = agencyActionClient.inputSchema(z.object({ id: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  if (ctx.staffRole !== "owner" && ctx.staffRole !== "admin") throw new ActionError("Forbidden");
  // ok: missing-authorization
  await db.delete(agencyWebhooks).where(and(eq(agencyWebhooks.id, parsedInput.id), eq(agencyWebhooks.agencyId, ctx.agencyId)));
  return { ok: true };
});

// ok: missing-auth
export const listAgencyWebhooks = agencyActionClient.action(async ({ ctx }) => {
  const rows = await db.select().from(agencyWebhooks).where(eq(agencyWebhooks.agencyId, ctx.agencyId));
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth
export const rotateWebhookSecret = agencyActionClient.action(async ({ ctx }) => {
  if (ctx.staffRole !== "owner") throw new ActionError("Only the owner can rotate the signing secret.");
  const secret = `whsec_${newToken()}`;
  await prisma.agency.update({ where: { id: ctx.agencyId }, data: { webhookSecret: secret } });
  return { secret };
});
