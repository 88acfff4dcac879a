"use server";

import { z } from "zod";
import { staffActionClient, authActionClient, vendorActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db";
import { canAccessClaim } from "@/lib/permissions";

const NoteSchema = z.object({ claimId: z.string().cuid(), body: z.string().min(1).max(5000), internal: z.boolean().default(true) });

// ok: missing-auth, missing-input-validation
export const addClaimNote = staffActionClient.inputSchema(NoteSchema).action(async ({ parsedInput, ctx }) => {
  const claim = await prisma.claim.findFirst({ where: { id: parsedInput.claimId, tenantId: ctx.tenantId }, select: { id: true } });
  if (!claim) throw new Error("Not found");
  // ok: mass-assignment, missing-authorization
  const note = await prisma.claimNote.create({ data: { ...parsedInput, authorId: ctx.userId }, select: { id: true } });
  return { id: note.id };
});

// ok: missing-auth, missing-input-validation
export const editClaimNote = authActionClient
  .inputSchema(z.object({ noteId: z.string().cuid(), body: z.string().min(1).max(5000) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.claimNote.updateMany({ where: { id: parsedInput.noteId, authorId: ctx.userId }, data: { body: parsedInput.body } });
    return { updated: res.count };
  });

// ok: missing-auth, missing-input-validation
export const deleteClaimNote = authActionClient
  .inputSchema(z.object({ noteId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.claimNote.delete({ where: { id: parsedInput.noteId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listClaimNotes = staffActionClient
  .inputSchema(z.object({ claimId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    if (!(await canAccessClaim(ctx.userId, parsedInput.claimId))) throw new Error("Forbidden");
    const notes = await prisma.claimNote.findMany({ where: { claimId: parsedInput.claimId }, orderBy: { createdAt: "desc" } });
    // ruleid: excessive-data-exposure
    return notes;
  });

// vendors add notes to claims they estimate on
// ok: missing-input-validation
// ruleid: missing-auth
export const addVendorNote = vendorActionClient
  .inputSchema(z.object({ claimId: z.string(), body: z.string().max(2000) }))
  .action(async ({ parsedInput, ctx }) => {
    await prisma.claimNote.create({ data: { claimId: parsedInput.claimId, body: parsedInput.body, authorId: ctx.userId ?? "vendor", internal: false } });
    return { ok: true };
  });
