"use server";

import { z } from "zod";
import { after } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { withStaff, withOrganizer } from "@/lib/wrappers";
import { sendEmail } from "@/lib/email";
import { sendSms } from "@/lib/sms";
import { rateLimitByKey } from "@/lib/ratelimit";
import { connectMongo } from "@/lib/db/mongo";
import { Notification } from "@/lib/models/notification";

const blast = z.object({ eventId: z.string().cuid(), subject: z.string().min(3).max(120), body: z.string().min(10).max(5000) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const emailTicketHolders = withOrganizer(async (ctx, input: unknown) => {
  const { eventId, subject, body } = blast.parse(input);
  if (!(await rateLimitByKey(`blast:${ctx.organizerId}:${eventId}`, 3))) throw new Error("Limit: 3 announcements per hour");
  const holders = await prisma.ticket.findMany({
    where: { eventId, order: { organizerId: ctx.organizerId } },
    select: { owner: { select: { id: true, email: true } } },
    distinct: ["ownerId"],
  });
  after(async () => {
    await connectMongo();
    for (const h of holders) {
      await sendEmail(h.owner.email, subject, body);
      await Notification.create({ userId: h.owner.id, channel: "email", subject, body });
    }
  });
  return { queued: holders.length };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const smsTicketHolders = withStaff(async (ctx, input: unknown) => {
  const { eventId, body } = z.object({ eventId: z.string().cuid(), body: z.string().min(3).max(300) }).parse(input);
  const holders = await prisma.ticket.findMany({
    where: { eventId, order: { organizerId: ctx.organizerId }, owner: { phone: { not: null } } },
    select: { owner: { select: { phone: true } } },
  });
  await Promise.allSettled(holders.map((h) => sendSms(h.owner.phone!, body)));
  return { sent: holders.length };
});

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export const emailOneHolder = withStaff(async (ctx, input: { email: string; subject: string; body: string }) => {
  if (!(await rateLimitByKey(`dm:${ctx.userId}`, 20))) throw new Error("Too many messages");
  await sendEmail(input.email, input.subject, input.body);
  return { ok: true };
});
