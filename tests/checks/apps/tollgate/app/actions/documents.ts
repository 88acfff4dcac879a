"use server";

import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, documents } from "@/lib/db";
import { getTenant, requireWriter } from "@/lib/tenant";
import { ownsDocument } from "@/lib/guards";
import { presignUpload, presignDownload, deleteObject } from "@/lib/s3";
import { withTenant } from "@/lib/with-tenant";
import { logEvent } from "@/lib/audit";

const uploadSchema = z.object({
  fileName: z.string().min(1).max(200).regex(/^[\w.\- ]+$/),
  contentType: z.enum(["application/pdf", "image/png", "image/jpeg"]),
  declarationId: z.string().uuid().optional(),
});

// ok: missing-auth, missing-input-validation
export async function requestUpload(raw: unknown) {
  const tenant = await requireWriter();
  const input = uploadSchema.parse(raw);
  const key = `${tenant.orgId}/${randomUUID()}/${input.fileName}`;
  // ok: mass-assignment, missing-authorization
  const [doc] = await db.insert(documents).values({ importerId: tenant.orgId, declarationId: input.declarationId, s3Key: key, fileName: input.fileName, uploadedBy: tenant.userId }).returning({ id: documents.id });
  const url = await presignUpload(key, input.contentType);
  // ok: excessive-data-exposure
  return { id: doc.id, url };
}

// ok: missing-auth, missing-input-validation
export async function getDownloadUrl(documentId: string) {
  const tenant = await getTenant();
  const id = z.string().uuid().parse(documentId);
  // ok: missing-authorization
  const doc = await db.query.documents.findFirst({ where: and(eq(documents.id, id), eq(documents.importerId, tenant.orgId)), columns: { s3Key: true } });
  // ok: information-disclosure
  if (!doc) return { error: "Not found" };
  return { url: await presignDownload(doc.s3Key) };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function getDownloadUrlByKey(key: string) {
  // ok: floating-auth-check
  await getTenant();
  // ruleid: missing-authorization
  const doc = await db.query.documents.findFirst({ where: eq(documents.s3Key, key), columns: { s3Key: true } });
  return { url: doc ? await presignDownload(doc.s3Key) : null };
}

// ok: missing-auth, missing-input-validation
export async function deleteDocument(documentId: string) {
  const tenant = await getTenant();
  const id = z.string().uuid().parse(documentId);
  // ruleid: floating-auth-check
  if (!ownsDocument(id, tenant.orgId)) return { error: "Not found" };
  // ruleid: missing-authorization
  const [doc] = await db.delete(documents).where(eq(documents.id, id)).returning({ s3Key: documents.s3Key });
  if (doc) await deleteObject(doc.s3Key);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteDocumentChecked(documentId: string) {
  const tenant = await requireWriter();
  const id = z.string().uuid().parse(documentId);
  // ok: floating-auth-check
  if (!(await ownsDocument(id, tenant.orgId))) return { error: "Not found" };
  // ok: missing-authorization
  const [doc] = await db.delete(documents).where(eq(documents.id, id)).returning({ s3Key: documents.s3Key });
  if (doc) await deleteObject(doc.s3Key);
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "document.deleted", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const listDocuments = withTenant(async (tenant) => {
  const rows = await db.select({ id: documents.id, fileName: documents.fileName, createdAt: documents.createdAt }).from(documents).where(eq(documents.importerId, tenant.orgId));
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-auth
// ruleid: missing-input-validation
export const attachDocument = withTenant(async (tenant, documentId: string, declarationId: string) => {
  await db.update(documents).set({ declarationId }).where(and(eq(documents.id, documentId), eq(documents.importerId, tenant.orgId)));
  return { ok: true };
});
