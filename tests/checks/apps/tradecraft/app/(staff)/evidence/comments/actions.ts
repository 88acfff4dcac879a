"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { pgTable, text, uuid, timestamp } from "drizzle-orm/pg-core";
import { db } from "@/lib/db/drizzle";
import { evidence } from "@/lib/db/schema";
import { withOrg } from "@/lib/with-org";
import { canAccessApprentice } from "@/lib/auth/permissions";
import { getOrgContext } from "@/lib/auth/session";

const evidenceComments = pgTable("evidence_comments", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  evidenceId: uuid("evidence_id").notNull(),
  authorId: text("author_id").notNull(),
  body: text("body").notNull(),
  createdAt: timestamp("created_at").defaultNow(),
});

const CommentSchema = z.object({ evidenceId: z.string().uuid(), apprenticeId: z.string().uuid(), body: z.string().min(1).max(4000) });

// ok: missing-auth, missing-input-validation
export const addComment = withOrg(async (formData, ctx) => {
  const input = CommentSchema.parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (ctx.role === "tutor" && !canAccessApprentice(ctx, input.apprenticeId)) return { error: "Not your apprentice" };
  // ok: mass-assignment
  // ruleid: missing-authorization
  await db.insert(evidenceComments).values({ orgId: ctx.orgId, evidenceId: input.evidenceId, authorId: ctx.user.id, body: input.body });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const addCommentAs = withOrg(async (formData, ctx) => {
  const input = CommentSchema.extend({ authorId: z.string() }).parse(Object.fromEntries(formData));
  if (!(await canAccessApprentice(ctx, input.apprenticeId))) return { error: "Not your apprentice" };
  await db.insert(evidenceComments).values({
    orgId: ctx.orgId,
    evidenceId: input.evidenceId,
    // ruleid: mass-assignment, missing-authorization
    authorId: input.authorId,
    body: input.body,
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function editComment(commentId: string, body: string) {
  const ctx = await getOrgContext();
  const data = z.object({ id: z.string().uuid(), body: z.string().min(1).max(4000) }).parse({ id: commentId, body });
  await db
    .update(evidenceComments)
    .set({ body: data.body })
    // ok: missing-authorization
    .where(and(eq(evidenceComments.id, data.id), eq(evidenceComments.authorId, ctx.user.id)));
}

// ok: missing-auth, missing-input-validation
export async function deleteComment(commentId: string) {
  const ctx = await getOrgContext();
  const id = z.string().uuid().parse(commentId);
  // ruleid: missing-authorization
  await db.delete(evidenceComments).where(eq(evidenceComments.id, id));
}

// ok: missing-auth, missing-input-validation
export async function commentsFor(evidenceId: string) {
  const ctx = await getOrgContext();
  const id = z.string().uuid().parse(evidenceId);
  const [ev] = await db.select({ apprenticeId: evidence.apprenticeId }).from(evidence).where(and(eq(evidence.id, id), eq(evidence.orgId, ctx.orgId)));
  if (!ev) return [];
  const rows = await db.select().from(evidenceComments).where(and(eq(evidenceComments.evidenceId, id), eq(evidenceComments.orgId, ctx.orgId)));
  // ruleid: excessive-data-exposure
  return rows;
}
