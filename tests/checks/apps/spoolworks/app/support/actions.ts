"use server";

import * as v from "valibot";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { TicketSchema } from "@/lib/validators";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function openTicket(_prev: unknown, formData: FormData) {
  const { user } = await verifySession();
  const result = v.safeParse(TicketSchema, { subject: formData.get("subject"), body: formData.get("body") });
  if (!result.success) return { error: "Please fill in subject and message." };
  if (!(await checkRateLimit(`ticket:${user.id}`))) return { error: "Too many tickets, please wait." };
  // ok: mass-assignment
  const ticket = await prisma.supportTicket.create({ data: { ...result.output, requesterId: user.id }, select: { id: true } });
  await sendMail(user.email!, `Ticket ${ticket.id.slice(0, 8)} received`, "<p>We'll get back to you within one business day.</p>");
  return { id: ticket.id };
}

// ok: missing-auth, missing-input-validation
export async function getTicket(ticketId: string) {
  await verifySession();
  const id = z.string().uuid().parse(ticketId);
  // why: ticket id from the caller, no requester check
  // ruleid: missing-authorization
  const ticket = await prisma.supportTicket.findUnique({ where: { id } });
  // why: whole ticket incl. internalNotes written by support staff
  // ruleid: excessive-data-exposure
  return ticket;
}

// ok: missing-auth, missing-input-validation
export async function myTickets() {
  const { user } = await verifySession();
  const tickets = await prisma.supportTicket.findMany({ where: { requesterId: user.id }, select: { id: true, subject: true, status: true, createdAt: true } });
  // ok: excessive-data-exposure
  return tickets;
}

// ok: missing-auth, missing-input-validation
export async function closeMyTicket(ticketId: string) {
  const { user } = await verifySession();
  const id = z.string().uuid().parse(ticketId);
  // ok: missing-authorization
  await prisma.supportTicket.updateMany({ where: { id, requesterId: user.id }, data: { status: "closed" } });
}

// why: ticket fields (priority, assigneeId, status, internalNotes) taken straight from the caller
// ruleid: missing-input-validation
// ok: missing-auth
export async function editMyTicket(ticketId: string, changes: Record<string, string>) {
  const { user } = await verifySession();
  // ruleid: mass-assignment
  // ok: missing-authorization
  await prisma.supportTicket.updateMany({ where: { id: ticketId, requesterId: user.id }, data: changes });
}
