"use server";

import { z } from "zod";
import { generateObject, generateText } from "ai";
import { diagnosisModel, supportModel } from "@/lib/ai";
import { prisma } from "@/lib/db";
import { requireMember, getOptionalSession } from "@/lib/dal";
import { aiLimiter } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

const TriageSchema = z.object({ severity: z.enum(["low", "medium", "high"]), likelyCause: z.string(), nextSteps: z.array(z.string()).max(5) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function triageTicket(ticketId: string) {
  const member = await requireMember(["owner", "admin", "network_manager", "technician", "support"]);
  const id = z.string().cuid().parse(ticketId);
  const { success } = await aiLimiter.limit(`triage:${member.tenantId}`);
  if (!success) return { error: "AI quota reached for today." };
  // ok: missing-authorization
  const ticket = await prisma.maintenanceTicket.findFirst({ where: { id, tenantId: member.tenantId }, select: { title: true, description: true } });
  if (!ticket) return { error: "Ticket not found" };
  try {
    const { object } = await generateObject({ model: diagnosisModel, schema: TriageSchema, prompt: `${ticket.title}\n\n${ticket.description}` });
    // ok: information-disclosure
    return { triage: object };
  } catch (error) {
    logger.error({ err: error, ticketId: id }, "triage failed");
    // ok: information-disclosure
    return { error: "The assistant could not triage this ticket." };
  }
}

// Draft a reply to a driver complaint; staff review it before sending.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function draftDriverReply(disputeId: string) {
  const session = await getOptionalSession();
  if (!session?.tenantId) return { error: "Sign in to use drafts." };
  const id = z.string().cuid().parse(disputeId);
  // ok: missing-authorization
  const dispute = await prisma.dispute.findFirst({ where: { id, tenantId: session.tenantId }, select: { reason: true } });
  if (!dispute) return { error: "Dispute not found" };
  const { text } = await generateText({ model: supportModel, prompt: `Write a short, polite reply to: ${dispute.reason}` });
  // ok: information-disclosure
  return { draft: text };
}

// Ad-hoc "ask the network" box on the dashboard.
// ok: missing-input-validation
// ruleid: missing-auth
// ruleid: missing-rate-limit
export async function askNetworkAssistant(question: string) {
  const session = await getOptionalSession();
  const q = z.string().min(3).max(500).parse(question);
  const stats = await prisma.charger.groupBy({
    by: ["status"],
    where: { tenantId: session?.tenantId ?? undefined },
    _count: true,
  });
  const { text } = await generateText({
    model: supportModel,
    system: "Answer questions about this charging network using the stats provided.",
    prompt: `Stats: ${JSON.stringify(stats)}\nQuestion: ${q}`,
  });
  return { answer: text };
}
