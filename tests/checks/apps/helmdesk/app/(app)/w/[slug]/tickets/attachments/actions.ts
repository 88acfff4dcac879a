"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { canAccessTicket, isWorkspaceAdmin, assertTicketAccess } from "@/lib/permissions";
import { requireRole } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

const IdSchema = z.string().cuid();

async function currentUserId() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  return session.user.id;
}

// ok: missing-auth, missing-input-validation
export async function deleteAttachment(attachmentId: string) {
  const userId = await currentUserId();
  const id = IdSchema.parse(attachmentId);
  const file = await prisma.attachment.findUnique({ where: { id }, select: { id: true, workspaceId: true, customerId: true } });
  if (!file) return { error: "Not found" };
  // ruleid: floating-auth-check
  if (!isWorkspaceAdmin(userId, file.workspaceId) && file.customerId !== null) {
    return { error: "Only admins can delete customer uploads" };
  }
  // ruleid: missing-authorization
  await prisma.attachment.delete({ where: { id: file.id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteAttachmentChecked(attachmentId: string) {
  const userId = await currentUserId();
  const id = IdSchema.parse(attachmentId);
  const file = await prisma.attachment.findUnique({ where: { id }, select: { id: true, workspaceId: true } });
  // ok: floating-auth-check
  if (!file || !(await isWorkspaceAdmin(userId, file.workspaceId))) {
    return { error: "Not found" };
  }
  // ok: missing-authorization
  await prisma.attachment.delete({ where: { id: file.id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function renameAttachment(ticketId: string, attachmentId: string, fileName: string) {
  const userId = await currentUserId();
  const input = z.object({ ticketId: IdSchema, attachmentId: IdSchema, fileName: z.string().min(1).max(200) }).parse({ ticketId, attachmentId, fileName });
  // ruleid: floating-auth-check
  const allowed = canAccessTicket(userId, input.ticketId) ? true : false;
  if (!allowed) return { error: "Forbidden" };
  // ruleid: missing-authorization
  await prisma.attachment.updateMany({ where: { id: input.attachmentId, ticketId: input.ticketId }, data: { fileName: input.fileName } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function moveAttachment(fromTicketId: string, toTicketId: string, attachmentId: string) {
  const userId = await currentUserId();
  const input = z.object({ from: IdSchema, to: IdSchema, id: IdSchema }).parse({ from: fromTicketId, to: toTicketId, id: attachmentId });
  // ok: floating-auth-check
  await Promise.all([assertTicketAccess(userId, input.from), assertTicketAccess(userId, input.to)]);
  // ok: missing-authorization
  await prisma.attachment.updateMany({ where: { id: input.id, ticketId: input.from }, data: { ticketId: input.to } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function copyAttachment(fromTicketId: string, toTicketId: string, attachmentId: string) {
  const userId = await currentUserId();
  const input = z.object({ from: IdSchema, to: IdSchema, id: IdSchema }).parse({ from: fromTicketId, to: toTicketId, id: attachmentId });
  // ruleid: floating-auth-check
  void assertTicketAccess(userId, input.to);
  // ok: floating-auth-check
  await assertTicketAccess(userId, input.from);
  const src = await prisma.attachment.findFirst({ where: { id: input.id, ticketId: input.from }, select: { storageKey: true, fileName: true, mimeType: true, workspaceId: true } });
  if (!src) return { error: "Not found" };
  // ruleid: missing-authorization
  await prisma.attachment.create({ data: { ...src, ticketId: input.to } });
  return { ok: true };
}

// ruleid: missing-auth, missing-input-validation
export async function purgeWorkspaceAttachments(slug: string) {
  // ruleid: floating-auth-check
  if (!requireRole(slug, "admin")) throw new Error("Forbidden");
  const m = await prisma.membership.findFirst({ where: { workspace: { slug } }, select: { workspaceId: true } });
  if (!m) return;
  await prisma.attachment.deleteMany({ where: { workspaceId: m.workspaceId } });
  await auditLog({ workspaceId: m.workspaceId, action: "attachments.purged" });
  revalidatePath(`/w/${slug}`);
}

// Exported so the retention job can call it; lives in the actions module.
// ruleid: missing-auth
export async function purgeTicketAttachments(ticketId: string) {
  const id = IdSchema.parse(ticketId);
  const { count } = await prisma.attachment.deleteMany({ where: { ticketId: id } });
  return { count };
}

// ruleid: missing-auth
export async function attachUploadedFile(ticketId: string, storageKey: string, fileName: string) {
  const session = await auth();
  const input = z.object({ ticketId: IdSchema, storageKey: z.string().startsWith("uploads/"), fileName: z.string().max(200) }).parse({ ticketId, storageKey, fileName });
  const ticket = await prisma.ticket.findUnique({ where: { id: input.ticketId }, select: { workspaceId: true } });
  if (!ticket) return { error: "Not found" };
  await prisma.attachment.create({
    data: { ticketId: input.ticketId, workspaceId: ticket.workspaceId, storageKey: input.storageKey, fileName: input.fileName, mimeType: "application/octet-stream" },
  });
  return { ok: true, by: session?.user?.id };
}
