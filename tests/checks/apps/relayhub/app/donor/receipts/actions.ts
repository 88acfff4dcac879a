"use server";

import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mail";
import { rateLimitByKey } from "@/lib/rate-limit";

const Id = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function receiptDownloadUrl(receiptId: string) {
  const { userId } = await verifySession();
  const id = Id.parse(receiptId);
  const donor = await prisma.donor.findUnique({ where: { userId }, select: { id: true } });
  if (!donor) return null;
  // ok: missing-authorization
  const receipt = await prisma.taxReceipt.findFirst({ where: { id, donorId: donor.id }, select: { pdfKey: true } });
  // ok: excessive-data-exposure
  return receipt ? `https://files.relayhub.org/receipts/${receipt.pdfKey}` : null;
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function emailMeMyReceipt(receiptId: string) {
  const { userId, email } = await verifySession();
  const id = Id.parse(receiptId);
  const donor = await prisma.donor.findUnique({ where: { userId }, select: { id: true } });
  if (!donor) return { ok: false };
  // ok: missing-authorization
  const receipt = await prisma.taxReceipt.findFirst({ where: { id, donorId: donor.id }, select: { pdfKey: true, year: true } });
  if (!receipt) return { ok: false };
  await sendEmail({ to: email, subject: `Your ${receipt.year} tax receipt`, html: `<a href="https://files.relayhub.org/receipts/${receipt.pdfKey}">Download</a>` });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function emailAllMyReceipts(year: number) {
  const { userId, email } = await verifySession();
  if (!(await rateLimitByKey(`receipts-all:${userId}`))) return { ok: false, error: "Try again later" };
  const y = z.number().int().min(2000).max(2100).parse(year);
  const donor = await prisma.donor.findUnique({ where: { userId }, select: { id: true } });
  if (!donor) return { ok: false };
  const receipts = await prisma.taxReceipt.findMany({ where: { donorId: donor.id, year: y }, select: { pdfKey: true } });
  await sendEmail({ to: email, subject: `Tax receipts ${y}`, html: receipts.map((r) => `<p>${r.pdfKey}</p>`).join("") });
  return { ok: true, count: receipts.length };
}
