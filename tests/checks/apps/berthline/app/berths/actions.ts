"use server";

import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { authActionClient, ActionError } from "@/lib/safe-action";
import { RentBerthSchema, IdSchema } from "@/lib/schemas";
import { ownsVessel } from "@/lib/guards";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export const rentBerth = authActionClient.schema(RentBerthSchema).action(async ({ parsedInput, ctx }) => {
  if (!(await ownsVessel(ctx.userId, parsedInput.vesselId))) throw new ActionError("Not your vessel.");
  const berth = await prisma.berth.findUnique({ where: { id: parsedInput.berthId }, select: { dailyRateCents: true, status: true } });
  if (!berth || berth.status !== "AVAILABLE") throw new ActionError("Berth is not available.");
  const days = Math.max(1, Math.ceil((+parsedInput.endDate - +parsedInput.startDate) / 86_400_000));
  // ok: mass-assignment, missing-authorization
  const rental = await prisma.berthRental.create({ data: { ...parsedInput, userId: ctx.userId, priceCents: days * berth.dailyRateCents }, select: { id: true, priceCents: true } });
  // ok: excessive-data-exposure
  return rental;
});

// ok: missing-auth, missing-input-validation
export const cancelRental = authActionClient
  .schema(z.object({ rentalId: IdSchema }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.berthRental.updateMany({ where: { id: parsedInput.rentalId, userId: ctx.userId, status: "PENDING" }, data: { status: "CANCELLED" } });
    return { cancelled: res.count };
  });

// ok: missing-auth, missing-input-validation
export const extendRental = authActionClient
  .schema(z.object({ rentalId: IdSchema, endDate: z.coerce.date() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.berthRental.update({ where: { id: parsedInput.rentalId }, data: { endDate: parsedInput.endDate } });
    return { done: true };
  });

// ok: missing-auth, missing-input-validation
export const getRental = authActionClient
  .schema(z.object({ rentalId: IdSchema }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const rental = await prisma.berthRental.findFirst({ where: { id: parsedInput.rentalId, userId: ctx.userId } });
    // ruleid: excessive-data-exposure
    return rental;
  });

// ok: missing-auth, missing-input-validation
export const moveRentalToBerth = authActionClient
  .bindArgsSchemas<[rentalId: z.ZodString]>([IdSchema])
  .schema(z.object({ berthId: IdSchema }))
  .action(async ({ parsedInput, bindArgsParsedInputs: [rentalId], ctx }) => {
    const rental = await prisma.berthRental.findUnique({ where: { id: rentalId }, select: { userId: true } });
    if (!rental || rental.userId !== ctx.userId) throw new ActionError("Not found.");
    // todook: missing-authorization
    await prisma.berthRental.update({ where: { id: rentalId }, data: { berthId: parsedInput.berthId, status: "PENDING" } });
    return { done: true };
  });

// Called by the payments webhook after a price change; exported so the route can import it.
// ruleid: missing-auth, missing-input-validation
export async function recalculateBerthPrices(marinaId: string, percent: number) {
  // ok: sql-injection
  await pool.query("UPDATE berths SET daily_rate_cents = round(daily_rate_cents * (1 + $2 / 100.0)) WHERE marina_id = $1", [marinaId, percent]);
}
