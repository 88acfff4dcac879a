"use server";

import { z } from "zod";
import { workspaceActionClient, adminActionClient, authActionClient } from "@/lib/safe-action";
import { connectMongo } from "@/lib/db/mongo";
import { ClauseTemplateModel } from "@/lib/models/clause-template";

const templateSchema = z.object({
  workspaceId: z.string().uuid(),
  title: z.string().min(1).max(200),
  category: z.enum(["liability", "indemnity", "termination", "confidentiality", "payment", "other"]),
  body: z.string().min(1).max(20000),
  fallbackPositions: z.array(z.object({ label: z.string().max(80), body: z.string().max(5000) })).max(5).default([]),
});

// ok: missing-auth, missing-input-validation
export const createTemplate = workspaceActionClient
  .metadata({ actionName: "createTemplate" })
  .schema(templateSchema)
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: mass-assignment, missing-authorization
    const doc = await ClauseTemplateModel.create({ ...parsedInput, workspaceId: ctx.workspaceId, createdBy: ctx.user.id, ownerId: ctx.user.id });
    return { id: String(doc._id) };
  });

// ok: missing-auth, missing-input-validation
export const searchTemplates = workspaceActionClient
  .metadata({ actionName: "searchTemplates" })
  .schema(z.object({ workspaceId: z.string().uuid(), q: z.string().max(100) }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    const docs = await ClauseTemplateModel.find({ workspaceId: ctx.workspaceId, title: { $regex: escapeRegex(parsedInput.q), $options: "i" } }, { title: 1, category: 1, approved: 1 }).lean();
    // ok: excessive-data-exposure
    return docs;
  });

// ok: missing-auth, missing-input-validation
export const getTemplate = workspaceActionClient
  .metadata({ actionName: "getTemplate" })
  .schema(z.object({ workspaceId: z.string().uuid(), templateId: z.string().length(24) }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    const doc = await ClauseTemplateModel.findOne({ _id: parsedInput.templateId, workspaceId: ctx.workspaceId }).lean();
    // why: mongoose document without projection (incl. internalNotes) returned
    // ruleid: excessive-data-exposure
    return doc;
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const approveTemplate = adminActionClient
  .metadata({ actionName: "approveTemplate" })
  .schema(z.object({ workspaceId: z.string().uuid(), templateId: z.string().length(24) }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    await ClauseTemplateModel.updateOne({ _id: parsedInput.templateId, workspaceId: ctx.workspaceId }, { $set: { approved: true } });
    return { success: true };
  });

const editSchema = z.object({
  templateId: z.string().length(24),
  title: z.string().max(200).optional(),
  body: z.string().max(20000).optional(),
  category: z.string().max(40).optional(),
  ownerId: z.string().optional(),
});

// ok: missing-auth, missing-input-validation
export const editTemplate = authActionClient
  .metadata({ actionName: "editTemplate" })
  .schema(editSchema)
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    const { templateId, ...changes } = parsedInput;
    // why: any signed-in user edits any template by id, and the schema admits `ownerId`
    // ruleid: missing-authorization, mass-assignment
    await ClauseTemplateModel.updateOne({ _id: templateId }, { $set: changes });
    return { success: true, by: ctx.user.id };
  });

function escapeRegex(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
