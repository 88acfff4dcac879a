"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { coopActionClient } from "@/lib/safe-action";
import { sendSms, sendPush } from "@/lib/notify";

const alertSchema = z.object({
  region: z.string().min(2).max(60),
  severity: z.enum(["ADVISORY", "WATCH", "WARNING"]),
  message: z.string().min(10).max(300),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const createAlertDraft = coopActionClient
  .metadata({ actionName: "weather.draft" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(alertSchema)
  .action(async ({ parsedInput, ctx }) => {
    const alert = await prisma.weatherAlert.create({ data: { ...parsedInput, coopId: ctx.coopId }, select: { id: true } });
    return { id: alert.id };
  });

// Agronomists push a storm warning to every farmer in a region.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const broadcastWeatherAlert = coopActionClient
  .metadata({ actionName: "weather.broadcast" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(z.object({ alertId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "AGRONOMIST" && ctx.role !== "OWNER") throw new Error("Agronomists only");
    // ok: missing-authorization
    const alert = await prisma.weatherAlert.findFirst({ where: { id: parsedInput.alertId, coopId: ctx.coopId }, select: { id: true, message: true } });
    if (!alert) throw new Error("Not found");
    const members = await prisma.member.findMany({ where: { coopId: ctx.coopId, status: "ACTIVE" }, select: { phone: true, userId: true } });
    for (const m of members) {
      await sendSms(m.phone, alert.message);
      if (m.userId) await sendPush(m.userId, "Weather warning", alert.message);
    }
    await prisma.weatherAlert.update({ where: { id: alert.id }, data: { sentAt: new Date() } });
    return { recipients: members.length };
  });
