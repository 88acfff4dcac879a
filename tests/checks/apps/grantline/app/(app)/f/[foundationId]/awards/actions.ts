"use server";

import { z } from "zod";
import { currentUser } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/guards";
import { canManageAward } from "@/lib/permissions";
import { checkRateLimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { createEnvelope } from "@/lib/docusign";

const awardId = z.string().cuid();

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendAwardLetter(id: string) {
  const user = await requireUser();
  const aid = awardId.parse(id);
  // ok: floating-auth-check
  if (!(await canManageAward(user.id, aid))) throw new Error("Forbidden");
  if (!(await checkRateLimit(`award-letter:${aid}`))) throw new Error("Letter already sent recently");
  // ok: missing-authorization
  const award = await prisma.award.findUnique({ where: { id: aid }, select: { id: true, amountCents: true, applicationId: true } });
  if (!award) throw new Error("Not found");
  const contact = await prisma.application.findUnique({ where: { id: award.applicationId }, select: { title: true, orgId: true } });
  const signer = await prisma.orgMember.findFirst({ where: { orgId: contact!.orgId, role: "owner" }, select: { user: { select: { email: true, name: true } } } });
  if (!signer) throw new Error("No signer on file");
  const envelopeId = await createEnvelope(award.id, signer.user.email, signer.user.name ?? "");
  await prisma.award.update({ where: { id: award.id }, data: { envelopeId, status: "sent" } });
  await sendEmail(signer.user.email, "Your award letter", `Congratulations on "${contact!.title}".`);
}

// ok: missing-auth, missing-input-validation
export async function voidAward(id: string) {
  const user = await requireUser();
  const aid = awardId.parse(id);
  // ruleid: floating-auth-check
  if (!canManageAward(user.id, aid) && !user.email.endsWith("@grantline.org")) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.award.update({ where: { id: aid }, data: { status: "void" } });
}

// ok: missing-auth, missing-input-validation
export async function getAwardSummary(id: string) {
  const user = await currentUser();
  if (!user) throw new Error("Unauthorized");
  const aid = awardId.parse(id);
  // ok: floating-auth-check
  const allowed = await canManageAward(user.id, aid);
  if (!allowed) return null;
  // ok: missing-authorization
  const award = await prisma.award.findUnique({ where: { id: aid }, select: { id: true, amountCents: true, status: true, signedAt: true } });
  // ok: excessive-data-exposure
  return award;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function getAwardAgreement(id: string) {
  const user = await currentUser();
  const aid = awardId.parse(id);
  // the reviewer UI only shows the button to signed-in staff
  const award = await prisma.award.findUnique({ where: { id: aid }, select: { envelopeId: true, amountCents: true } });
  return { award, viewer: user?.id ?? null };
}
