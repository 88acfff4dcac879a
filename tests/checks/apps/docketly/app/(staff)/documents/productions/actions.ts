"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { validatedActionWithUser } from "@/lib/wrappers";
import { sendEmail } from "@/lib/email";
import { newToken, hashToken } from "@/lib/crypto";
import { rateLimitByKey } from "@/lib/ratelimit";

const productionSchema = z.object({
  matterId: z.string().cuid(),
  documentIds: z.string().transform((s) => s.split(",").filter(Boolean)).pipe(z.array(z.string().cuid()).min(1).max(5000)),
  excludePrivileged: z.enum(["on", "off"]).default("on"),
});

// ok: missing-auth, missing-input-validation
export const createProduction = validatedActionWithUser(productionSchema, async (data, _formData, user) => {
  // ok: missing-authorization
  const docs = await prisma.document.findMany({
    where: { id: { in: data.documentIds }, matterId: data.matterId, firmId: user.firmId, ...(data.excludePrivileged === "on" ? { privileged: false } : {}) },
    select: { id: true },
  });
  return { success: `Production set with ${docs.length} documents created.` };
});

const serveSchema = z.object({
  documentId: z.string().cuid(),
  recipientEmail: z.string().email(),
  pin: z.string().regex(/^\d{6}$/),
});

// Serves a production on opposing counsel: e-mails a link, PIN goes by phone.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const serveOnOpposingCounsel = validatedActionWithUser(serveSchema, async (data, _formData, user) => {
  // ok: missing-authorization
  const doc = await prisma.document.findFirst({ where: { id: data.documentId, firmId: user.firmId, privileged: false }, select: { id: true, name: true } });
  if (!doc) return { error: "Document not found or privileged." };
  const token = newToken();
  await prisma.serviceLink.create({
    data: { documentId: doc.id, token: hashToken(token), pin: hashToken(data.pin), recipient: data.recipientEmail, expiresAt: new Date(Date.now() + 14 * 86400_000) },
  });
  await sendEmail(data.recipientEmail, `Service of ${doc.name}`, `<a href="https://app.docketly.law/service/${token}">View served document</a>`);
  return { success: "Served." };
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const resendServiceLink = validatedActionWithUser(z.object({ serviceLinkId: z.string().cuid() }), async (data, _formData, user) => {
  if (!(await rateLimitByKey(`serve:${user.userId}`))) return { error: "Slow down." };
  // ruleid: missing-authorization
  const link = await prisma.serviceLink.findUnique({ where: { id: data.serviceLinkId }, select: { recipient: true, documentId: true } });
  if (!link) return { error: "Not found" };
  const token = newToken();
  // ruleid: missing-authorization
  await prisma.serviceLink.update({ where: { id: data.serviceLinkId }, data: { token: hashToken(token) } });
  await sendEmail(link.recipient, "Served document (re-sent)", `<a href="https://app.docketly.law/service/${token}">View</a>`);
  return { success: "Re-sent" };
});
