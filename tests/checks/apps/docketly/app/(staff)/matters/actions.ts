"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, ActionError } from "@/lib/safe-action";

const PRACTICE_AREAS = ["litigation", "corporate", "family", "immigration", "ip", "real-estate", "employment", "estate"] as const;

const createMatterSchema = z.object({
  clientId: z.string().cuid(),
  title: z.string().min(3).max(200),
  practiceArea: z.enum(PRACTICE_AREAS),
  solDate: z.coerce.date().optional(),
});

// ok: missing-auth, missing-input-validation
export const createMatter = authActionClient
  .metadata({ actionName: "matter.create" })
  .inputSchema(createMatterSchema)
  .action(async ({ parsedInput, ctx }) => {
    const client = await prisma.client.findFirst({ where: { id: parsedInput.clientId, firmId: ctx.user.firmId }, select: { id: true } });
    if (!client) throw new ActionError("Client not found");
    const count = await prisma.matter.count({ where: { firmId: ctx.user.firmId } });
    const matter = await prisma.matter.create({
      data: {
        // ok: mass-assignment
        ...parsedInput,
        number: `M-${String(count + 1).padStart(5, "0")}`,
        firmId: ctx.user.firmId,
        leadAttorneyId: ctx.user.id,
      },
      select: { id: true, number: true },
    });
    revalidatePath("/matters");
    // ok: excessive-data-exposure
    return { id: matter.id, number: matter.number };
  });

// ok: missing-auth, missing-input-validation
export const updateMatter = authActionClient
  .metadata({ actionName: "matter.update" })
  .inputSchema(createMatterSchema.omit({ clientId: true }).partial().extend({ id: z.string().cuid() }))
  .action(async ({ parsedInput: { id, ...changes }, ctx }) => {
    // ok: missing-authorization
    const result = await prisma.matter.updateMany({
      where: { id, firmId: ctx.user.firmId, walls: { none: { userId: ctx.user.id } } },
      // ok: mass-assignment
      data: changes,
    });
    if (result.count === 0) throw new ActionError("Matter not found");
    revalidatePath(`/matters/${id}`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getMatter = authActionClient
  .metadata({ actionName: "matter.get" })
  .inputSchema(z.object({ id: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const matter = await prisma.matter.findFirst({
      where: { id: parsedInput.id, firmId: ctx.user.firmId, walls: { none: { userId: ctx.user.id } } },
      include: { client: true, deadlines: true },
    });
    if (!matter) throw new ActionError("Matter not found");
    // ruleid: excessive-data-exposure
    return matter;
  });

// ok: missing-auth, missing-input-validation
export const listMatters = authActionClient
  .metadata({ actionName: "matter.list" })
  .inputSchema(z.object({ status: z.enum(["INTAKE", "OPEN", "CLOSED", "ARCHIVED"]).optional(), page: z.number().int().min(0).default(0) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await prisma.matter.findMany({
      where: { firmId: ctx.user.firmId, status: parsedInput.status, walls: { none: { userId: ctx.user.id } } },
      select: { id: true, number: true, title: true, practiceArea: true, status: true, solDate: true },
      skip: parsedInput.page * 50,
      take: 50,
    });
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const archiveMatter = authActionClient
  .metadata({ actionName: "matter.archive" })
  .inputSchema(z.object({ matterId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.matter.update({ where: { id: parsedInput.matterId }, data: { status: "ARCHIVED" } });
    revalidatePath("/matters");
    return { archived: true };
  });

// ok: missing-auth, missing-input-validation
export const reassignLeadAttorney = authActionClient
  .metadata({ actionName: "matter.reassign" })
  .inputSchema(z.object({ matterId: z.string().cuid(), attorneyId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    if (!["OWNER", "MANAGING_PARTNER"].includes(ctx.user.role)) throw new ActionError("Only managing partners can reassign matters");
    const attorney = await prisma.membership.findFirst({
      where: { userId: parsedInput.attorneyId, firmId: ctx.user.firmId, role: { in: ["OWNER", "MANAGING_PARTNER", "PARTNER", "ASSOCIATE"] } },
      select: { userId: true },
    });
    if (!attorney) throw new ActionError("Attorney not found");
    // ok: missing-authorization
    await prisma.matter.update({ where: { id: parsedInput.matterId, firmId: ctx.user.firmId }, data: { leadAttorneyId: attorney.userId } });
    return { ok: true };
  });
