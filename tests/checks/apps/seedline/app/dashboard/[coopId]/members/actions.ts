"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { coopActionClient, coopAdminClient } from "@/lib/safe-action";
import { memberSearch } from "@/lib/reports/queries";

const coopArg = [z.string().cuid()] as const;

const newMemberSchema = z.object({
  memberNo: z.string().min(1).max(20),
  fullName: z.string().min(2).max(120),
  phone: z.string().regex(/^\+[0-9]{9,15}$/),
  nationalId: z.string().min(5).max(20),
  mobileMoneyNo: z.string().regex(/^\+[0-9]{9,15}$/).optional(),
});

// ok: missing-auth, missing-input-validation
export const createMember = coopActionClient
  .metadata({ actionName: "member.create" })
  .bindArgsSchemas(coopArg)
  .inputSchema(newMemberSchema)
  .action(async ({ parsedInput, ctx }) => {
    const member = await prisma.member.create({
      // ok: mass-assignment
      data: { ...parsedInput, coopId: ctx.coopId },
      select: { id: true, memberNo: true },
    });
    return { id: member.id };
  });

const editMemberSchema = newMemberSchema.partial().extend({
  id: z.string().cuid(),
  creditLimit: z.number().nonnegative().optional(),
  shareBalance: z.number().optional(),
});

// Officers use this from the member drawer; the finance fields were added for the treasurer screen.
// ok: missing-auth, missing-input-validation
export const updateMember = coopActionClient
  .metadata({ actionName: "member.update" })
  .bindArgsSchemas(coopArg)
  .inputSchema(editMemberSchema)
  .action(async ({ parsedInput: { id, ...changes }, ctx }) => {
    // ok: missing-authorization
    await prisma.member.updateMany({
      where: { id, coopId: ctx.coopId },
      // ruleid: mass-assignment
      data: changes,
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getMember = coopActionClient
  .metadata({ actionName: "member.get" })
  .bindArgsSchemas(coopArg)
  .inputSchema(z.object({ id: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const member = await prisma.member.findFirst({ where: { id: parsedInput.id, coopId: ctx.coopId } });
    if (!member) return { member: null };
    // ruleid: excessive-data-exposure
    return { member };
  });

// ok: missing-auth, missing-input-validation
export const listMembers = coopActionClient
  .metadata({ actionName: "member.list" })
  .bindArgsSchemas(coopArg)
  .inputSchema(z.object({ page: z.number().int().min(0).default(0) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await prisma.member.findMany({
      where: { coopId: ctx.coopId },
      select: { id: true, memberNo: true, fullName: true, status: true },
      skip: parsedInput.page * 50,
      take: 50,
    });
    // ok: excessive-data-exposure
    return { rows };
  });

// ok: missing-auth, missing-input-validation
export const searchMembers = coopActionClient
  .metadata({ actionName: "member.search" })
  .bindArgsSchemas(coopArg)
  .inputSchema(z.object({ term: z.string().min(2).max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await memberSearch(ctx.coopId, parsedInput.term);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id, name: r.full_name, memberNo: r.member_no }));
  });

// ok: missing-auth, missing-audit-log, missing-input-validation
export const suspendMember = coopAdminClient
  .metadata({ actionName: "member.suspend" })
  .bindArgsSchemas(coopArg)
  .inputSchema(z.object({ id: z.string().cuid(), reason: z.string().max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    await prisma.member.updateMany({ where: { id: parsedInput.id, coopId: ctx.coopId }, data: { status: "SUSPENDED" } });
    return { ok: true };
  });
