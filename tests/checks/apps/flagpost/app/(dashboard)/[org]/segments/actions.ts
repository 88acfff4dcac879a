"use server";

import { createServerAction } from "zsa";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { projects, segments } from "@/lib/db/schema";
import { authedProcedure, orgEditorProcedure } from "@/lib/zsa";

const Condition = z.object({
  attribute: z.string().max(64),
  operator: z.enum(["eq", "neq", "in", "not_in", "contains", "gt", "lt", "semver_gt"]),
  values: z.array(z.string().max(256)).max(500),
});

// ok: missing-auth, missing-input-validation, mass-assignment
export const createSegment = orgEditorProcedure
  .createServerAction()
  .input(z.object({ projectId: z.string(), name: z.string().min(1).max(80), conditions: z.array(Condition) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const [project] = await db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.id, input.projectId), eq(projects.orgId, ctx.orgId)));
    if (!project) throw new Error("Project not found");
    const id = crypto.randomUUID();
    await db.insert(segments).values({
      id,
      orgId: ctx.orgId,
      projectId: project.id,
      name: input.name,
      conditions: input.conditions,
      createdBy: ctx.user.id,
    });
    return { id };
  });

// ok: missing-auth, missing-input-validation
export const updateSegment = orgEditorProcedure
  .createServerAction()
  .input(z.object({ segmentId: z.string().uuid(), name: z.string().min(1).max(80), conditions: z.array(Condition) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await db
      .update(segments)
      // ok: mass-assignment
      .set({ name: input.name, conditions: input.conditions })
      .where(and(eq(segments.id, input.segmentId), eq(segments.orgId, ctx.orgId)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const deleteSegment = authedProcedure
  .createServerAction()
  .input(z.object({ segmentId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await db.delete(segments).where(eq(segments.id, input.segmentId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listSegments = orgEditorProcedure
  .createServerAction()
  .handler(async ({ ctx }) => {
    const rows = await db.select().from(segments).where(eq(segments.orgId, ctx.orgId));
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const listSegmentNames = orgEditorProcedure
  .createServerAction()
  .handler(async ({ ctx }) => {
    const rows = await db
      .select({ id: segments.id, name: segments.name })
      .from(segments)
      .where(eq(segments.orgId, ctx.orgId));
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const importSegments = orgEditorProcedure
  .createServerAction()
  .input(z.object({ segments: z.array(z.record(z.string(), z.unknown())).max(200) }))
  .handler(async ({ input, ctx }) => {
    for (const raw of input.segments) {
      await db.insert(segments).values({
        id: crypto.randomUUID(),
        name: "Imported segment",
        conditions: [],
        projectId: "",
        createdBy: ctx.user.id,
        // ruleid: mass-assignment
        ...raw,
        orgId: ctx.orgId,
      });
    }
    return { imported: input.segments.length };
  });

/** Public: powers the "segments used" counter on the marketing site's live demo project. */
// ok: missing-auth
export const demoSegmentCount = createServerAction().handler(async () => {
  const rows = await db
    .select({ id: segments.id })
    .from(segments)
    .where(eq(segments.projectId, process.env.DEMO_PROJECT_ID!));
  return { count: rows.length };
});
