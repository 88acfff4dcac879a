"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/lib/db/models/Ticket";
import { requireSupportAgent, getSupportSession } from "@/lib/auth/support-session";
import { applyCreditAdjustment } from "@/lib/billing/queries";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { secureCompare } from "@/lib/secure-compare";
import { rateLimitByIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export async function lookupMember(email: string) {
  await requireSupportAgent();
  const e = z.string().email().parse(email);
  // todook: missing-authorization
  const user = await prisma.user.findUnique({
    where: { email: e },
    select: { id: true, name: true, email: true, phone: true, memberships: { select: { coopId: true, role: true } } },
  });
  // ok: excessive-data-exposure
  return user;
}

const creditSchema = z.object({ memberId: z.string().cuid(), cents: z.number().int().min(-50_00).max(50_00), reason: z.string().min(5).max(200) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function issueGoodwillCredit(input: z.infer<typeof creditSchema>) {
  const agent = await requireSupportAgent();
  const data = creditSchema.parse(input);
  // ok: missing-authorization
  await applyCreditAdjustment(data.memberId, data.cents, `${data.reason} (agent ${agent.agentId})`);
  await auditLog({ actorId: agent.agentId, action: "support.credit_issued", target: data.memberId, meta: { cents: data.cents } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function quickGoodwillCredit(memberId: string, cents: number) {
  const session = await getSupportSession();
  const input = z.object({ memberId: z.string().cuid(), cents: z.number().int().min(0).max(20_00) }).parse({ memberId, cents });
  await applyCreditAdjustment(input.memberId, input.cents, `quick credit (${session.agentId ?? "unknown agent"})`);
  await auditLog({ actorId: session.agentId ?? null, action: "support.quick_credit", target: input.memberId });
}

// Caller verification on the phone: member reads out the PIN from their ticket e-mail.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyCallerPin(ticketId: string, pin: string) {
  const agent = await requireSupportAgent();
  await rateLimitByIp(`caller-pin:${agent.agentId}`, 10);
  const input = z.object({ ticketId: z.string().length(24), pin: z.string().regex(/^\d{4,6}$/) }).parse({ ticketId, pin });
  await connectMongo();
  const ticket = await Ticket.findById(input.ticketId).select("verificationPin").lean<{ verificationPin?: string }>();
  // ok: timing-unsafe-comparison
  const ok = !!ticket?.verificationPin && secureCompare(ticket.verificationPin, input.pin);
  await logSecurityEvent(ok ? "support.caller_verified" : "support.caller_failed", agent.agentId);
  return { ok };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyCallerPinQuick(ticketId: string, pin: string) {
  const agent = await requireSupportAgent();
  await rateLimitByIp(`caller-pin:${agent.agentId}`, 10);
  const input = z.object({ ticketId: z.string().length(24), pin: z.string().regex(/^\d{4,6}$/) }).parse({ ticketId, pin });
  await connectMongo();
  // todook: missing-authorization
  const ticket = await Ticket.findById(input.ticketId).select("verificationPin").lean<{ verificationPin?: string }>();
  // ruleid: timing-unsafe-comparison
  return { ok: ticket?.verificationPin === input.pin };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function resetMemberPassword2fa(memberId: string) {
  await requireSupportAgent();
  const id = z.string().cuid().parse(memberId);
  // todook: missing-authorization
  await prisma.user.update({ where: { id }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function assignTicket(ticketId: string) {
  const agent = await requireSupportAgent();
  const id = z.string().length(24).parse(ticketId);
  await connectMongo();
  try {
    // todook: missing-authorization
    await Ticket.updateOne({ _id: id }, { $set: { assignee: agent.agentId } });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: (err as Error).message };
  }
}
