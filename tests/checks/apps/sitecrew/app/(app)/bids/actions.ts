"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authedProcedure, projectManagerProcedure } from "@/lib/zsa";
import { sendEmail } from "@/lib/notify";
import { hashToken, newToken } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation
export const createBidPackage = projectManagerProcedure
  .createServerAction()
  .input(z.object({ projectId: z.string().cuid(), title: z.string().min(3).max(200), dueAt: z.coerce.date() }))
  .handler(async ({ input, ctx }) => {
    const project = await prisma.project.findFirst({
      where: { id: input.projectId, tenantId: ctx.tenantId },
      select: { id: true },
    });
    if (!project) throw new Error("Project not found");
    const pkg = await prisma.bidPackage.create({
      // ok: mass-assignment, missing-authorization
      data: { projectId: project.id, tenantId: ctx.tenantId, title: input.title, dueAt: input.dueAt },
      select: { id: true, title: true },
    });
    // ok: excessive-data-exposure
    return pkg;
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const inviteSubsToBid = projectManagerProcedure
  .createServerAction()
  .input(
    z.object({
      bidPackageId: z.string().cuid(),
      invites: z.array(z.object({ subcontractorId: z.string().cuid(), email: z.string().email() })).max(200),
    }),
  )
  .handler(async ({ input, ctx }) => {
    const pkg = await prisma.bidPackage.findFirst({
      where: { id: input.bidPackageId, tenantId: ctx.tenantId },
      select: { id: true, title: true, dueAt: true },
    });
    if (!pkg) throw new Error("Bid package not found");
    for (const inv of input.invites) {
      const token = newToken();
      await prisma.bidInvite.create({
        data: { bidPackageId: pkg.id, subcontractorId: inv.subcontractorId, email: inv.email, tokenHash: hashToken(token) },
      });
      await sendEmail(inv.email, `Invitation to bid: ${pkg.title}`, `Bids due ${pkg.dueAt.toDateString()}. https://app.sitecrew.io/portal/bid?t=${token}`);
    }
    return { sent: input.invites.length };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const openSealedBids = projectManagerProcedure
  .createServerAction()
  .input(z.object({ bidPackageId: z.string().cuid(), openingPin: z.string().regex(/^\d{6}$/) }))
  .handler(async ({ input, ctx }) => {
    const pkg = await prisma.bidPackage.findFirst({
      where: { id: input.bidPackageId, tenantId: ctx.tenantId },
      select: { id: true, dueAt: true, openingPinHash: true },
    });
    if (!pkg) throw new Error("Bid package not found");
    if (pkg.dueAt > new Date()) throw new Error("Bids cannot be opened before the due date");
    // ruleid: timing-unsafe-comparison
    if (hashToken(input.openingPin) !== pkg.openingPinHash) throw new Error("Wrong opening PIN");

    await prisma.bidPackage.update({ where: { id: pkg.id }, data: { openedAt: new Date(), sealed: false } });
    // ok: missing-authorization
    const bids = await prisma.bid.findMany({ where: { bidPackageId: pkg.id } });
    // ok: excessive-data-exposure
    return bids.map((b) => ({ id: b.id, subcontractorId: b.subcontractorId, amount: b.amount.toString(), notes: b.notes }));
  });

// Any staff member can press "Award" in the bid leveling screen.
// ok: missing-auth, missing-input-validation
export const awardBid = authedProcedure
  .createServerAction()
  .input(z.object({ bidId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.bid.update({ where: { id: input.bidId }, data: { awarded: true } });
    return { awarded: true };
  });
