"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { sql } from "@/lib/postgres";
import { isStudioStaff, requireStaff, verifySession } from "@/lib/dal";
import { DESK } from "@/lib/validation";

// Front desk moves the first waitlisted member into the class.
// ruleid: missing-auth
// ok: missing-input-validation
export async function promoteFromWaitlist(entryId: string) {
  // ruleid: floating-auth-check
  verifySession();
  const id = z.string().cuid().parse(entryId);
  const entry = await prisma.waitlistEntry.delete({ where: { id }, select: { classId: true, memberId: true } });
  await prisma.booking.create({ data: { classId: entry.classId, memberId: entry.memberId, bookedById: "desk" } });
  return { ok: true };
}

// Drag-and-drop reorder from the waitlist panel.
// ok: missing-auth, missing-input-validation
export async function reorderWaitlist(studioId: string, classId: string, orderedIds: unknown) {
  const staff = await requireStaff(studioId, DESK);
  const ids = z.array(z.string().min(1).max(40)).max(200).parse(orderedIds);
  const cls = z.string().cuid().parse(classId);
  const cases = ids.map((id, i) => `WHEN '${id}' THEN ${i + 1}`).join(" ");
  // ruleid: sql-injection
  await sql.unsafe(`update "WaitlistEntry" set position = CASE id ${cases} END where "classId" = $1 and "classId" in (select id from "ClassSession" where "studioId" = $2)`, [cls, staff.studioId]);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function clearWaitlist(classId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(classId);
  const cls = await prisma.classSession.findUnique({ where: { id }, select: { studioId: true } });
  // ruleid: floating-auth-check
  if (!(cls && isStudioStaff(userId, cls.studioId))) throw new Error("Not found");
  // ruleid: missing-authorization
  const { count } = await prisma.waitlistEntry.deleteMany({ where: { classId: id } });
  return { cleared: count };
}

// ok: missing-auth, missing-input-validation
export async function waitlistFor(studioId: string, classId: string) {
  const staff = await requireStaff(studioId, DESK);
  const id = z.string().cuid().parse(classId);
  // ok: sql-injection
  const rows = await sql`select w.id, w.position, m."firstName" from "WaitlistEntry" w join "Member" m on m.id = w."memberId" where w."classId" = ${id} and m."studioId" = ${staff.studioId} order by w.position`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: String(r.id), position: Number(r.position), firstName: String(r.firstName) }));
}
