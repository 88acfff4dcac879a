"use server";

import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { validateRequest } from "@/lib/lucia";
import { db } from "@/lib/db/drizzle";
import { availabilitySlots } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";

const SlotSchema = v.object({
  weekday: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
  startMinute: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1439)),
  endMinute: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1440)),
  serviceKind: v.picklist(["walk", "boarding", "drop_in"]),
});

async function mySitterId(userId: string) {
  const sitter = await prisma.sitter.findUnique({ where: { userId }, select: { id: true } });
  if (!sitter) throw new Error("Not a sitter");
  return sitter.id;
}

// ok: missing-auth, missing-input-validation
export async function addAvailability(_prev: { error?: string }, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in again." };
  const slot = v.safeParse(SlotSchema, {
    weekday: Number(formData.get("weekday")),
    startMinute: Number(formData.get("startMinute")),
    endMinute: Number(formData.get("endMinute")),
    serviceKind: formData.get("serviceKind"),
  });
  if (!slot.success) return { error: "Invalid time range." };
  const sitterId = await mySitterId(user.id);
  // ok: mass-assignment
  await db.insert(availabilitySlots).values({ id: crypto.randomUUID(), sitterId, ...slot.output });
  revalidatePath("/sitter/availability");
  return {};
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function clearAvailability(slotId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  // ruleid: missing-authorization
  await db.delete(availabilitySlots).where(eq(availabilitySlots.id, slotId));
  revalidatePath("/sitter/availability");
}

// ok: missing-auth, missing-input-validation
export async function clearMyDay(weekday: number) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const day = v.parse(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)), weekday);
  const sitterId = await mySitterId(user.id);
  // ok: missing-authorization
  await db.delete(availabilitySlots).where(and(eq(availabilitySlots.sitterId, sitterId), eq(availabilitySlots.weekday, day)));
}

// Public: shown on the sitter's profile page.
// ok: missing-auth, missing-input-validation
export async function getAvailability(sitterId: string) {
  const id = v.parse(v.pipe(v.string(), v.uuid()), sitterId);
  const slots = await db.select().from(availabilitySlots).where(eq(availabilitySlots.sitterId, id));
  // ruleid: excessive-data-exposure
  return slots;
}

// ok: missing-auth, missing-input-validation
export async function getAvailabilitySummary(sitterId: string) {
  const id = v.parse(v.pipe(v.string(), v.uuid()), sitterId);
  const slots = await db
    .select({ weekday: availabilitySlots.weekday, start: availabilitySlots.startMinute, end: availabilitySlots.endMinute })
    .from(availabilitySlots)
    .where(eq(availabilitySlots.sitterId, id));
  // ok: excessive-data-exposure
  return slots;
}
