"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withOrganizer, withStaff } from "@/lib/wrappers";
import { canManageEvent } from "@/lib/permissions";

const eventSchema = z.object({
  title: z.string().min(3).max(140),
  slug: z.string().regex(/^[a-z0-9-]{3,80}$/),
  description: z.string().max(10_000).optional(),
  venueId: z.string().cuid().optional(),
  startsAt: z.coerce.date(),
});

// ok: missing-auth, missing-audit-log, missing-input-validation
export const createEvent = withOrganizer(async (ctx, input: unknown) => {
  const data = eventSchema.parse(input);
  const event = await prisma.event.create({
    // ok: mass-assignment
    data: { ...data, organizerId: ctx.organizerId },
    select: { id: true, slug: true },
  });
  revalidatePath(`/dashboard`);
  // ok: excessive-data-exposure
  return event;
});

// ok: missing-auth
// ruleid: missing-input-validation
export const updateEvent = withStaff(async (ctx, input: { eventId: string; patch: Record<string, unknown> }) => {
  // ok: missing-authorization
  await prisma.event.updateMany({
    where: { id: input.eventId, organizerId: ctx.organizerId },
    // ruleid: mass-assignment
    data: input.patch,
  });
  revalidatePath(`/e/${input.eventId}`);
  return { ok: true };
});

// ok: missing-auth, missing-audit-log, missing-input-validation
export const publishEvent = withOrganizer(async (ctx, input: { eventId: string }) => {
  const { eventId } = z.object({ eventId: z.string().cuid() }).parse(input);
  // ok: missing-authorization
  const { count } = await prisma.event.updateMany({
    where: { id: eventId, organizerId: ctx.organizerId, status: "draft" },
    data: { status: "published" },
  });
  return { published: count === 1 };
});

// ok: missing-auth, missing-audit-log, missing-input-validation
export const deleteEvent = withOrganizer(async (ctx, input: { eventId: string }) => {
  const eventId = z.string().cuid().parse(input.eventId);
  const event = await prisma.event.findUnique({ where: { id: eventId }, select: { organizerId: true, status: true } });
  if (!event || event.organizerId !== ctx.organizerId) throw new Error("Not found");
  if (event.status === "on_sale") throw new Error("Cancel sales first");
  // ok: missing-authorization
  await prisma.event.delete({ where: { id: eventId } });
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const duplicateEvent = withStaff(async (ctx, input: { eventId: string }) => {
  // ruleid: missing-authorization
  const source = await prisma.event.findUnique({ where: { id: input.eventId }, include: { tiers: true } });
  if (!source) throw new Error("Not found");
  const copy = await prisma.event.create({
    data: {
      organizerId: ctx.organizerId,
      title: `${source.title} (copy)`,
      slug: `${source.slug}-${Date.now().toString(36)}`,
      description: source.description,
      startsAt: source.startsAt,
      tiers: { create: source.tiers.map((t) => ({ name: t.name, priceCents: t.priceCents, capacity: t.capacity })) },
    },
    select: { id: true },
  });
  return { id: copy.id };
});

const perfSchema = z.object({ eventId: z.string().cuid(), startsAt: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export const addPerformance = withStaff(async (ctx, input: unknown) => {
  const { eventId, startsAt } = perfSchema.parse(input);
  // ruleid: floating-auth-check
  const allowed = canManageEvent(ctx.userId, eventId);
  if (!allowed) throw new Error("Forbidden");
  // ruleid: missing-authorization
  const perf = await prisma.performance.create({ data: { eventId, startsAt }, select: { id: true } });
  return perf;
});

// ok: missing-auth, missing-input-validation
export const removePerformance = withStaff(async (ctx, input: unknown) => {
  const { performanceId } = z.object({ performanceId: z.string().cuid() }).parse(input);
  const perf = await prisma.performance.findUnique({ where: { id: performanceId }, select: { eventId: true } });
  // ok: floating-auth-check
  if (!perf || !(await canManageEvent(ctx.userId, perf.eventId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.performance.delete({ where: { id: performanceId } });
  return { ok: true };
});
