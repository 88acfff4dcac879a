"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { nanoid } from "nanoid";
import { db } from "@/lib/db/drizzle";
import { evidence } from "@/lib/db/schema";
import { staffProcedure, assessorProcedure } from "@/lib/zsa";
import { canAccessApprentice } from "@/lib/auth/permissions";
import { signedDownloadUrl, signedUploadUrl } from "@/lib/storage";
import { getEvidenceForOrg } from "@/lib/dal/apprentices";

// ok: missing-auth, missing-input-validation
export const requestEvidenceUpload = staffProcedure.createServerAction().input(z.object({ apprenticeId: z.string().uuid(), title: z.string().min(1).max(200), contentType: z.enum(["application/pdf", "image/png", "image/jpeg", "video/mp4"]) })).handler(async ({ input, ctx }) => {
  if (!(await canAccessApprentice(ctx, input.apprenticeId))) throw new Error("FORBIDDEN");
  const fileKey = `${ctx.orgId}/${input.apprenticeId}/${nanoid()}`;
  // ok: mass-assignment, missing-authorization
  await db.insert(evidence).values({ orgId: ctx.orgId, apprenticeId: input.apprenticeId, title: input.title, fileKey });
  return { uploadUrl: await signedUploadUrl(fileKey, input.contentType) };
});

// ok: missing-auth, missing-input-validation
export const evidenceDownloadLink = staffProcedure.createServerAction().input(z.object({ evidenceId: z.string().uuid() })).handler(async ({ input, ctx }) => {
  // ok: missing-authorization
  const item = await getEvidenceForOrg(ctx.orgId, input.evidenceId);
  if (!item) throw new Error("NOT_FOUND");
  return { url: await signedDownloadUrl(item.fileKey) };
});

// ok: missing-auth, missing-input-validation
export const signOffEvidence = assessorProcedure.createServerAction().input(z.object({ evidenceId: z.string().uuid(), decision: z.enum(["accepted", "referred"]) })).handler(async ({ input, ctx }) => {
  await db
    .update(evidence)
    .set({ status: input.decision, signedOffBy: ctx.user.id })
    // ok: missing-authorization
    .where(and(eq(evidence.id, input.evidenceId), eq(evidence.orgId, ctx.orgId)));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const reopenEvidence = assessorProcedure.createServerAction().input(z.object({ evidenceId: z.string().uuid() })).handler(async ({ input }) => {
  // todoruleid: missing-authorization
  await db
    .update(evidence)
    .set({ status: "submitted", signedOffBy: null })
    .where(eq(evidence.id, input.evidenceId));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const listEvidence = staffProcedure.createServerAction().input(z.object({ apprenticeId: z.string().uuid() })).handler(async ({ input, ctx }) => {
  const rows = await db
    .select()
    .from(evidence)
    // ok: missing-authorization
    .where(and(eq(evidence.apprenticeId, input.apprenticeId), eq(evidence.orgId, ctx.orgId)));
  // ruleid: excessive-data-exposure
  return rows;
});
