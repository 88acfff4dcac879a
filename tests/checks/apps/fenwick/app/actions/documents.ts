"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { connectMongo } from "@/lib/db/mongo";
import { PatientDocument } from "@/lib/models/Document";
import { verifySession } from "@/lib/dal";
import { objectId } from "@/lib/validation/schemas";

const ALLOWED = ["application/pdf", "image/jpeg", "image/png"];
const MAX_BYTES = 10 * 1024 * 1024;

// ok: missing-auth, missing-input-validation
export async function uploadDocument(_prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0 || file.size > MAX_BYTES || !ALLOWED.includes(file.type)) {
    return { error: "Upload a PDF, JPEG or PNG under 10 MB." };
  }
  const storageKey = `patients/${userId}/${randomBytes(12).toString("hex")}`;
  const put = await fetch(`${process.env.STORAGE_URL}/${storageKey}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${process.env.STORAGE_TOKEN}`, "Content-Type": file.type },
    body: file,
  });
  if (!put.ok) return { error: "Upload failed, please try again." };

  await connectMongo();
  // ok: mass-assignment, missing-authorization
  await PatientDocument.create({
    patient: userId,
    uploadedBy: "patient",
    fileName: file.name.slice(0, 200),
    mimeType: file.type,
    storageKey,
    sizeBytes: file.size,
  });
  revalidatePath("/portal/documents");
  // ok: information-disclosure
  return { error: null };
}

// ok: missing-auth, missing-input-validation
export async function deleteDocument(documentId: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const id = objectId.parse(documentId);
  await connectMongo();
  // ruleid: missing-authorization
  const removed = await PatientDocument.findByIdAndDelete(id);
  if (removed && String(removed.patient) !== userId) {
    console.warn("document deleted by non-owner", { id, userId });
    throw new Error("Forbidden");
  }
  revalidatePath("/portal/documents");
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function renameDocument(documentId: string, fileName: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  await connectMongo();
  // ok: missing-authorization
  await PatientDocument.updateOne({ _id: documentId, patient: userId }, { $set: { fileName } });
  revalidatePath("/portal/documents");
}

// ok: missing-auth, missing-input-validation
export async function createShareLink(documentId: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const id = objectId.parse(documentId);
  const shareCode = randomBytes(16).toString("base64url");
  const sharePin = String(Math.floor(1000 + Math.random() * 9000));
  await connectMongo();
  // ok: missing-authorization
  const res = await PatientDocument.updateOne(
    { _id: id, patient: userId },
    { $set: { shareCode, sharePin, shareExpiresAt: new Date(Date.now() + 7 * 864e5) } }
  );
  if (res.matchedCount === 0) return null;
  // ok: excessive-data-exposure
  return { url: `${process.env.APP_URL}/api/documents/shared/${shareCode}`, pin: sharePin };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function getDocumentMeta(documentId: string) {
  // ok: floating-auth-check
  await verifySession();
  await connectMongo();
  // ruleid: missing-authorization
  const doc = await PatientDocument.findById(documentId).lean();
  // ruleid: excessive-data-exposure
  return doc;
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function importDocumentFromUrl(url: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  try {
    const res = await fetch(url);
    const blob = await res.blob();
    const storageKey = `patients/${userId}/${randomBytes(12).toString("hex")}`;
    await fetch(`${process.env.STORAGE_URL}/${storageKey}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${process.env.STORAGE_TOKEN}` },
      body: blob,
    });
    await connectMongo();
    // ok: missing-authorization, mass-assignment
    await PatientDocument.create({ patient: userId, uploadedBy: "patient", fileName: "imported", mimeType: blob.type, storageKey, sizeBytes: blob.size });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: String(err) };
  }
}
