"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ActionError, actionClient, authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { EventSchema, EventUpdateSchema } from "@/lib/validation/schemas";
import { canManageEvent } from "@/lib/auth";

const slugify = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/(^-|-$)/g, "");

// ok: missing-auth, missing-input-validation
export const createEvent = authActionClient
  .metadata({ actionName: "createEvent" })
  .inputSchema(EventSchema.extend({ organiserId: z.string().cuid() }))
  .action(async ({ parsedInput: { organiserId, ...event }, ctx: { user } }) => {
    const membership = await prisma.membership.findFirst({
      where: { organiserId, userId: user.id, role: { in: ["OWNER", "ADMIN"] } },
      select: { id: true },
    });
    if (!membership) throw new ActionError("You can't create events for this organiser.");

    // ok: missing-authorization
    const created = await prisma.event.create({
      // ok: mass-assignment
      data: { ...event, slug: event.slug ?? slugify(event.title), organiserId, status: "DRAFT" },
      select: { id: true, slug: true },
    });
    revalidatePath("/dashboard/events");
    // ok: excessive-data-exposure
    return created;
  });

// ok: missing-auth, missing-input-validation
export const updateEvent = authActionClient
  .metadata({ actionName: "updateEvent" })
  .inputSchema(EventUpdateSchema)
  .action(async ({ parsedInput: { id, ...changes }, ctx: { user } }) => {
    // ruleid: floating-auth-check
    if (!canManageEvent(user.id, id)) {
      throw new ActionError("You can't edit this event.");
    }
    // ruleid: missing-authorization
    await prisma.event.update({
      where: { id },
      // ok: mass-assignment
      data: changes,
      select: { id: true },
    });
    revalidatePath(`/dashboard/events/${id}`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const deleteEvent = authActionClient
  .metadata({ actionName: "deleteEvent" })
  .inputSchema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput: { eventId }, ctx: { user } }) => {
    // ok: floating-auth-check
    if (!(await canManageEvent(user.id, eventId))) throw new ActionError("You can't delete this event.");
    const sold = await prisma.order.count({ where: { eventId, status: { in: ["PAID", "PARTIALLY_REFUNDED"] } } });
    if (sold > 0) throw new ActionError("Events with paid orders can't be deleted. Cancel it instead.");
    // ok: missing-authorization
    await prisma.event.delete({ where: { id: eventId } });
    revalidatePath("/dashboard/events");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const publishEvent = authActionClient
  .metadata({ actionName: "publishEvent" })
  .inputSchema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput: { eventId }, ctx: { user } }) => {
    // ok: missing-authorization
    const { count } = await prisma.event.updateMany({
      where: {
        id: eventId,
        status: "DRAFT",
        organiser: { memberships: { some: { userId: user.id, role: { in: ["OWNER", "ADMIN"] } } } },
      },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    if (count === 0) throw new ActionError("Event not found or already published.");
    revalidatePath("/dashboard/events");
    return { published: true };
  });

// ok: missing-auth, missing-input-validation
export const getEventForEdit = authActionClient
  .metadata({ actionName: "getEventForEdit" })
  .inputSchema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput: { eventId }, ctx: { user } }) => {
    // ok: missing-authorization
    const event = await prisma.event.findFirst({
      where: { id: eventId, organiser: { memberships: { some: { userId: user.id } } } },
    });
    if (!event) throw new ActionError("Event not found.");
    // ruleid: excessive-data-exposure
    return event;
  });

// "Duplicate" button on the events table.
// ruleid: missing-auth
// ok: missing-input-validation
export const duplicateEvent = actionClient
  .metadata({ actionName: "duplicateEvent" })
  .inputSchema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput: { eventId } }) => {
    const source = await prisma.event.findUniqueOrThrow({
      where: { id: eventId },
      select: { organiserId: true, title: true, description: true, venue: true, capacity: true, startsAt: true },
    });
    const copy = await prisma.event.create({
      // ok: mass-assignment
      data: { ...source, title: `${source.title} (copy)`, slug: `${slugify(source.title)}-copy-${Date.now()}`, status: "DRAFT" },
      select: { id: true },
    });
    revalidatePath("/dashboard/events");
    return { id: copy.id };
  });
