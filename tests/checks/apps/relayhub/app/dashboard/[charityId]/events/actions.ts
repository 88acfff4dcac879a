"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { legacyEventsClient } from "@/lib/legacy-action";
import { requireCharityRole, ORGANIZER_ROLES, FUNDRAISING_ROLES } from "@/lib/authz";
import { sendEmail } from "@/lib/mail";
import { Cuid } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export const createEvent = legacyEventsClient
  .inputSchema(z.object({ charityId: Cuid, title: z.string().min(3).max(140), startsAt: z.coerce.date(), capacity: z.number().int().min(1).max(5000) }))
  .action(async ({ parsedInput }) => {
    const { charityId, ...rest } = parsedInput;
    const ctx = await requireCharityRole(charityId, ORGANIZER_ROLES);
    // ok: mass-assignment
    const ev = await prisma.event.create({ data: { ...rest, charityId: ctx.charityId }, select: { id: true } });
    // ok: excessive-data-exposure
    return ev;
  });

// ok: missing-auth, missing-input-validation
export const assignTable = legacyEventsClient
  .inputSchema(z.object({ ticketId: Cuid, tableNo: z.number().int().min(1).max(200) }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.ticket.update({ where: { id: parsedInput.ticketId }, data: { tableNo: parsedInput.tableNo } });
    return { ok: true };
  });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const emailTicketHolders = legacyEventsClient
  .inputSchema(z.object({ charityId: Cuid, eventId: Cuid, subject: z.string().min(1).max(150), body: z.string().min(1).max(5000) }))
  .action(async ({ parsedInput }) => {
    const ctx = await requireCharityRole(parsedInput.charityId, FUNDRAISING_ROLES);
    // ok: missing-authorization
    const event = await prisma.event.findFirst({ where: { id: parsedInput.eventId, charityId: ctx.charityId }, select: { id: true } });
    if (!event) throw new Error("Event not found");
    const tickets = await prisma.ticket.findMany({ where: { eventId: event.id, donorId: { not: null } }, select: { donorId: true } });
    const donors = await prisma.donor.findMany({ where: { id: { in: tickets.map((t) => t.donorId!) } }, select: { email: true } });
    for (const d of donors) await sendEmail({ to: d.email, subject: parsedInput.subject, html: parsedInput.body });
    return { sent: donors.length };
  });

// ok: missing-auth, missing-input-validation
export const listGuests = legacyEventsClient
  .inputSchema(z.object({ charityId: Cuid, eventId: Cuid }))
  .action(async ({ parsedInput }) => {
    const ctx = await requireCharityRole(parsedInput.charityId, ORGANIZER_ROLES);
    // ok: missing-authorization
    const event = await prisma.event.findFirst({ where: { id: parsedInput.eventId, charityId: ctx.charityId }, select: { id: true } });
    if (!event) return [];
    const tickets = await prisma.ticket.findMany({ where: { eventId: event.id } });
    // ruleid: excessive-data-exposure
    return tickets;
  });
