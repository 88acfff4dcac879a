"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { publicLimitedClient, actionClient, ownerActionClient } from "@/lib/safe-action";
import { sendEmail } from "@/lib/mailer";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const subscribe = publicLimitedClient.inputSchema(z.object({ wineryId: z.string().cuid(), email: z.string().email() })).action(async ({ parsedInput }) => {
  // ok: mass-assignment
  await prisma.newsletterSubscriber.create({ data: parsedInput, select: { id: true } });
  await sendEmail(parsedInput.email, "Confirm your subscription", "<p>Click to confirm.</p>");
  return { success: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const subscribeFooter = actionClient.inputSchema(z.object({ wineryId: z.string().cuid(), email: z.string().email() })).action(async ({ parsedInput }) => {
  await prisma.newsletterSubscriber.create({ data: { wineryId: parsedInput.wineryId, email: parsedInput.email }, select: { id: true } });
  await sendEmail(parsedInput.email, "Confirm your subscription", "<p>Click to confirm.</p>");
  return { success: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const sendNewsletter = ownerActionClient.inputSchema(z.object({ wineryId: z.string().cuid(), subject: z.string().min(3), html: z.string().max(100_000) })).action(async ({ parsedInput, ctx }) => {
  const subs = await prisma.newsletterSubscriber.findMany({ where: { wineryId: ctx.wineryId, confirmed: true }, select: { email: true } });
  for (const s of subs) await sendEmail(s.email, parsedInput.subject, parsedInput.html);
  return { sent: subs.length };
});

// ok: missing-auth, missing-input-validation
export const exportSubscribers = ownerActionClient.inputSchema(z.object({ wineryId: z.string().cuid() })).action(async ({ ctx }) => {
  const subs = await prisma.newsletterSubscriber.findMany({ where: { wineryId: ctx.wineryId } });
  // ruleid: excessive-data-exposure
  return subs;
});
