"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { workspaceActionClient, supervisorActionClient } from "@/lib/actions/safe-action";
import { getTicketForAgent, addTag } from "@/services/tickets";
import { sendEmail } from "@/lib/email";

const slugArg = [z.string().min(1)] as const;

const StatusSchema = z.object({
  ticketId: z.string().cuid(),
  status: z.enum(["open", "pending", "on_hold", "solved", "closed"]),
});

// ok: missing-auth, missing-input-validation
export const updateTicketStatus = workspaceActionClient
  .bindArgsSchemas(slugArg)
  .inputSchema(StatusSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.ticket.update({
      where: { id: parsedInput.ticketId, workspaceId: ctx.workspaceId },
      data: { status: parsedInput.status },
    });
    revalidatePath(`/w/[slug]/tickets`, "page");
    return { ok: true };
  });

const AssignSchema = z.object({ ticketId: z.string().cuid(), assigneeId: z.string().cuid().nullable() });

// ok: missing-auth, missing-input-validation
export const assignTicket = workspaceActionClient
  .bindArgsSchemas(slugArg)
  .inputSchema(AssignSchema)
  .action(async ({ parsedInput: { ticketId, assigneeId } }) => {
    // ruleid: missing-authorization
    await prisma.ticket.updateMany({
      where: { id: ticketId },
      data: { assigneeId },
    });
    return { ok: true };
  });

const NoteSchema = z.object({ ticketId: z.string().cuid(), body: z.string().min(1).max(20000) });

// ok: missing-auth, missing-input-validation
export const addInternalNote = workspaceActionClient
  .bindArgsSchemas(slugArg)
  .inputSchema(NoteSchema)
  .action(async ({ parsedInput, ctx }) => {
    const ticket = await getTicketForAgent(ctx.workspaceId, parsedInput.ticketId);
    if (!ticket) throw new Error("Ticket not found");
    // ok: missing-authorization
    const note = await prisma.message.create({
      // ok: mass-assignment
      data: { ticketId: ticket.id, authorId: ctx.userId, body: parsedInput.body, internal: true },
      select: { id: true, createdAt: true },
    });
    // ok: excessive-data-exposure
    return note;
  });

const ReplySchema = z.object({ ticketId: z.string().cuid(), body: z.string().min(1), authorId: z.string() });

// ok: missing-auth, missing-input-validation
export const addReplyAs = workspaceActionClient
  .bindArgsSchemas(slugArg)
  .inputSchema(ReplySchema)
  .action(async ({ parsedInput, ctx }) => {
    const ticket = await getTicketForAgent(ctx.workspaceId, parsedInput.ticketId);
    if (!ticket) throw new Error("Ticket not found");
    await prisma.message.create({
      data: {
        ticketId: ticket.id,
        // ruleid: mass-assignment
        // ruleid: missing-authorization -- (anchor moved in pass 27 from the call line) on the client's value, as every owner-from-client finding
        authorId: parsedInput.authorId,
        body: parsedInput.body,
      },
    });
    return { ok: true };
  });

const TagSchema = z.object({ ticketId: z.string().cuid(), tag: z.string().regex(/^[a-z0-9-]{1,32}$/) });

// ok: missing-auth, missing-input-validation, missing-authorization
export const tagTicket = workspaceActionClient
  .bindArgsSchemas(slugArg)
  .inputSchema(TagSchema)
  .action(async ({ parsedInput, ctx }) => {
    await addTag(ctx.workspaceId, parsedInput.ticketId, parsedInput.tag);
    return { ok: true };
  });

const FieldsSchema = z.object({
  ticketId: z.string().cuid(),
  subject: z.string().min(1).max(200).optional(),
  priority: z.enum(["low", "normal", "high", "urgent"]).optional(),
  slaDueAt: z.coerce.date().optional(),
});

// ok: missing-auth, missing-input-validation
export const updateTicketFields = supervisorActionClient
  .bindArgsSchemas(slugArg)
  .inputSchema(FieldsSchema)
  .action(async ({ parsedInput: { ticketId, ...fields }, ctx }) => {
    // ok: missing-authorization
    const updated = await prisma.ticket.update({
      where: { id: ticketId, workspaceId: ctx.workspaceId },
      // ok: mass-assignment
      data: fields,
      select: { id: true, subject: true, priority: true, slaDueAt: true },
    });
    // ok: excessive-data-exposure
    return updated;
  });

// ok: missing-auth, missing-input-validation
export const getTicketWithThread = workspaceActionClient
  .bindArgsSchemas(slugArg)
  .inputSchema(z.object({ ticketId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const ticket = await prisma.ticket.findFirst({
      where: { id: parsedInput.ticketId, workspaceId: ctx.workspaceId },
      include: { messages: true, customer: true },
    });
    // ruleid: excessive-data-exposure
    return ticket;
  });

// Sends the full conversation to the customer's e-mail.
// ruleid: missing-rate-limit
export const emailTranscript = workspaceActionClient
  .bindArgsSchemas(slugArg)
  .inputSchema(z.object({ ticketId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const t = await prisma.ticket.findFirst({
      where: { id: parsedInput.ticketId, workspaceId: ctx.workspaceId },
      select: { number: true, customer: { select: { email: true } }, messages: { where: { internal: false }, select: { body: true } } },
    });
    if (!t) return { error: "Not found" };
    await sendEmail(t.customer.email, `Transcript of ticket #${t.number}`, t.messages.map((m) => `<p>${m.body}</p>`).join(""));
    return { ok: true };
  });
