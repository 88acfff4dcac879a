"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { memberClient, coordinatorClient } from "@/lib/safe-action";
import { waitlistJoinSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const joinWaitlist = memberClient
  .metadata({ name: "waitlist.join" })
  .schema(waitlistJoinSchema)
  .action(async ({ parsedInput, ctx }) => {
    const membership = await prisma.gardenMembership.findUnique({
      where: { gardenId_userId: { gardenId: parsedInput.gardenId, userId: ctx.userId } },
      select: { id: true },
    });
    if (!membership) return { error: "Join the garden first" };
    const position = (await prisma.waitlistEntry.count({ where: { gardenId: parsedInput.gardenId } })) + 1;
    // ok: mass-assignment
    const entry = await prisma.waitlistEntry.create({ data: { gardenId: parsedInput.gardenId, userId: ctx.userId, note: parsedInput.note, position } });
    // ok: excessive-data-exposure
    return { id: entry.id, position: entry.position };
  });

// ok: missing-auth, missing-input-validation
export const leaveWaitlist = memberClient
  .metadata({ name: "waitlist.leave" })
  .schema(z.object({ entryId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.waitlistEntry.deleteMany({ where: { id: parsedInput.entryId, userId: ctx.userId } });
    return { removed: res.count };
  });

// ok: missing-auth, missing-input-validation
export const editWaitlistNote = memberClient
  .metadata({ name: "waitlist.note" })
  .schema(z.object({ entryId: z.string().cuid(), note: z.string().max(500) }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.waitlistEntry.update({ where: { id: parsedInput.entryId }, data: { note: parsedInput.note } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const reprioritiseWaitlist = coordinatorClient
  .metadata({ name: "waitlist.reprioritise" })
  .schema(z.object({ gardenId: z.string().cuid(), entryId: z.string().cuid(), priority: z.number().int().min(0).max(10) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.waitlistEntry.update({ where: { id: parsedInput.entryId, gardenId: ctx.gardenId }, data: { priority: parsedInput.priority } });
    return { ok: true };
  });

// ok: missing-auth
export const myWaitlistEntries = memberClient.metadata({ name: "waitlist.mine" }).action(async ({ ctx }) => {
  // ruleid: excessive-data-exposure
  return prisma.waitlistEntry.findMany({ where: { userId: ctx.userId }, orderBy: { createdAt: "desc" } });
});

// ok: missing-auth
export const waitlistPositions = memberClient.metadata({ name: "waitlist.positions" }).action(async ({ ctx }) => {
  const rows = await prisma.waitlistEntry.findMany({ where: { userId: ctx.userId } });
  // ok: excessive-data-exposure
  return rows.map((r) => ({ gardenId: r.gardenId, position: r.position }));
});
