"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { technicianProcedure, authedProcedure, throttledProcedure } from "@/lib/procedures";
import { consoleClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db";
import { sendOcppCommand } from "@/lib/ocpp";
import { auditLog } from "@/lib/audit";

const ChargerRef = z.object({ chargerId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const remoteStart = technicianProcedure
  .createServerAction()
  .input(ChargerRef.extend({ connectorId: z.number().int().min(1).max(8), idTag: z.string().min(4).max(20) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const charger = await prisma.charger.findFirst({
      where: { id: input.chargerId, operatorOrgId: ctx.orgId },
      select: { ocppId: true },
    });
    if (!charger) throw new Error("Charger not found");
    const res = await sendOcppCommand(charger.ocppId, "RemoteStartTransaction", { connectorId: input.connectorId, idTag: input.idTag });
    // ok: excessive-data-exposure
    return { status: res.status };
  });

// ok: missing-auth, missing-input-validation
export const remoteStop = technicianProcedure
  .createServerAction()
  .input(ChargerRef.extend({ transactionId: z.number().int().positive() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const charger = await prisma.charger.findFirst({ where: { id: input.chargerId, operatorOrgId: ctx.orgId }, select: { ocppId: true } });
    if (!charger) throw new Error("Charger not found");
    return sendOcppCommand(charger.ocppId, "RemoteStopTransaction", { transactionId: input.transactionId });
  });

// Any signed-in console user can soft-reset from the charger drawer.
// ok: missing-auth, missing-input-validation
export const resetCharger = authedProcedure
  .createServerAction()
  .input(ChargerRef.extend({ type: z.enum(["Soft", "Hard"]) }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const charger = await prisma.charger.findUnique({ where: { id: input.chargerId }, select: { ocppId: true } });
    if (!charger) throw new Error("Charger not found");
    return sendOcppCommand(charger.ocppId, "Reset", { type: input.type });
  });

// Support staff unlock a stuck cable while on the phone with the driver.
// ok: missing-auth
// ruleid: missing-input-validation
export async function unlockConnector(chargerId: string, connectorId: number) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) throw new Error("Unauthorized");
  // ok: missing-authorization
  const charger = await prisma.charger.findFirst({ where: { id: chargerId, operatorOrgId: orgId }, select: { ocppId: true } });
  if (!charger) throw new Error("Charger not found");
  return sendOcppCommand(charger.ocppId, "UnlockConnector", { connectorId });
}

// ok: missing-auth, missing-input-validation
export const getChargerConfig = technicianProcedure
  .createServerAction()
  .input(ChargerRef)
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const charger = await prisma.charger.findFirst({ where: { id: input.chargerId, operatorOrgId: ctx.orgId } });
    // ruleid: excessive-data-exposure
    return charger;
  });

// ok: missing-auth, missing-input-validation
export const pushFirmware = throttledProcedure
  .createServerAction()
  .input(z.object({ chargerIds: z.array(z.string().cuid()).min(1).max(50), firmwareUrl: z.string().url().startsWith("https://firmware.chargebay.io/") }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const chargers = await prisma.charger.findMany({
      where: { id: { in: input.chargerIds }, operatorOrgId: ctx.orgId ?? "__none__" },
      select: { id: true, ocppId: true },
    });
    const results = await Promise.all(
      chargers.map((c) => sendOcppCommand(c.ocppId, "UpdateFirmware", { location: input.firmwareUrl, retrieveDate: new Date().toISOString() })),
    );
    // ok: excessive-data-exposure
    return results.map((r, i) => ({ chargerId: chargers[i].id, status: r.status }));
  });

// ok: missing-auth, missing-input-validation
export const renameCharger = consoleClient
  .inputSchema(ChargerRef.extend({ label: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.charger.updateMany({
      where: { id: parsedInput.chargerId, operatorOrgId: ctx.orgId },
      data: { label: parsedInput.label },
    });
    if (count === 0) throw new Error(`Charger ${parsedInput.chargerId} is not in organisation ${ctx.orgId}`);
    revalidatePath("/chargers");
  });

// ok: missing-auth, missing-input-validation
export const setChargerOcppPassword = consoleClient
  .inputSchema(ChargerRef.extend({ passwordHash: z.string().length(64) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.charger.updateMany({
      where: { id: parsedInput.chargerId, operatorOrgId: ctx.orgId },
      data: { ocppPasswordHash: parsedInput.passwordHash },
    });
    await auditLog({ actorId: ctx.userId, action: "charger.ocpp_password_rotated", targetId: parsedInput.chargerId });
  });

// ok: missing-auth, missing-input-validation
export const moveChargerToSite = consoleClient
  .inputSchema(ChargerRef.extend({ siteId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const site = await prisma.site.findUnique({ where: { id: parsedInput.siteId }, select: { tenantId: true } });
    const charger = await prisma.charger.findFirst({ where: { id: parsedInput.chargerId, operatorOrgId: ctx.orgId }, select: { tenantId: true } });
    if (!site || !charger || site.tenantId !== charger.tenantId) throw new Error("Site and charger must belong to the same operator");
    // ok: missing-authorization
    await prisma.charger.update({ where: { id: parsedInput.chargerId }, data: { siteId: parsedInput.siteId } });
  });
