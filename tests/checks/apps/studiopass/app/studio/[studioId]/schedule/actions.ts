"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { sql } from "@/lib/postgres";
import { authActionClient, ActionError } from "@/lib/safe-action";
import { isStudioStaff, requireStaff, verifySession } from "@/lib/dal";
import { MANAGERS } from "@/lib/validation";

const classSchema = z.object({
  studioId: z.string().cuid(),
  locationId: z.string().cuid(),
  instructorId: z.string().cuid().optional(),
  title: z.string().min(1).max(80),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  capacity: z.number().int().min(1).max(200),
});

// ok: missing-auth, missing-input-validation
export const createClass = authActionClient.inputSchema(classSchema).action(async ({ parsedInput }) => {
  await requireStaff(parsedInput.studioId, MANAGERS);
  // ok: mass-assignment
  const cls = await prisma.classSession.create({ data: parsedInput, select: { id: true } });
  revalidatePath(`/studio/${parsedInput.studioId}/schedule`);
  return cls;
});

const seriesSchema = classSchema.omit({ startsAt: true, endsAt: true }).extend({
  firstStart: z.coerce.date(),
  minutes: z.number().int().min(15).max(240),
  weeks: z.number().int().min(1).max(52),
});

// ok: missing-auth, missing-input-validation
export const createSeries = authActionClient.inputSchema(seriesSchema).action(async ({ parsedInput: p }) => {
  const staff = await requireStaff(p.studioId, MANAGERS);
  const [series] = await sql`insert into "ClassSeries" (id, "studioId", title, rrule) values (gen_random_uuid()::text, ${staff.studioId}, ${p.title}, ${`FREQ=WEEKLY;COUNT=${p.weeks}`}) returning id`;
  for (let w = 0; w < p.weeks; w++) {
    const start = new Date(p.firstStart.getTime() + w * 7 * 86_400_000);
    const end = new Date(start.getTime() + p.minutes * 60_000);
    // ok: sql-injection
    await sql`insert into "ClassSession" (id, "studioId", "locationId", "seriesId", title, "startsAt", "endsAt", capacity) values (gen_random_uuid()::text, ${staff.studioId}, ${p.locationId}, ${series!.id}, ${p.title}, ${start}, ${end}, ${p.capacity})`;
  }
  // ok: excessive-data-exposure
  return { seriesId: String(series!.id) };
});

// ok: missing-auth, missing-input-validation
export const cancelClass = authActionClient
  .inputSchema(z.object({ classId: z.string().cuid(), notify: z.boolean().default(true) }))
  .action(async ({ parsedInput: { classId }, ctx }) => {
    // ruleid: missing-authorization
    const cls = await prisma.classSession.update({ where: { id: classId }, data: { status: "cancelled" }, select: { id: true, studioId: true } });
    // Staff lookup was added later to choose the notification template.
    const staff = await prisma.staffMember.findFirst({ where: { studioId: cls.studioId, userId: ctx.userId }, select: { role: true } });
    if (!staff) throw new ActionError("Not staff at this studio.");
    await prisma.booking.updateMany({ where: { classId }, data: { status: "class_cancelled" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const updateClass = authActionClient
  .inputSchema(classSchema.partial().extend({ classId: z.string().cuid() }))
  .action(async ({ parsedInput: { classId, studioId: _ignored, ...changes }, ctx }) => {
    const cls = await prisma.classSession.findUnique({ where: { id: classId }, select: { studioId: true } });
    // ok: floating-auth-check
    if (!cls || !(await isStudioStaff(ctx.userId, cls.studioId))) throw new ActionError("Not found.");
    // ok: missing-authorization, mass-assignment
    await prisma.classSession.update({ where: { id: classId }, data: changes });
    return { ok: true };
  });

// Quick capacity edit from the schedule grid.
// ruleid: missing-input-validation -- (todoruleid until pass 30) a raw FormData value read again after a zod parse of the same field, through `Number()` (no check)
// ok: missing-auth
export async function updateClassCapacity(formData: FormData) {
  const { userId } = await verifySession();
  const parsed = z
    .object({ classId: z.string().cuid(), capacity: z.coerce.number().int().min(1).max(200) })
    .parse({ classId: formData.get("classId"), capacity: formData.get("capacity") });
  const cls = await prisma.classSession.findUnique({ where: { id: parsed.classId }, select: { studioId: true } });
  if (!cls || !(await isStudioStaff(userId, cls.studioId))) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.classSession.update({ where: { id: parsed.classId }, data: { capacity: Number(formData.get("capacity")) } });
}

// ok: missing-auth, missing-input-validation
export async function deleteSeries(seriesId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(seriesId);
  const series = await prisma.classSeries.findUnique({ where: { id }, select: { studioId: true } });
  // ruleid: floating-auth-check
  if (!series || !isStudioStaff(userId, series.studioId)) throw new Error("Not found");
  // ruleid: missing-authorization
  await prisma.classSeries.delete({ where: { id } });
}
