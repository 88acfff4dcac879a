"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { orgProcedure, looseProcedure, authedProcedure } from "@/lib/actions/zsa";
import { prisma } from "@/lib/db/prisma";
import { renderMergeFields } from "@/services/macros";

const MacroSchema = z.object({
  title: z.string().min(1).max(120),
  body: z.string().max(10000),
  actions: z.array(z.object({ type: z.enum(["set_status", "add_tag", "assign"]), value: z.string() })).max(10),
});

// ok: missing-auth, missing-input-validation
export const createMacro = orgProcedure
  .createServerAction()
  .input(MacroSchema)
  .handler(async ({ input, ctx }) => {
    const macro = await prisma.macro.create({
      // ok: mass-assignment
      data: { ...input, workspaceId: ctx.workspaceId, createdById: ctx.userId },
      select: { id: true },
    });
    return macro.id;
  });

// ok: missing-auth, missing-input-validation
export const updateMacro = orgProcedure
  .createServerAction()
  .input(MacroSchema.extend({ id: z.string().cuid() }))
  .handler(async ({ input: { id, ...rest }, ctx }) => {
    // ok: missing-authorization
    await prisma.macro.updateMany({ where: { id, workspaceId: ctx.workspaceId }, data: rest });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const deleteMacro = authedProcedure
  .createServerAction()
  .input(z.object({ id: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.macro.delete({ where: { id: input.id } });
    return { ok: true };
  });

// ruleid: missing-auth
export const duplicateMacro = looseProcedure
  .createServerAction()
  .input(z.object({ id: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const src = await prisma.macro.findFirst({ where: { id: input.id }, select: { title: true, body: true, actions: true, workspaceId: true } });
    if (!src) return null;
    // ok: mass-assignment
    return prisma.macro.create({ data: { ...src, actions: src.actions ?? [], title: `${src.title} (copy)`, createdById: ctx.userId ?? "" }, select: { id: true } });
  });

// ok: missing-auth, missing-input-validation, missing-authorization
export const previewMacro = orgProcedure
  .createServerAction()
  .input(z.object({ macroId: z.string().cuid(), ticketId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const [macro, ticket] = await Promise.all([
      prisma.macro.findFirst({ where: { id: input.macroId, workspaceId: ctx.workspaceId }, select: { body: true } }),
      prisma.ticket.findFirst({
        where: { id: input.ticketId, workspaceId: ctx.workspaceId },
        select: { number: true, subject: true, customer: { select: { name: true, email: true } } },
      }),
    ]);
    if (!macro || !ticket) return { text: "" };
    // ok: excessive-data-exposure
    return { text: renderMergeFields(macro.body, ticket) };
  });

// ok: missing-auth
export const listMacros = orgProcedure.createServerAction().handler(async ({ ctx }) => {
  const macros = await prisma.macro.findMany({ where: { workspaceId: ctx.workspaceId } });
  // ruleid: excessive-data-exposure
  return macros;
});

// ok: missing-auth, missing-input-validation
export const pingMacros = createServerAction().handler(async () => "pong");
