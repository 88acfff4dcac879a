"use server";

import { z } from "zod";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { authedProcedure, orgAdminProcedure, softProcedure } from "@/lib/zsa";
import { signedUploadUrl, signedDownloadUrl } from "@/lib/storage";

// ok: missing-auth, missing-input-validation
export const requestUploadUrl = authedProcedure
  .createServerAction()
  .input(z.object({ matterId: z.string().cuid(), fileName: z.string().min(1).max(255), contentType: z.string().regex(/^[\w.-]+\/[\w.+-]+$/) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const matter = await prisma.matter.findFirst({ where: { id: input.matterId, firmId: ctx.firmId }, select: { id: true } });
    if (!matter) throw new Error("Matter not found");
    const key = `${ctx.firmId}/${matter.id}/${randomUUID()}-${input.fileName.replace(/[^\w.-]/g, "_")}`;
    const doc = await prisma.document.create({
      data: { matterId: matter.id, firmId: ctx.firmId, name: input.fileName, storageKey: key, uploadedById: ctx.userId },
      select: { id: true },
    });
    // ok: excessive-data-exposure
    return { documentId: doc.id, uploadUrl: await signedUploadUrl(key, input.contentType) };
  });

// ok: missing-auth, missing-input-validation
export const getDownloadUrl = authedProcedure
  .createServerAction()
  .input(z.object({ documentId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const doc = await prisma.document.findUnique({ where: { id: input.documentId }, select: { storageKey: true, name: true } });
    if (!doc) throw new Error("Document not found");
    return { url: await signedDownloadUrl(doc.storageKey), name: doc.name };
  });

// ok: missing-auth, missing-input-validation
export const setPrivilege = authedProcedure
  .createServerAction()
  .input(z.object({ documentId: z.string().cuid(), privileged: z.boolean() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.document.updateMany({ where: { id: input.documentId, firmId: ctx.firmId }, data: { privileged: input.privileged } });
    return { updated: res.count };
  });

// ok: missing-auth, missing-input-validation
export const applyBatesNumbers = authedProcedure
  .createServerAction()
  .input(z.object({ matterId: z.string().cuid(), prefix: z.string().min(1).max(12), start: z.number().int().positive() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: sql-injection
    const n = await prisma.$executeRawUnsafe(
      `UPDATE "Document" d SET "batesStart" = s.n, "batesEnd" = s.n, name = '${input.prefix}-' || lpad(s.n::text, 7, '0') || '-' || d.name
         FROM (SELECT id, ($3 + row_number() OVER (ORDER BY id) - 1) AS n FROM "Document" WHERE "matterId" = $1 AND "firmId" = $2) s
        WHERE d.id = s.id`,
      input.matterId,
      ctx.firmId,
      input.start,
    );
    return { numbered: n };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const redactDocument = softProcedure
  .createServerAction()
  .input(z.object({ documentId: z.string().cuid(), redactedKey: z.string().min(1) }))
  .handler(async ({ input, ctx }) => {
    await prisma.document.updateMany({
      where: { id: input.documentId, firmId: ctx.firmId ?? undefined },
      data: { storageKey: input.redactedKey, version: { increment: 1 } },
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const purgeDocument = orgAdminProcedure
  .createServerAction()
  .input(z.object({ documentId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    await prisma.document.deleteMany({ where: { id: input.documentId, firmId: ctx.firmId } });
    return { deleted: true };
  });

// ok: missing-auth, missing-input-validation
export const listMatterDocuments = authedProcedure
  .createServerAction()
  .input(z.object({ matterId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const docs = await prisma.document.findMany({ where: { matterId: input.matterId, firmId: ctx.firmId } });
    // ruleid: excessive-data-exposure
    return docs;
  });
