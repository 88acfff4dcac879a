"use server";

import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { connectMongo, DamageReport } from "@/lib/db/mongo";
import { requireMembership } from "@/lib/auth/membership";
import { draftDamageReport } from "@/lib/ai";
import { checkRateLimit } from "@/lib/ratelimit";
import { prisma } from "@/lib/db/prisma";

export const draftReport = authActionClient
  .schema(z.object({ rentalId: z.string().cuid(), notes: z.string().min(10).max(3000), captions: z.array(z.string()).max(10) }))
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  .action(async ({ parsedInput, ctx }) => {
    if (!(await checkRateLimit(`ai-draft:${ctx.userId}`))) throw new Error("Limit reached");
    const rental = await prisma.rental.findUnique({ where: { id: parsedInput.rentalId }, select: { machineId: true, renterCompanyId: true } });
    const machine = rental ? await prisma.machine.findUnique({ where: { id: rental.machineId }, select: { companyId: true } }) : null;
    if (!machine || !rental) throw new Error("Not found");
    await requireMembership(machine.companyId, ["technician", "owner"]);
    const text = await draftDamageReport(parsedInput.notes, parsedInput.captions);
    await connectMongo();
    // ok: mass-assignment, missing-authorization
    const doc = await DamageReport.create({ rentalId: parsedInput.rentalId, companyId: machine.companyId, authorId: ctx.userId, aiDraft: text });
    return { id: String(doc._id), draft: text };
  });

export const finaliseReport = authActionClient
  .schema(z.object({ reportId: z.string().length(24), finalText: z.string().min(20).max(8000) }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    const res = await DamageReport.updateOne(
      // ok: missing-authorization
      { _id: parsedInput.reportId, authorId: ctx.userId },
      { $set: { finalText: parsedInput.finalText, status: "final" } },
    );
    return { updated: res.modifiedCount };
  });

export const getReport = authActionClient
  .schema(z.object({ reportId: z.string().length(24) }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput }) => {
    await connectMongo();
    // why: any signed-in user reads any damage report by id.
    // ruleid: missing-authorization
    const doc = await DamageReport.findById(parsedInput.reportId).lean();
    // why: whole mongoose document (reviewerToken included) returned.
    // ruleid: excessive-data-exposure
    return doc;
  });

export const getMyReport = authActionClient
  .schema(z.object({ reportId: z.string().length(24) }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    const doc = await DamageReport.findOne({ _id: parsedInput.reportId, authorId: ctx.userId }, { finalText: 1, aiDraft: 1, status: 1 }).lean();
    // ok: excessive-data-exposure
    return doc;
  });

// why: the update document from the client is applied as-is ($set of authorId/companyId/status possible).
// ok: missing-auth
// ruleid: missing-input-validation
export async function patchReport(reportId: string, update: Record<string, unknown>) {
  const { auth } = await import("@/lib/auth/authjs");
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  await connectMongo();
  await DamageReport.updateOne(
    // ok: missing-authorization
    { _id: reportId, authorId: session.user.id },
    // ruleid: mass-assignment
    update,
  );
}
