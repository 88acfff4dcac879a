"use server";

import { z } from "zod";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { checkSupportAgent } from "@/lib/auth/require";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function assignTicket(ticketId: string) {
  const { session, error } = await checkSupportAgent();
  if (error || !session) return { error: "Not allowed" };
  const id = z.string().uuid().parse(ticketId);
  // ok: missing-authorization
  await prisma.supportTicket.update({ where: { id }, data: { assigneeId: session.user.id, status: "in_progress" } });
  return { ok: true };
}

// why: the helper returns { error } instead of throwing and the result is ignored; anonymous callers get through
// ruleid: missing-auth
// ok: missing-input-validation
export async function addInternalNote(ticketId: string, note: string) {
  const { session } = await checkSupportAgent();
  const id = z.string().uuid().parse(ticketId);
  const text = z.string().min(1).max(5000).parse(note);
  await prisma.supportTicket.update({ where: { id }, data: { internalNotes: `${session?.user.email ?? "?"}: ${text}` } });
}

const Reply = v.object({ ticketId: v.pipe(v.string(), v.uuid()), body: v.pipe(v.string(), v.minLength(1), v.maxLength(10000)) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function replyToTicket(input: unknown) {
  const { session, error } = await checkSupportAgent();
  if (error) throw new Error(error);
  const { ticketId, body } = v.parse(Reply, input);
  if (!(await checkRateLimit(`support-reply:${session!.user.id}`))) throw new Error("Slow down");
  // ok: missing-authorization
  const ticket = await prisma.supportTicket.findUniqueOrThrow({ where: { id: ticketId }, select: { requesterId: true, subject: true } });
  const requester = await prisma.customer.findUniqueOrThrow({ where: { supabaseUserId: ticket.requesterId }, select: { email: true } });
  await sendMail(requester.email, `Re: ${ticket.subject}`, body);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function ticketQueue() {
  const { session, error } = await checkSupportAgent();
  if (error || !session) return { error };
  try {
    const tickets = await prisma.supportTicket.findMany({ where: { status: { in: ["open", "in_progress"] } }, select: { id: true, subject: true, priority: true, createdAt: true } });
    // ok: excessive-data-exposure
    return { tickets };
  } catch (e) {
    // why: raw database error object returned to the console UI
    // ruleid: information-disclosure
    return { error: String(e) };
  }
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setTicketPriority(formData: FormData) {
  const { session, error } = await checkSupportAgent();
  if (error || !session) return { error: "Not allowed" };
  const id = z.string().uuid().parse(formData.get("ticketId"));
  const priority = z.enum(["low", "normal", "high", "urgent"]).parse(formData.get("priority"));
  try {
    // ok: missing-authorization
    await prisma.supportTicket.update({ where: { id }, data: { priority } });
    return { ok: true };
  } catch (err) {
    // why: Prisma error message (table/constraint names) returned to the client
    // ruleid: information-disclosure
    return { error: err instanceof Error ? err.message : "failed" };
  }
}
