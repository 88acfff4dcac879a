"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { legacyActionClient } from "@/lib/safe-action";
import { verifySession, type StaffSession } from "@/lib/dal";

const timeSchema = z.object({
  matterId: z.string().cuid(),
  minutes: z.number().int().min(1).max(24 * 60),
  narrative: z.string().min(3).max(2000),
  date: z.coerce.date(),
});

// ok: missing-auth, missing-input-validation
export const logTime = legacyActionClient
  .inputSchema(timeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const matter = await prisma.matter.findFirst({ where: { id: parsedInput.matterId, firmId: ctx.user.firmId }, select: { id: true } });
    if (!matter) throw new Error(`Matter ${parsedInput.matterId} not found in firm ${ctx.user.firmId}`);
    const entry = await prisma.timeEntry.create({
      data: {
        // ok: mass-assignment
        ...parsedInput,
        firmId: ctx.user.firmId,
        userId: ctx.user.id,
        rateCents: 0,
      },
      select: { id: true },
    });
    return { id: entry.id };
  });

// ok: missing-auth, missing-input-validation
export const editTimeEntry = legacyActionClient
  .inputSchema(timeSchema.partial().extend({ id: z.string().cuid() }))
  .action(async ({ parsedInput: { id, ...rest }, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.timeEntry.updateMany({ where: { id, userId: ctx.user.id, billed: false }, data: rest });
    return { updated: res.count };
  });

async function currentStaff(): Promise<StaffSession> {
  return verifySession();
}

// The mobile timer passes the cached user so it works offline-first.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function startTimer(input: { matterId: string; narrative: string }, providedUser?: { userId: string; firmId: string }) {
  const parsed = z.object({ matterId: z.string().cuid(), narrative: z.string().max(2000) }).parse(input);
  const user = providedUser ?? (await currentStaff());
  const entry = await prisma.timeEntry.create({
    data: {
      matterId: parsed.matterId,
      narrative: parsed.narrative,
      minutes: 0,
      rateCents: 0,
      date: new Date(),
      firmId: user.firmId,
      // ruleid: missing-authorization
      // ruleid: mass-assignment
      userId: user.userId,
    },
    select: { id: true },
  });
  return { timerId: entry.id };
}

async function isEntryOwner(userId: string, entryId: string) {
  const e = await prisma.timeEntry.findUnique({ where: { id: entryId }, select: { userId: true } });
  return e?.userId === userId;
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function deleteTimeEntry(entryId: string) {
  const session = await verifySession();
  // ruleid: floating-auth-check
  const mine = isEntryOwner(session.userId, entryId);
  if (!mine) {
    throw new Error("You can only delete your own time");
  }
  // ruleid: missing-authorization
  await prisma.timeEntry.delete({ where: { id: entryId } });
  revalidatePath("/time");
}

// ok: missing-auth, missing-input-validation
export async function submitWeek(weekStart: string) {
  const session = await verifySession();
  const start = z.coerce.date().parse(weekStart);
  const end = new Date(start.getTime() + 7 * 86400_000);
  await prisma.timeEntry.updateMany({ where: { userId: session.userId, date: { gte: start, lt: end } }, data: { billed: false } });
}
