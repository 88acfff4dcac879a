"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireFoundationRole } from "@/lib/guards";
import { adminActionClient } from "@/lib/safe-action";
import { logger } from "@/lib/logger";

// ok: missing-auth
// ruleid: missing-input-validation
export async function castBoardVote(formData: FormData) {
  const { foundationId } = await requireFoundationRole(formData.get("foundationId"), ["OWNER", "ADMIN"]);
  const applicationId = formData.get("applicationId") as string;
  const vote = formData.get("vote") === "yes" ? "yes" : "no";
  const app = await prisma.application.findFirst({ where: { id: applicationId, foundationId }, select: { id: true } });
  if (!app) throw new Error("Not found");
  await prisma.boardVote.create({
    data: {
      applicationId: app.id,
      // proxy voting: the chair can record a vote on behalf of another member
      // todoruleid: missing-authorization -- ambiguous: a member id from the form after an owner/admin role check (proxy voting)
      memberId: formData.get("memberId") as string,
      vote,
    },
  });
}

const decisionSchema = z.object({ applicationId: z.string().cuid(), decision: z.enum(["award", "decline"]), amountCents: z.number().int().positive().optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const recordAwardDecision = adminActionClient
  .metadata({ actionName: "award.decide" })
  .inputSchema(decisionSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const app = await prisma.application.findFirst({ where: { id: parsedInput.applicationId, foundationId: ctx.foundationId }, select: { id: true, requestedCents: true } });
    if (!app) throw new Error("Not found");
    if (parsedInput.decision === "decline") {
      await prisma.application.update({ where: { id: app.id }, data: { status: "declined" } });
      return { status: "declined" };
    }
    const award = await prisma.award.create({
      data: { applicationId: app.id, foundationId: ctx.foundationId, amountCents: parsedInput.amountCents ?? app.requestedCents },
      select: { id: true, amountCents: true },
    });
    logger.info({ awardId: award.id, actor: ctx.userId }, "award.created");
    // ok: excessive-data-exposure
    return { status: "awarded", award };
  });

// ok: missing-auth, missing-input-validation
export async function tallyVotes(foundationId: string, applicationId: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN", "PROGRAM_OFFICER"]);
  const id = z.string().cuid().parse(applicationId);
  // ok: missing-authorization
  const app = await prisma.application.findFirst({ where: { id, foundationId: fid }, select: { id: true } });
  if (!app) return null;
  const votes = await prisma.boardVote.groupBy({ by: ["vote"], where: { applicationId: app.id }, _count: true });
  // ok: excessive-data-exposure
  return votes.map((v) => ({ vote: v.vote, n: v._count }));
}
