"use server";

import { randomUUID } from "node:crypto";
import { kdb } from "@/lib/db/kysely";
import { prisma } from "@/lib/db/prisma";
import { requireMember } from "@/lib/auth/session";
import { canManageGarden } from "@/lib/auth/guards";
import { announcementSchema } from "@/lib/validation/yup";
import { sendSms } from "@/lib/notify/sms";
import { checkRateLimit, mailLimiter } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation
export async function postAnnouncement(gardenId: string, formData: FormData) {
  const { userId } = await requireMember();
  if (typeof gardenId !== "string") throw new Error("gardenId");
  if (!(await canManageGarden(userId, gardenId))) throw new Error("Coordinators only");
  const data = await announcementSchema.validate({ title: formData.get("title"), body: formData.get("body"), pinned: formData.get("pinned") === "on" });
  // ok: mass-assignment, missing-authorization
  await kdb.insertInto("announcements").values({ id: randomUUID(), garden_id: gardenId, author_id: userId, title: data.title, body: data.body, pinned: data.pinned, created_at: new Date() }).execute();
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function pinAnnouncement(announcementId: string) {
  await requireMember();
  // ruleid: missing-authorization
  await kdb.updateTable("announcements").set({ pinned: true }).where("id", "=", announcementId).execute();
}

// ok: missing-auth, missing-input-validation
export async function deleteAnnouncement(announcementId: string) {
  const { userId } = await requireMember();
  if (typeof announcementId !== "string") throw new Error("id");
  const row = await kdb.selectFrom("announcements").select(["id", "garden_id", "author_id"]).where("id", "=", announcementId).executeTakeFirst();
  if (!row) return { error: "Not found" };
  if (row.author_id !== userId && !(await canManageGarden(userId, row.garden_id))) return { error: "Not allowed" };
  // ok: missing-authorization
  await kdb.deleteFrom("announcements").where("id", "=", row.id).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function textAllMembers(gardenId: string, message: string) {
  const { userId } = await requireMember();
  if (typeof gardenId !== "string" || typeof message !== "string" || message.length > 300) throw new Error("Invalid");
  if (!(await canManageGarden(userId, gardenId))) throw new Error("Coordinators only");
  const members = await prisma.gardenMembership.findMany({ where: { gardenId }, select: { user: { select: { phone: true } } } });
  for (const m of members) if (m.user.phone) await sendSms(m.user.phone, message);
  return { sent: members.length };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function textPlotHolders(gardenId: string, message: string) {
  const { userId } = await requireMember();
  if (typeof gardenId !== "string" || typeof message !== "string" || message.length > 300) throw new Error("Invalid");
  if (!(await canManageGarden(userId, gardenId))) throw new Error("Coordinators only");
  await checkRateLimit(`sms:${gardenId}`, mailLimiter);
  const holders = await prisma.gardenMembership.findMany({ where: { gardenId, role: "PLOT_HOLDER" }, select: { user: { select: { phone: true } } } });
  for (const h of holders) if (h.user.phone) await sendSms(h.user.phone, message);
  return { sent: holders.length };
}

// ok: missing-auth, missing-input-validation
export async function latestAnnouncements(gardenId: string) {
  const { userId } = await requireMember();
  if (typeof gardenId !== "string") return [];
  const member = await prisma.gardenMembership.findUnique({ where: { gardenId_userId: { gardenId, userId } }, select: { id: true } });
  if (!member) return [];
  // ok: missing-authorization
  const rows = await kdb.selectFrom("announcements").selectAll().where("garden_id", "=", gardenId).orderBy("created_at", "desc").limit(20).execute();
  // ruleid: excessive-data-exposure
  return rows;
}
