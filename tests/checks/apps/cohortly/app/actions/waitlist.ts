"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { publicActionClient, actionClient, sponsorActionClient } from "@/lib/safe-action";
import { sendMail } from "@/lib/mail";
import { hashToken } from "@/lib/secure-compare";

// Public: join a study's waitlist when recruitment is paused.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const joinWaitlist = publicActionClient
  .metadata({ actionName: "waitlist.join" })
  .schema(z.object({ studyId: z.string().cuid(), email: z.string().email(), postcode: z.string().max(12).optional() }))
  .action(async ({ parsedInput }) => {
    const position = (await prisma.waitlistEntry.count({ where: { studyId: parsedInput.studyId } })) + 1;
    // ok: mass-assignment
    await prisma.waitlistEntry.upsert({ where: { studyId_email: { studyId: parsedInput.studyId, email: parsedInput.email } }, create: { ...parsedInput, position }, update: {} });
    await sendMail(parsedInput.email, "You're on the waitlist", `<p>Position ${position}</p>`);
    return { position };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const waitlistStatus = actionClient
  .metadata({ actionName: "waitlist.status" })
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput }) => {
    const entries = await prisma.waitlistEntry.findMany({ where: { email: parsedInput.email }, select: { studyId: true, position: true, postcode: true } });
    return entries;
  });

// ok: missing-auth, missing-input-validation
export const inviteFromWaitlist = sponsorActionClient
  .metadata({ actionName: "waitlist.invite" })
  .schema(z.object({ studyId: z.string().cuid(), count: z.number().int().min(1).max(50) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const study = await prisma.study.findFirst({ where: { id: parsedInput.studyId, sponsorId: ctx.sponsorId }, select: { id: true, title: true } });
    if (!study) return { invited: 0 };
    // ok: missing-authorization
    const next = await prisma.waitlistEntry.findMany({ where: { studyId: study.id, inviteToken: null }, orderBy: { position: "asc" }, take: parsedInput.count, select: { id: true, email: true } });
    for (const entry of next) {
      const token = randomBytes(32).toString("hex");
      await prisma.waitlistEntry.update({ where: { id: entry.id }, data: { inviteToken: hashToken(token) } });
    }
    return { invited: next.length };
  });

// ok: missing-auth, missing-input-validation
export const waitlistExport = sponsorActionClient
  .metadata({ actionName: "waitlist.export" })
  .schema(z.object({ studyId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const study = await prisma.study.findFirst({ where: { id: parsedInput.studyId, sponsorId: ctx.sponsorId }, select: { id: true } });
    if (!study) return [];
    // ok: missing-authorization
    const rows = await prisma.waitlistEntry.findMany({ where: { studyId: study.id } });
    // ruleid: excessive-data-exposure
    return rows;
  });
