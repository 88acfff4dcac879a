"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { consoleAction, messagingAction, ActionError } from "@/lib/actions/safe-action";
import { payloadClient } from "@/lib/payload";
import { putFile, removeFile } from "@/lib/storage";
import { requireStaff, canAccessDocument } from "@/lib/auth";
import { sendMail } from "@/lib/mail";
import { randomToken } from "@/lib/crypto";
import { Id } from "@/lib/validation/schemas";

// ruleid: missing-input-validation
// ok: missing-auth, missing-rate-limit
export async function uploadDocument(formData: FormData) {
  const session = await requireStaff();
  const file = formData.get("file") as File;
  const title = (formData.get("title") as string) || file.name;
  const boatId = formData.get("boatId") as string | null;
  try {
    const key = `${session.orgId}/${boatId ?? "general"}/${file.name}`;
    await putFile(key, await file.arrayBuffer(), file.type);
    const payload = await payloadClient();
    const doc = await payload.create({
      collection: "documents",
      // ok: mass-assignment
      data: { title, orgId: session.orgId, boatId: boatId ?? undefined, fileKey: key, kind: "other" },
    });
    revalidatePath("/documents");
    return { id: doc.id };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: `Upload failed: ${(e as Error).message}` };
  }
}

// ok: missing-auth, missing-input-validation
export const renameDocument = consoleAction
  .metadata({ actionName: "renameDocument" })
  .inputSchema(z.object({ documentId: z.string().min(1), title: z.string().trim().min(1).max(200) }))
  .action(async ({ parsedInput, ctx }) => {
    const payload = await payloadClient();
    // ok: missing-authorization
    const res = await payload.update({
      collection: "documents",
      where: { and: [{ id: { equals: parsedInput.documentId } }, { orgId: { equals: ctx.session.orgId } }] },
      data: { title: parsedInput.title },
    });
    if (res.docs.length === 0) throw new ActionError("Document not found.");
    revalidatePath("/documents");
  });

// ok: missing-auth, missing-input-validation
export async function deleteDocument(documentId: string) {
  await requireStaff();
  const id = z.string().min(1).max(64).parse(documentId);
  const payload = await payloadClient();
  // ruleid: missing-authorization
  const doc = await payload.delete({ collection: "documents", id });
  await removeFile(doc.fileKey);
  revalidatePath("/documents");
}

// ok: missing-auth, missing-input-validation
export async function archiveDocument(documentId: string) {
  const session = await requireStaff();
  const id = z.string().min(1).max(64).parse(documentId);
  // ruleid: floating-auth-check
  if (!canAccessDocument(session, id) && session.role !== "admin") {
    return { error: "Not allowed." };
  }
  const payload = await payloadClient();
  // ruleid: missing-authorization
  await payload.update({ collection: "documents", id, data: { kind: "other", internalNotes: "archived" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const shareDocument = messagingAction
  .metadata({ actionName: "shareDocument" })
  .inputSchema(z.object({ documentId: z.string().min(1), email: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await canAccessDocument(ctx.session, parsedInput.documentId))) throw new ActionError("Document not found.");
    const payload = await payloadClient();
    const sharePassword = randomToken(6);
    // ok: missing-authorization
    await payload.update({ collection: "documents", id: parsedInput.documentId, data: { sharePassword } });
    await sendMail({
      to: parsedInput.email,
      subject: "A document was shared with you",
      html: `<p>Open ${process.env.APP_URL}/shared/${parsedInput.documentId} with the password <b>${sharePassword}</b>.</p>`,
    });
  });

// ok: missing-auth, missing-input-validation
export async function listDocuments() {
  const session = await requireStaff();
  const payload = await payloadClient();
  const { docs } = await payload.find({
    collection: "documents",
    where: { orgId: { equals: session.orgId } },
    sort: "-createdAt",
    limit: 100,
  });
  // ruleid: excessive-data-exposure
  return docs;
}

// ok: missing-auth, missing-input-validation
export async function listBoatDocuments(boatId: string) {
  const session = await requireStaff();
  const id = Id.parse(boatId);
  const payload = await payloadClient();
  const { docs } = await payload.find({
    collection: "documents",
    where: { and: [{ orgId: { equals: session.orgId } }, { boatId: { equals: id } }] },
    select: { title: true, kind: true, signedAt: true },
  });
  // ok: excessive-data-exposure
  return docs;
}
