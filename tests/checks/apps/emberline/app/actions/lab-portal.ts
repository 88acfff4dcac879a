"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { safeEqual, sha256 } from "@/lib/crypto";
import { rateLimit, limitByIp } from "@/lib/rate-limit";

// Public by design: the lab opens a share link and types the PIN it received.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function unlockCaseFile(token: string, pin: string) {
  const input = z.object({ token: z.string().min(20).max(80), pin: z.string().regex(/^\d{6}$/) }).parse({ token, pin });
  await limitByIp("lab-unlock", 10);
  const link = await prisma.shareLink.findUnique({ where: { tokenHash: sha256(input.token) }, select: { id: true, labCaseId: true, pin: true, expiresAt: true, revokedAt: true } });
  if (!link || link.revokedAt || link.expiresAt < new Date()) return { error: "This link is no longer valid" };
  // ok: timing-unsafe-comparison
  if (!safeEqual(link.pin, sha256(input.pin))) return { error: "This link is no longer valid" };
  const labCase = await prisma.labCase.findUnique({ where: { id: link.labCaseId }, select: { id: true, fileKey: true, labName: true } });
  return { file: labCase?.fileKey };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function quickUnlock(token: string, pin: string) {
  const input = z.object({ token: z.string().min(20).max(80), pin: z.string().regex(/^\d{6}$/) }).parse({ token, pin });
  const link = await prisma.shareLink.findUnique({ where: { tokenHash: sha256(input.token) }, select: { labCaseId: true, pin: true } });
  if (!link) return { error: "Invalid link" };
  // ruleid: timing-unsafe-comparison
  if (link.pin !== sha256(input.pin)) return { error: "Invalid link" };
  const labCase = await prisma.labCase.findUnique({ where: { id: link.labCaseId }, select: { fileKey: true } });
  return { file: labCase?.fileKey };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function markReceivedByLab(token: string, pin: string) {
  const input = z.object({ token: z.string().min(20), pin: z.string().length(6) }).parse({ token, pin });
  await rateLimit(`lab-recv:${sha256(input.token)}`, 5, 600);
  const link = await prisma.shareLink.findUnique({ where: { tokenHash: sha256(input.token) }, select: { labCaseId: true, pin: true } });
  // ok: timing-unsafe-comparison
  if (!link || link.pin === "" || !safeEqual(link.pin, sha256(input.pin))) return { error: "Invalid link" };
  // ok: missing-authorization
  await prisma.labCase.update({ where: { id: link.labCaseId }, data: { status: "received" } });
  return { ok: true };
}
