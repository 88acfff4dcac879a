"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireBoard, requireMember, isBoard } from "@/lib/auth/guards";
import { auth } from "@/lib/auth";

const announcementSchema = z.object({ title: z.string().min(3).max(120), body: z.string().min(1).max(10000), published: z.boolean().default(false) });

// ok: missing-auth, missing-input-validation
export async function createAnnouncement(_prev: unknown, formData: FormData) {
  const ctx = await requireBoard();
  const submission = parseWithZod(formData, { schema: announcementSchema });
  if (submission.status !== "success") return submission.reply();
  // ok: mass-assignment
  await prisma.announcement.create({ data: { ...submission.value, coopId: ctx.coopId, authorId: ctx.userId } });
  revalidatePath("/announcements");
  redirect("/board/announcements");
}

// ok: missing-auth, missing-input-validation
export async function editAnnouncement(_prev: unknown, formData: FormData) {
  const ctx = await requireBoard();
  const submission = parseWithZod(formData, { schema: announcementSchema.extend({ id: z.string().cuid() }) });
  if (submission.status !== "success") return submission.reply();
  const { id, ...data } = submission.value;
  // ok: missing-authorization, mass-assignment
  await prisma.announcement.updateMany({ where: { id, coopId: ctx.coopId }, data });
  revalidatePath("/announcements");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function postAnnouncementAs(formData: FormData) {
  const ctx = await requireBoard();
  const title = String(formData.get("title"));
  const body = String(formData.get("body"));
  const authorId = String(formData.get("authorId"));
  // ruleid: missing-authorization
  await prisma.announcement.create({ data: { title, body, authorId, coopId: ctx.coopId } });
}

// ok: missing-auth, missing-input-validation
export async function deleteAnnouncement(id: string) {
  const ctx = await requireMember();
  z.string().cuid().parse(id);
  // ruleid: floating-auth-check
  if (!isBoard()) throw new Error("Board only");
  await prisma.announcement.deleteMany({ where: { id, coopId: ctx.coopId } });
}

// ok: missing-auth, missing-input-validation
export async function listAnnouncements() {
  const ctx = await requireMember();
  // ok: missing-authorization
  const items = await prisma.announcement.findMany({ where: { coopId: ctx.coopId, published: true }, select: { id: true, title: true, body: true, createdAt: true } });
  // ok: excessive-data-exposure
  return items;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function draftAnnouncements() {
  const session = await auth();
  const coopId = (session?.user as { coopId?: string } | undefined)?.coopId;
  // ok: missing-authorization
  const items = await prisma.announcement.findMany({ where: { coopId, published: false }, select: { id: true, title: true } });
  return items;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function goToAnnouncement(formData: FormData) {
  await requireMember();
  const next = formData.get("next") as string;
  redirect(next);
}
