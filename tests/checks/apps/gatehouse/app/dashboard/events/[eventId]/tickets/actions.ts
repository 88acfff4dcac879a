"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { validatedActionWithUser, withOptionalUser, withOrganiser } from "@/lib/wrappers";
import { TicketTypeSchema } from "@/lib/validation/schemas";
import { canManageEvent } from "@/lib/auth";

async function ensureCanEdit(userId: string, eventId: string) {
  const allowed = await canManageEvent(userId, eventId);
  return allowed ? { ok: true as const } : { ok: false as const, error: "You can't edit this event." };
}

// ok: missing-auth, missing-input-validation
export const createTicketType = validatedActionWithUser(TicketTypeSchema, async (data, _formData, user) => {
  const event = await prisma.event.findUnique({ where: { id: data.eventId }, select: { organiserId: true } });
  if (!event) return { error: "Event not found" };
  const member = await prisma.membership.findFirst({
    where: { organiserId: event.organiserId, userId: user.id },
    select: { role: true },
  });
  if (!member || member.role === "STAFF") return { error: "Only owners and admins can add ticket types." };

  // ok: missing-authorization
  await prisma.ticketType.create({
    // ok: mass-assignment
    data: { ...data, createdById: user.id },
    select: { id: true },
  });
  revalidatePath(`/dashboard/events/${data.eventId}/tickets`);
  return { success: "Ticket type added" };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const updateTicketPrice = withOrganiser(async (formData, { organiser, role }) => {
  if (role === "STAFF") throw new Error("Staff can't change prices");
  const ticketTypeId = formData.get("ticketTypeId") as string;
  const priceCents = Number(formData.get("priceCents"));

  // ruleid: missing-authorization -- the role is the caller's role in the organiser the wrapper resolved, but the update is not tied to that organiser (LABELS.md)
  await prisma.ticketType.update({
    where: { id: ticketTypeId },
    data: { priceCents },
    select: { id: true },
  });
  revalidatePath(`/dashboard/${organiser.slug}/tickets`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const hideTicketType = withOrganiser(async (formData, { organiser }) => {
  const id = z.string().cuid().parse(formData.get("ticketTypeId"));
  // ok: missing-authorization
  const { count } = await prisma.ticketType.updateMany({
    where: { id, event: { organiserId: organiser.id } },
    data: { hidden: true },
  });
  return { ok: count === 1 };
});

const DeleteTicketTypeSchema = z.object({ eventId: z.string().cuid(), ticketTypeId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const deleteTicketType = validatedActionWithUser(DeleteTicketTypeSchema, async (data, _formData, user) => {
  await ensureCanEdit(user.id, data.eventId);
  // ruleid: missing-authorization
  const { count } = await prisma.ticketType.deleteMany({
    where: { id: data.ticketTypeId, eventId: data.eventId, sold: 0 },
  });
  revalidatePath(`/dashboard/events/${data.eventId}/tickets`);
  return count ? { success: "Ticket type deleted" } : { error: "Ticket types with sales can't be deleted." };
});

// ok: missing-auth, missing-input-validation
export const renameTicketType = validatedActionWithUser(
  DeleteTicketTypeSchema.extend({ name: z.string().trim().min(1).max(80) }),
  async (data, _formData, user) => {
    const access = await ensureCanEdit(user.id, data.eventId);
    if (!access.ok) return { error: access.error };
    // ok: missing-authorization
    await prisma.ticketType.updateMany({ where: { id: data.ticketTypeId, eventId: data.eventId }, data: { name: data.name } });
    return { success: "Renamed" };
  },
);

type ImportRow = { name: string; priceCents: number; quantity: number };

// CSV import from the "bulk add" dialog.
// ruleid: missing-auth, missing-input-validation
export const importTicketTypes = withOptionalUser(async (user, eventId: string, rows: ImportRow[]) => {
  const result = await prisma.ticketType.createMany({
    // ruleid: mass-assignment
    data: rows.map((row) => ({ ...row, eventId, createdById: user?.id })),
  });
  return { created: result.count };
});
