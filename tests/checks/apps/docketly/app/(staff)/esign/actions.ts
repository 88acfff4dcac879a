"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { docusignClient } from "@/lib/docusign";
import { requireRole, LAWYER_ROLES } from "@/lib/authz";
import { verifySession } from "@/lib/dal";
import { canAccessMatter } from "@/lib/authz";

// ok: missing-auth, missing-input-validation
export async function sendEngagementLetter(_prev: unknown, formData: FormData) {
  const session = await requireRole(LAWYER_ROLES);
  const { matterId, documentId } = z.object({ matterId: z.string().cuid(), documentId: z.string().cuid() }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const matter = await prisma.matter.findFirst({
    where: { id: matterId, firmId: session.firmId },
    select: { id: true, title: true, client: { select: { name: true, email: true } }, documents: { where: { id: documentId }, select: { storageKey: true } } },
  });
  if (!matter?.client.email || matter.documents.length === 0) return { error: "Client e-mail and letter are required." };
  const envelopes = await docusignClient();
  try {
    const res = await envelopes.createEnvelope(process.env.DOCUSIGN_ACCOUNT_ID!, {
      envelopeDefinition: {
        emailSubject: `Engagement letter — ${matter.title}`,
        status: "sent",
        recipients: { signers: [{ email: matter.client.email, name: matter.client.name, recipientId: "1" }] },
        customFields: { textCustomFields: [{ name: "matterId", value: matter.id }] },
      },
    });
    return { envelopeId: res.envelopeId };
  } catch (error) {
    // ruleid: information-disclosure
    return { error: String(error) };
  }
}

// ok: missing-auth, missing-input-validation
export async function voidEnvelope(envelopeId: string, reason: string) {
  await requireRole(LAWYER_ROLES);
  const input = z.object({ envelopeId: z.string().uuid(), reason: z.string().min(3).max(200) }).parse({ envelopeId, reason });
  const envelopes = await docusignClient();
  try {
    await envelopes.update(process.env.DOCUSIGN_ACCOUNT_ID!, input.envelopeId, { envelope: { status: "voided", voidedReason: input.reason } });
  } catch (e) {
    // ok: information-disclosure
    throw new Error(`DocuSign void failed: ${(e as Error).message}`);
  }
  return { voided: true };
}

// ok: missing-auth, missing-input-validation
export async function envelopeStatus(envelopeId: string) {
  await verifySession();
  const id = z.string().uuid().parse(envelopeId);
  const envelopes = await docusignClient();
  try {
    const env = await envelopes.getEnvelope(process.env.DOCUSIGN_ACCOUNT_ID!, id);
    // ok: excessive-data-exposure
    return { status: env.status, sentAt: env.sentDateTime, completedAt: env.completedDateTime };
  } catch (e) {
    // ruleid: information-disclosure
    return { status: "unknown", detail: e };
  }
}

// ok: missing-auth, missing-input-validation
export async function attachSignedLetter(matterId: string, storageKey: string) {
  const session = await verifySession();
  const input = z.object({ matterId: z.string().cuid(), storageKey: z.string().min(1).max(500) }).parse({ matterId, storageKey });
  // ruleid: floating-auth-check
  const allowed = canAccessMatter(session, input.matterId);
  if (!allowed) throw new Error("Matter not found");
  // ruleid: missing-authorization
  await prisma.document.create({ data: { matterId: input.matterId, firmId: session.firmId, name: "Signed engagement letter.pdf", storageKey: input.storageKey, uploadedById: session.userId } });
  return { ok: true };
}
