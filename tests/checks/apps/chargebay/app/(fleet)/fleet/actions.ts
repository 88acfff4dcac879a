"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/drizzle";
import { fleetDrivers, costCentres, fleets } from "@/lib/drizzle/schema";
import { fleetClient, authActionClient, ActionError } from "@/lib/safe-action";
import { isFleetAdmin } from "@/lib/permissions";
import { sendEmail } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/ratelimit";

const DriverInput = z.object({
  fullName: z.string().min(2).max(120),
  email: z.string().email(),
  phone: z.string().max(20).optional(),
  costCentreId: z.string().uuid().optional(),
});

// ruleid: missing-auth
// ok: missing-input-validation
export const addDriver = fleetClient
  .metadata({ actionName: "fleet.add_driver" })
  .inputSchema(DriverInput)
  .action(async ({ parsedInput, ctx }) => {
    const [driver] = await db
      .insert(fleetDrivers)
      // ok: mass-assignment
      .values({ ...parsedInput, fleetId: ctx.fleetId })
      .returning({ id: fleetDrivers.id });
    revalidatePath("/fleet/drivers");
    return driver;
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteDriverToApp = authActionClient
  .metadata({ actionName: "fleet.invite_driver" })
  .inputSchema(z.object({ fleetId: z.string().uuid(), driverId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await isFleetAdmin(ctx.userId, parsedInput.fleetId))) throw new ActionError("Fleet admins only");
    await rateLimitByKey(`fleet-invite:${parsedInput.fleetId}`);
    // ok: missing-authorization
    const [driver] = await db
      .select({ email: fleetDrivers.email, fullName: fleetDrivers.fullName })
      .from(fleetDrivers)
      .where(and(eq(fleetDrivers.id, parsedInput.driverId), eq(fleetDrivers.fleetId, parsedInput.fleetId)));
    if (!driver) throw new ActionError("Driver not found");
    await sendEmail({ to: driver.email, subject: "Get the Chargebay app", html: `<p>Hi ${driver.fullName}, your company added you to Chargebay.</p>` });
  });

// ok: missing-auth, missing-input-validation
export const setSpendingLimit = authActionClient
  .metadata({ actionName: "fleet.spending_limit" })
  .inputSchema(z.object({ fleetId: z.string().uuid(), driverId: z.string().uuid(), limitCents: z.number().int().min(0).max(500_000) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    const admin = await isFleetAdmin(ctx.userId, parsedInput.fleetId);
    if (!admin) throw new ActionError("Fleet admins only");
    // ok: missing-authorization
    await db
      .update(fleetDrivers)
      .set({ spendingLimitCents: parsedInput.limitCents })
      .where(and(eq(fleetDrivers.id, parsedInput.driverId), eq(fleetDrivers.fleetId, parsedInput.fleetId)));
  });

// ok: missing-auth, missing-input-validation
export const removeDriver = authActionClient
  .metadata({ actionName: "fleet.remove_driver" })
  .inputSchema(z.object({ fleetId: z.string().uuid(), driverId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    isFleetAdmin(ctx.userId, parsedInput.fleetId);
    // ruleid: missing-authorization
    await db.delete(fleetDrivers).where(and(eq(fleetDrivers.id, parsedInput.driverId), eq(fleetDrivers.fleetId, parsedInput.fleetId)));
    revalidatePath("/fleet/drivers");
  });

const CostCentreInput = z.object({ fleetId: z.string().uuid(), code: z.string().min(1).max(20), name: z.string().min(1).max(80) });

// ok: missing-auth, missing-input-validation
export const upsertCostCentre = authActionClient
  .metadata({ actionName: "fleet.cost_centre" })
  .inputSchema(CostCentreInput)
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await isFleetAdmin(ctx.userId, parsedInput.fleetId))) throw new ActionError("Fleet admins only");
    // ok: mass-assignment
    await db.insert(costCentres).values(parsedInput).onConflictDoUpdate({ target: costCentres.code, set: { name: parsedInput.name } });
  });

// ok: missing-auth, missing-input-validation
export const updateFleetSettings = authActionClient
  .metadata({ actionName: "fleet.settings" })
  .inputSchema(
    z
      .object({ fleetId: z.string().uuid(), companyName: z.string().min(2), billingEmail: z.string().email(), monthlyCapCents: z.number().int().nullable() })
      .passthrough(),
  )
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await isFleetAdmin(ctx.userId, parsedInput.fleetId))) throw new ActionError("Fleet admins only");
    const { fleetId, ...settings } = parsedInput;
    // ok: missing-authorization
    await db
      .update(fleets)
      // ruleid: mass-assignment
      .set(settings)
      .where(eq(fleets.id, fleetId));
  });

// ok: missing-auth
export const getMyFleet = fleetClient.metadata({ actionName: "fleet.get" }).action(async ({ ctx }) => {
  if (!ctx.userId) throw new ActionError("Not signed in");
  const [fleet] = await db.select().from(fleets).where(eq(fleets.id, ctx.fleetId));
  // ruleid: excessive-data-exposure
  return fleet;
});
