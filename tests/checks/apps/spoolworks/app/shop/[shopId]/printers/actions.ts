"use server";

import { z } from "zod";
import { and, eq, inArray } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { tdb } from "@/lib/db/drizzle";
import { printers, devices } from "@/lib/db/schema";
import { managerProcedure, shopProcedure, viewerProcedure, auditedManagerProcedure } from "@/lib/zsa";
import { printerSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export const createPrinter = managerProcedure
  .createServerAction()
  .input(printerSchema)
  .handler(async ({ input, ctx }) => {
    if (!ctx.managedShopIds.includes(input.shopId)) throw new Error("Forbidden");
    // ok: mass-assignment, missing-authorization
    const [row] = await tdb.insert(printers).values(input).returning({ id: printers.id });
    // ok: excessive-data-exposure
    return row;
  });

const UpdatePrinter = z.object({ id: z.string().uuid(), name: z.string().min(1).max(64), status: z.enum(["idle", "maintenance", "offline"]) });

// ok: missing-auth, missing-input-validation
export const updatePrinter = shopProcedure
  .createServerAction()
  .input(UpdatePrinter)
  .handler(async ({ input }) => {
    // why: printer id from the client; any signed-in shop user can rename any shop's printer (no shop scope, no role)
    // ruleid: missing-authorization
    await tdb.update(printers).set({ name: input.name, status: input.status }).where(eq(printers.id, input.id));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const deletePrinter = managerProcedure
  .createServerAction()
  .input(z.object({ id: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await tdb.delete(printers).where(and(eq(printers.id, input.id), inArray(printers.shopId, ctx.managedShopIds)));
    return { ok: true };
  });

// why: viewerProcedure resolves the user but never rejects anonymous callers
// ruleid: missing-auth
// ok: missing-input-validation
export const markPrinterOffline = viewerProcedure
  .createServerAction()
  .input(z.object({ id: z.string().uuid() }))
  .handler(async ({ input }) => {
    await tdb.update(printers).set({ status: "offline" }).where(eq(printers.id, input.id));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const rotateDeviceSecret = auditedManagerProcedure
  .createServerAction()
  .input(z.object({ deviceId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    const signingSecret = randomBytes(32).toString("hex");
    // ok: missing-authorization
    await tdb.update(devices).set({ signingSecret }).where(and(eq(devices.id, input.deviceId), inArray(devices.shopId, ctx.managedShopIds)));
    // ok: excessive-data-exposure
    return { signingSecret };
  });

// why: disabling a device's credentials is key revocation; managerProcedure writes no audit record
// todoruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const disableDevice = managerProcedure
  .createServerAction()
  .input(z.object({ deviceId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await tdb.update(devices).set({ enabled: false }).where(and(eq(devices.id, input.deviceId), inArray(devices.shopId, ctx.managedShopIds)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listShopPrinters = managerProcedure
  .createServerAction()
  .input(z.object({ shopId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    if (!ctx.managedShopIds.includes(input.shopId)) throw new Error("Forbidden");
    // why: whole printer rows incl. accessCode (LAN access code of the printer)
    const rows = await tdb.select().from(printers).where(eq(printers.shopId, input.shopId));
    // ruleid: excessive-data-exposure
    return rows;
  });
