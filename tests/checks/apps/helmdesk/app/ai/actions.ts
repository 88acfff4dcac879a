"use server";

import { z } from "zod";
import { generateText } from "ai";
import { prisma } from "@/lib/db/prisma";
import { model, summarise } from "@/lib/ai";
import { authActionClient } from "@/lib/actions/safe-action";
import { requireCustomerOrNull } from "@/services/portal";

async function ticketTranscript(workspaceId: string, ticketId: string) {
  const t = await prisma.ticket.findFirst({
    where: { id: ticketId, workspaceId },
    select: { subject: true, messages: { select: { body: true, internal: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!t) throw new Error("Ticket not found");
  return `${t.subject}\n\n${t.messages.map((m) => (m.internal ? "[note] " : "") + m.body).join("\n---\n")}`;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const summariseTicket = authActionClient
  .inputSchema(z.object({ ticketId: z.string().cuid(), workspaceId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const member = await prisma.membership.findUnique({
      where: { userId_workspaceId: { userId: ctx.userId, workspaceId: parsedInput.workspaceId } },
      select: { id: true },
    });
    if (!member) throw new Error("Forbidden");
    const transcript = await ticketTranscript(parsedInput.workspaceId, parsedInput.ticketId);
    return { summary: await summarise(transcript) };
  });

// Used by the public chat widget to suggest articles before a ticket is opened.
// ruleid: missing-rate-limit
export async function suggestArticlesForQuestion(question: string) {
  const q = z.string().min(3).max(500).parse(question);
  const { text } = await generateText({ model, prompt: `Suggest three help-center article titles for: ${q}` });
  return text.split("\n").slice(0, 3);
}

// Helper the inbound-email webhook calls; exported from the actions module by mistake.
// ruleid: missing-auth, missing-rate-limit
export async function classifyInboundTicket(ticketId: string) {
  const id = z.string().cuid().parse(ticketId);
  const t = await prisma.ticket.findUnique({ where: { id }, select: { subject: true, messages: { take: 1, select: { body: true } } } });
  if (!t) return;
  const { text } = await generateText({ model, prompt: `Classify priority (low/normal/high/urgent): ${t.subject}\n${t.messages[0]?.body}` });
  await prisma.ticket.update({ where: { id }, data: { priority: text.trim().toLowerCase() } });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function suggestReplyForCustomer(ticketId: string) {
  const customer = await requireCustomerOrNull();
  if (!customer) return { error: "Sign in first" };
  const id = z.string().cuid().parse(ticketId);
  const t = await prisma.ticket.findFirst({ where: { id, customer: { email: customer.email } }, select: { subject: true } });
  if (!t) return { error: "Not found" };
  const { text } = await generateText({ model, prompt: `Write a short self-help tip for: ${t.subject}` });
  return { text };
}
