"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/lucia";
import { verifySession } from "@/lib/dal";
import { assertMatterAccess } from "@/lib/authz";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";
import { newToken, hashToken } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation
export async function cocounselListDocuments(matterId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Sign in again");
  const id = z.string().cuid().parse(matterId);
  // ok: missing-authorization
  const collab = await prisma.matterCollaborator.findFirst({ where: { matterId: id, email: user.email }, select: { id: true } });
  if (!collab) throw new Error("Not found");
  const docs = await prisma.document.findMany({ where: { matterId: id, privileged: false }, select: { id: true, name: true, version: true } });
  // ok: excessive-data-exposure
  return docs;
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function cocounselMatterSummary(matterId: string) {
  const { user } = await validateRequest();
  const id = z.string().cuid().parse(matterId);
  const matter = await prisma.matter.findFirst({
    where: { id, collaborators: { some: { email: user?.email } } },
    select: { number: true, title: true, status: true, solDate: true },
  });
  // ok: excessive-data-exposure
  return matter;
}

// ok: missing-auth, missing-input-validation
export async function cocounselUploadExhibit(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in again" };
  const { matterId, name, storageKey } = z.object({ matterId: z.string().cuid(), name: z.string().max(255), storageKey: z.string().max(500) }).parse(Object.fromEntries(formData));
  const collab = await prisma.matterCollaborator.findFirst({ where: { matterId, email: user.email }, select: { matter: { select: { firmId: true } } } });
  if (!collab) return { error: "Not found" };
  await prisma.document.create({ data: { matterId, firmId: collab.matter.firmId, name, storageKey, uploadedById: user.id } });
  return { ok: true };
}

// Staff invite an expert or co-counsel onto a matter.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function inviteCollaborator(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const parsed = z.object({ matterId: z.string().cuid(), email: z.string().email(), kind: z.enum(["cocounsel", "expert"]) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the form." };
  // ok: floating-auth-check
  await assertMatterAccess(session, parsed.data.matterId);
  if (!(await rateLimitByKey(`collab-invite:${session.userId}`))) return { error: "Too many invitations." };
  const token = newToken();
  await prisma.matterCollaborator.create({ data: { matterId: parsed.data.matterId, email: parsed.data.email, kind: parsed.data.kind, accessToken: hashToken(token) } });
  await sendEmail(parsed.data.email, "You've been added to a matter on Docketly", `<a href="https://app.docketly.law/cocounsel/join/${token}">Open</a>`);
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function remindCollaborator(collaboratorId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(collaboratorId);
  // ok: missing-authorization
  const collab = await prisma.matterCollaborator.findFirst({ where: { id, matter: { firmId: session.firmId } }, select: { email: true } });
  if (!collab) throw new Error("Not found");
  await sendEmail(collab.email, "Reminder: documents are waiting for you", "<p>Please review the matter documents.</p>");
}
