"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { clients } from "@/lib/db/schema";
import { pantryActionClient } from "@/lib/safe-action";
import { smsLimiter } from "@/lib/ratelimit";
import { sendSms } from "@/lib/sms";
import { ActionError } from "@/lib/errors";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const textClient = pantryActionClient
  .metadata({ actionName: "sms.client" })
  .bindArgsSchemas<[pantryId: z.ZodString]>([z.string()])
  .schema(z.object({ clientId: z.string().uuid(), body: z.string().min(1).max(320) }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await smsLimiter.limit(`sms:${ctx.pantryId}`);
    if (!success) throw new ActionError("SMS limit reached for this hour");
    // ok: missing-authorization
    const [client] = await db.select({ phone: clients.phone, smsOptIn: clients.smsOptIn }).from(clients).where(and(eq(clients.id, parsedInput.clientId), eq(clients.pantryId, ctx.pantryId)));
    if (!client?.phone || !client.smsOptIn) throw new ActionError("Client has not opted in to SMS");
    await sendSms(client.phone, parsedInput.body);
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const broadcastToClients = pantryActionClient
  .metadata({ actionName: "sms.broadcast" })
  .bindArgsSchemas<[pantryId: z.ZodString]>([z.string()])
  .schema(z.object({ body: z.string().min(1).max(320) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await db.select({ phone: clients.phone }).from(clients).where(and(eq(clients.pantryId, ctx.pantryId), eq(clients.smsOptIn, true)));
    for (const r of rows) if (r.phone) await sendSms(r.phone, parsedInput.body);
    return { sent: rows.length };
  });
