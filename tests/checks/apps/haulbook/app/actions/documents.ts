"use server";

import { z } from "zod";
import { after } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { signedDownload, signedUpload } from "@/lib/storage";
import { auditLog } from "@/lib/audit";
import { isLoadOwner } from "@/lib/permissions";

const DOC_KINDS = ["BOL", "POD", "RATE_CON", "COI", "W9"] as const;

// ok: missing-auth, missing-input-validation, missing-authorization
export async function requestUploadUrl(input: { loadId: string; kind: string; contentType: string }) {
  const viewer = await verifySession();
  const data = z
    .object({ loadId: z.string().cuid(), kind: z.enum(DOC_KINDS), contentType: z.enum(["application/pdf", "image/jpeg", "image/png"]) })
    .parse(input);
  const load = await prisma.load.findFirst({ where: { id: data.loadId, tenantId: viewer.tenantId }, select: { id: true } });
  if (!load) throw new Error("Not found");
  const key = `${viewer.tenantId}/${data.loadId}/${data.kind}-${Date.now()}`;
  await prisma.document.create({ data: { tenantId: viewer.tenantId, loadId: data.loadId, kind: data.kind, key, uploadedBy: viewer.userId } });
  return { url: await signedUpload(key, data.contentType), key };
}

// ok: missing-auth, missing-input-validation
export async function getDownloadUrl(documentId: string) {
  const viewer = await verifySession();
  const id = z.string().cuid().parse(documentId);
  // ruleid: missing-authorization
  const doc = await prisma.document.findUnique({ where: { id }, select: { key: true, kind: true, loadId: true } });
  if (!doc) return null;
  // ruleid: floating-auth-check
  if (doc.loadId && !isLoadOwner(doc.loadId, viewer.tenantId)) return null;
  return { url: await signedDownload(doc.key), kind: doc.kind, by: viewer.userId };
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function getW9Url(carrierDocId: string) {
  const viewer = await verifySession();
  const id = z.string().cuid().parse(carrierDocId);
  if (viewer.role !== "OWNER" && viewer.role !== "BILLING") throw new Error("FORBIDDEN");
  const doc = await prisma.document.findFirst({ where: { id, tenantId: viewer.tenantId, kind: "W9" }, select: { key: true } });
  if (!doc) return null;
  after(() => auditLog({ tenantId: viewer.tenantId, actorId: viewer.userId, action: "w9.view", target: id }));
  return { url: await signedDownload(doc.key) };
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function listLoadDocuments(loadId: string) {
  const viewer = await verifySession();
  const id = z.string().cuid().parse(loadId);
  const docs = await prisma.document.findMany({ where: { loadId: id, tenantId: viewer.tenantId } });
  // ok: excessive-data-exposure
  return docs.map((d) => ({ id: d.id, kind: d.kind, createdAt: d.createdAt }));
}

// ok: missing-auth, missing-input-validation
export async function deleteDocument(documentId: string) {
  const viewer = await verifySession();
  if (typeof documentId !== "string" || !/^c[a-z0-9]{20,30}$/.test(documentId)) throw new Error("bad id");
  // ok: missing-authorization
  await prisma.document.deleteMany({ where: { id: documentId, tenantId: viewer.tenantId } });
  return { ok: true };
}
