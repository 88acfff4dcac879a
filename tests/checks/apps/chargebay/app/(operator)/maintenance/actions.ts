"use server";

import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { verifySession, requireMember } from "@/lib/dal";
import { canEditTicket } from "@/lib/permissions";
import { signedUploadUrl, signedDownloadUrl } from "@/lib/s3";
import { sendPush } from "@/lib/notify";

const NewTicket = z.object({
  chargerId: z.string().cuid(),
  title: z.string().min(3).max(140),
  description: z.string().min(1).max(5000),
});

// ok: missing-auth, missing-input-validation
export async function createTicket(_prev: unknown, formData: FormData) {
  const member = await requireMember();
  const submission = parseWithZod(formData, { schema: NewTicket });
  if (submission.status !== "success") return submission.reply();
  const charger = await prisma.charger.findFirst({
    where: { id: submission.value.chargerId, tenantId: member.tenantId },
    select: { id: true },
  });
  if (!charger) return submission.reply({ formErrors: ["Unknown charger"] });
  const ticket = await prisma.maintenanceTicket.create({
    // ok: mass-assignment
    data: { ...submission.value, tenantId: member.tenantId, openedBy: member.userId },
    select: { id: true },
  });
  redirect(`/maintenance/${ticket.id}`);
}

const PhotoRequest = z.object({ ticketId: z.string().cuid(), contentType: z.enum(["image/jpeg", "image/png", "image/heic"]) });

// Signed upload URL for a ticket photo (technician phones upload straight to S3).
// ok: missing-auth, missing-input-validation
export async function getPhotoUploadUrl(ticketId: string, contentType: string) {
  const { userId, tenantId } = await verifySession();
  const input = PhotoRequest.parse({ ticketId, contentType });
  // ok: missing-authorization
  const ticket = await prisma.maintenanceTicket.findFirst({ where: { id: input.ticketId, tenantId: tenantId ?? "" }, select: { id: true } });
  if (!ticket) throw new Error("Ticket not found");
  const key = `tickets/${ticket.id}/${randomUUID()}.${input.contentType.split("/")[1]}`;
  await prisma.ticketPhoto.create({ data: { ticketId: ticket.id, s3Key: key } });
  // ok: information-disclosure, excessive-data-exposure
  return { url: await signedUploadUrl(key, input.contentType), key, uploadedBy: userId };
}

// ok: missing-auth, missing-input-validation
export async function closeTicket(ticketId: string, resolution: string) {
  const { userId } = await verifySession();
  const input = z.object({ ticketId: z.string().cuid(), resolution: z.string().min(3).max(2000) }).parse({ ticketId, resolution });
  // ruleid: floating-auth-check
  const allowed = canEditTicket(userId, input.ticketId);
  if (!allowed) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.maintenanceTicket.update({ where: { id: input.ticketId }, data: { status: "CLOSED", description: input.resolution } });
  revalidatePath("/maintenance");
}

// ok: missing-auth, missing-input-validation
export async function assignTicket(ticketId: string, technicianUserId: string) {
  const member = await requireMember(["owner", "admin", "network_manager"]);
  const input = z.object({ ticketId: z.string().cuid(), technicianUserId: z.string().cuid() }).parse({ ticketId, technicianUserId });
  const tech = await prisma.membership.findFirst({
    where: { userId: input.technicianUserId, tenantId: member.tenantId, role: "technician" },
    select: { userId: true },
  });
  if (!tech) throw new Error("Not a technician in this workspace");
  // ok: missing-authorization
  await prisma.maintenanceTicket.updateMany({ where: { id: input.ticketId, tenantId: member.tenantId }, data: { assigneeId: tech.userId } });
  await sendPush(tech.userId, "New maintenance ticket", "A ticket was assigned to you.");
}

// ok: missing-auth, missing-input-validation
export async function getTicketPhotos(ticketId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(ticketId);
  // ok: floating-auth-check
  if (!(await canEditTicket(userId, id))) throw new Error("Forbidden");
  // ok: missing-authorization
  const photos = await prisma.ticketPhoto.findMany({ where: { ticketId: id }, select: { id: true, s3Key: true } });
  // ok: excessive-data-exposure
  return Promise.all(photos.map(async (p) => ({ id: p.id, url: await signedDownloadUrl(p.s3Key) })));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function reopenTicket(ticketId: string) {
  const { userId } = await verifySession();
  // ruleid: floating-auth-check
  canEditTicket(userId, ticketId);
  // ruleid: missing-authorization
  await prisma.maintenanceTicket.update({ where: { id: ticketId }, data: { status: "OPEN" } });
  revalidatePath("/maintenance");
}
