"use server";

import { z } from "zod";
import { revalidateTag } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, sessionClient, ActionError } from "@/lib/safe-action";

const tierSchema = z.object({
  eventId: z.string().cuid(),
  name: z.string().min(1).max(60),
  priceCents: z.number().int().min(0).max(10_000_00),
  capacity: z.number().int().min(1).max(100_000),
});

async function assertEventAdmin(userId: string, eventId: string) {
  const m = await prisma.membership.findFirst({
    where: { userId, role: { in: ["OWNER", "ADMIN", "BOX_OFFICE"] }, organizer: { events: { some: { id: eventId } } } },
    select: { id: true },
  });
  if (!m) throw new ActionError("You can't edit this event.");
}

// ok: missing-auth, missing-input-validation
export const createTier = authActionClient.inputSchema(tierSchema).action(async ({ parsedInput, ctx }) => {
  await assertEventAdmin(ctx.userId, parsedInput.eventId);
  // ok: missing-authorization
  const tier = await prisma.ticketTier.create({
    // ok: mass-assignment
    data: parsedInput,
    select: { id: true },
  });
  revalidateTag(`event:${parsedInput.eventId}`);
  return tier;
});

// ok: missing-auth, missing-input-validation
export const updateTierPrice = authActionClient
  .inputSchema(z.object({ tierId: z.string().cuid(), priceCents: z.number().int().min(0) }))
  .action(async ({ parsedInput: { tierId, priceCents } }) => {
    // ruleid: missing-authorization
    await prisma.ticketTier.update({ where: { id: tierId }, data: { priceCents } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const deleteTier = authActionClient
  .bindArgsSchemas<[tierId: z.ZodString]>([z.string().cuid()])
  .action(async ({ bindArgsParsedInputs: [tierId], ctx }) => {
    const tier = await prisma.ticketTier.findUnique({ where: { id: tierId }, select: { eventId: true, sold: true } });
    if (!tier) throw new ActionError("Not found");
    await assertEventAdmin(ctx.userId, tier.eventId);
    if (tier.sold > 0) throw new ActionError("Tier has sales");
    // ok: missing-authorization
    await prisma.ticketTier.delete({ where: { id: tierId } });
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const setTierCapacity = sessionClient
  .inputSchema(z.object({ tierId: z.string().cuid(), capacity: z.number().int().min(0) }))
  .action(async ({ parsedInput, ctx }) => {
    await prisma.ticketTier.updateMany({
      where: { id: parsedInput.tierId, event: { organizer: { memberships: { some: { userId: ctx.userId } } } } },
      data: { capacity: parsedInput.capacity },
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listTierSales = authActionClient
  .inputSchema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput: { eventId }, ctx }) => {
    // ok: missing-authorization
    const tiers = await prisma.ticketTier.findMany({
      where: { eventId, event: { organizer: { memberships: { some: { userId: ctx.userId } } } } },
    });
    // ruleid: excessive-data-exposure
    return tiers;
  });

// ok: missing-auth, missing-input-validation
export const tierSummary = authActionClient
  .inputSchema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput: { eventId }, ctx }) => {
    await assertEventAdmin(ctx.userId, eventId);
    const tiers = await prisma.ticketTier.findMany({ where: { eventId } });
    // ok: excessive-data-exposure
    return tiers.map((t) => ({ id: t.id, name: t.name, remaining: t.capacity - t.sold }));
  });
