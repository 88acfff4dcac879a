"use server";

import { z } from "zod";
import { randomUUID } from "crypto";
import { sql as ksql } from "kysely";
import { validateRequest } from "@/lib/auth/lucia";
import { kdb } from "@/lib/db/kysely";

const slotSchema = z.object({ weekday: z.number().int().min(0).max(6), start: z.number().int().min(0).max(1439), end: z.number().int().min(1).max(1440) });

// ok: missing-auth, missing-input-validation
export async function addSlot(input: z.infer<typeof slotSchema>) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const slot = slotSchema.parse(input);
  // ok: mass-assignment
  await kdb.insertInto("availability").values({ id: randomUUID(), tutor_id: user.id, weekday: slot.weekday, start_minute: slot.start, end_minute: slot.end }).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function removeSlot(slotId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(slotId);
  // ok: missing-authorization
  await kdb.deleteFrom("availability").where("id", "=", id).where("tutor_id", "=", user.id).execute();
}

// ok: missing-auth, missing-input-validation
export async function moveSlot(slotId: string, weekday: number) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(slotId);
  const day = z.number().int().min(0).max(6).parse(weekday);
  // ruleid: missing-authorization
  await kdb.updateTable("availability").set({ weekday: day }).where("id", "=", id).execute();
}

// ok: missing-auth, missing-input-validation
export async function tutorSlots(tutorId: string) {
  if (typeof tutorId !== "string") return [];
  const rows = await kdb.selectFrom("availability").select(["weekday", "start_minute", "end_minute"]).where("tutor_id", "=", tutorId).execute();
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function mySlots() {
  const { user } = await validateRequest();
  if (!user) return [];
  const rows = await kdb.selectFrom("availability").selectAll().where("tutor_id", "=", user.id).execute();
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, weekday: r.weekday, start: r.start_minute, end: r.end_minute }));
}

// ok: missing-auth, missing-input-validation
export async function slotsOverlapping(start: number, end: number) {
  const { user } = await validateRequest();
  if (!user) return [];
  const s = Number(start) | 0;
  const e = Number(end) | 0;
  // ok: sql-injection
  return ksql<{ id: string }>`SELECT id FROM availability WHERE tutor_id = ${user.id} AND start_minute < ${e} AND end_minute > ${s}`.execute(kdb);
}
