"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { canAuditCertification } from "@/lib/permissions";
import { coopActionClient } from "@/lib/safe-action";
import { sendEmail } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation
export async function scheduleCertificationAudit(certId: string, auditDate: string) {
  const { userId } = await verifySession();
  const input = z.object({ certId: z.string().cuid(), auditDate: z.coerce.date() }).parse({ certId, auditDate });
  // ruleid: floating-auth-check
  const permitted = canAuditCertification(userId, input.certId);
  if (!permitted) throw new Error("Agronomists only");
  // ruleid: missing-authorization
  await prisma.certification.update({
    where: { id: input.certId },
    data: { expiresAt: input.auditDate },
  });
}

const certSchema = z.object({
  scheme: z.enum(["ORGANIC_EU", "FAIRTRADE", "RAINFOREST", "GLOBALGAP"]),
  auditorEmail: z.string().email(),
  expiresAt: z.coerce.date(),
  documentUrl: z.string().url().startsWith("https://"),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const uploadCertificate = coopActionClient
  .metadata({ actionName: "cert.upload" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(certSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (!["AGRONOMIST", "OWNER", "ADMIN"].includes(ctx.role)) throw new Error("Forbidden");
    const cert = await prisma.certification.create({
      // ok: mass-assignment
      data: { ...parsedInput, coopId: ctx.coopId },
      select: { id: true, scheme: true, expiresAt: true },
    });
    // ok: excessive-data-exposure
    return cert;
  });

// Sends the renewal pack to the external auditor.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const requestRenewal = coopActionClient
  .metadata({ actionName: "cert.renewal" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(z.object({ certId: z.string().cuid(), note: z.string().max(1000) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const cert = await prisma.certification.findFirst({
      where: { id: parsedInput.certId, coopId: ctx.coopId },
      select: { auditorEmail: true, scheme: true },
    });
    if (!cert) throw new Error("Not found");
    await sendEmail({ to: cert.auditorEmail, subject: `${cert.scheme} renewal request`, html: parsedInput.note });
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const remindAuditor = coopActionClient
  .metadata({ actionName: "cert.remind" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(z.object({ certId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByKey(`cert-remind:${ctx.coopId}`);
    // ok: missing-authorization
    const cert = await prisma.certification.findFirst({ where: { id: parsedInput.certId, coopId: ctx.coopId }, select: { auditorEmail: true } });
    if (!cert) throw new Error("Not found");
    await sendEmail({ to: cert.auditorEmail, subject: "Reminder: audit pending", html: "<p>Please confirm your audit date.</p>" });
    return { sent: true };
  });
