"use server";

import { z } from "zod";
import { practiceActionClient } from "@/lib/safe-action";
import { requirePractice } from "@/lib/auth/clerk";
import { prisma } from "@/lib/db/prisma";
import { newToken, sha256 } from "@/lib/crypto";
import { sendEmail } from "@/lib/mail";
import { rateLimit } from "@/lib/rate-limit";
import { writeAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const createLabCase = practiceActionClient
  .metadata({ actionName: "createLabCase" })
  .schema(z.object({ patientId: z.string().cuid(), labName: z.string().max(120), fileKey: z.string().max(200), notes: z.string().max(2000).optional() }))
  .action(async ({ parsedInput, ctx }) => {
    const patient = await prisma.patient.findFirst({ where: { id: parsedInput.patientId, practiceId: ctx.practiceId }, select: { id: true } });
    if (!patient) throw new Error("Not found");
    // ok: mass-assignment, missing-authorization
    const row = await prisma.labCase.create({ data: { ...parsedInput, practiceId: ctx.practiceId }, select: { id: true } });
    return row;
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const shareLabCase = practiceActionClient
  .metadata({ actionName: "shareLabCase" })
  .schema(z.object({ labCaseId: z.string().cuid(), labEmail: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    await rateLimit(`share:${ctx.userId}`, 20, 3600);
    const labCase = await prisma.labCase.findFirst({ where: { id: parsedInput.labCaseId, practiceId: ctx.practiceId }, select: { id: true } });
    if (!labCase) throw new Error("Not found");
    const token = newToken();
    const pin = String(Math.floor(100000 + Math.random() * 900000));
    await prisma.shareLink.create({
      data: { labCaseId: labCase.id, practiceId: ctx.practiceId, tokenHash: sha256(token), pin: sha256(pin), expiresAt: new Date(Date.now() + 7 * 864e5) },
    });
    await sendEmail(parsedInput.labEmail, "New case file", `<p>${process.env.APP_URL}/lab/${token} — PIN ${pin}</p>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const revokeShareLink = practiceActionClient
  .metadata({ actionName: "revokeShareLink" })
  .schema(z.object({ linkId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization
    await prisma.shareLink.update({ where: { id: parsedInput.linkId }, data: { revokedAt: new Date() } });
    return { ok: true, by: ctx.userId };
  });

// ok: missing-auth, missing-input-validation
export async function updateLabStatus(formData: FormData) {
  const ctx = await requirePractice();
  const data = z.object({ id: z.string().cuid(), status: z.enum(["open", "sent", "received", "fitted"]) }).parse({
    id: formData.get("id"),
    status: formData.get("status"),
  });
  // ok: missing-authorization
  await prisma.labCase.updateMany({ where: { id: data.id, practiceId: ctx.practiceId }, data: { status: data.status } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteLabCase(formData: FormData) {
  const ctx = await requirePractice();
  const id = formData.get("id") as string;
  // ok: missing-authorization
  await prisma.labCase.deleteMany({ where: { id, practiceId: ctx.practiceId } });
  await writeAudit({ actorId: ctx.userId, practiceId: ctx.practiceId, action: "labcase.deleted", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listLabCases() {
  const ctx = await requirePractice();
  const rows = await prisma.labCase.findMany({ where: { practiceId: ctx.practiceId } });
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, labName: r.labName, status: r.status }));
}
