"use server";

import { z } from "zod";
import arcjet, { shield, fixedWindow, request } from "@arcjet/next";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";

const aj = arcjet({ key: process.env.ARCJET_KEY!, rules: [shield({ mode: "LIVE" }), fixedWindow({ mode: "LIVE", window: "10m", max: 5 })] });

const ContactSchema = z.object({
  workspaceKey: z.string().length(16),
  name: z.string().min(1).max(100),
  email: z.string().email(),
  subject: z.string().min(1).max(200),
  message: z.string().min(1).max(10000),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function submitContactForm(_prev: unknown, formData: FormData) {
  const decision = await aj.protect(await request());
  if (decision.isDenied()) return { error: "Please try again later." };
  const parsed = ContactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field." };
  const ws = await prisma.workspace.findUnique({ where: { widgetKey: parsed.data.workspaceKey }, select: { id: true } });
  if (!ws) return { error: "Unknown help center." };
  const ticket = await prisma.$transaction(async (tx) => {
    const customer =
      (await tx.customer.findFirst({ where: { workspaceId: ws.id, email: parsed.data.email }, select: { id: true } })) ??
      (await tx.customer.create({ data: { workspaceId: ws.id, email: parsed.data.email, name: parsed.data.name }, select: { id: true } }));
    const count = await tx.ticket.count({ where: { workspaceId: ws.id } });
    return tx.ticket.create({
      data: { workspaceId: ws.id, customerId: customer.id, number: count + 1, subject: parsed.data.subject, messages: { create: { body: parsed.data.message } } },
      select: { number: true },
    });
  });
  await sendEmail(parsed.data.email, `We received your request #${ticket.number}`, "<p>Thanks! We'll reply soon.</p>");
  // ok: excessive-data-exposure
  return { ok: true, number: ticket.number };
}

// ruleid: missing-rate-limit
export async function submitCallbackRequest(formData: FormData) {
  const data = z.object({ workspaceKey: z.string().length(16), phone: z.string().regex(/^\+[1-9]\d{7,14}$/), email: z.string().email() }).parse(Object.fromEntries(formData));
  const ws = await prisma.workspace.findUnique({ where: { widgetKey: data.workspaceKey }, select: { id: true } });
  if (!ws) return { error: "Unknown help center." };
  await prisma.customer.create({ data: { workspaceId: ws.id, email: data.email, phone: data.phone } });
  await sendEmail(data.email, "We'll call you back", "<p>An agent will call you shortly.</p>");
  return { ok: true };
}

// ruleid: missing-input-validation
export async function subscribeToStatusUpdates(formData: FormData) {
  const email = formData.get("email");
  await prisma.$executeRaw`insert into status_subscribers (email) values (${email}) on conflict do nothing`;
  return { ok: true };
}
