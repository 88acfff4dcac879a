"use server";

import { z } from "zod";
import { agencyActionClient, ownerActionClient, ActionError } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { offerSchema } from "@/lib/validators";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export const createOffer = agencyActionClient
  .metadata({ actionName: "createOffer" })
  .schema(offerSchema)
  .action(async ({ parsedInput, ctx }) => {
    const submission = await prisma.submission.findFirst({ where: { id: parsedInput.submissionId, agencyId: ctx.agencyId }, select: { id: true } });
    if (!submission) throw new ActionError("Submission not found");
    // ok: mass-assignment, missing-authorization
    const offer = await prisma.offer.create({ data: { ...parsedInput, agencyId: ctx.agencyId } });
    // ok: excessive-data-exposure
    return { id: offer.id };
  });

const counterSchema = z.object({
  offerId: z.string(),
  amountCents: z.number().int().positive(),
  status: z.enum(["open", "countered", "accepted", "rejected"]),
}).passthrough(); // the negotiation widget sends extra fields; kept for forward compatibility

// ok: missing-auth, missing-input-validation
export const counterOffer = agencyActionClient
  .metadata({ actionName: "counterOffer" })
  .schema(counterSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { offerId, ...changes } = parsedInput;
    // ruleid: mass-assignment
    await prisma.offer.updateMany({ where: { id: offerId, agencyId: ctx.agencyId }, data: changes });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const emailOfferToAuthor = agencyActionClient
  .metadata({ actionName: "emailOfferToAuthor" })
  .schema(z.object({ offerId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    if (!(await checkRateLimit(`offer-mail:${ctx.userId}`))) throw new ActionError("Slow down");
    const offer = await prisma.offer.findFirst({
      where: { id: parsedInput.offerId, agencyId: ctx.agencyId },
      select: { amountCents: true, submissionId: true },
    });
    if (!offer) throw new ActionError("Offer not found");
    const sub = await prisma.submission.findUnique({ where: { id: offer.submissionId }, select: { author: { select: { email: true } }, title: true } });
    await sendMail(sub!.author.email, `Offer for ${sub!.title}`, `<p>An offer of $${offer.amountCents / 100} has arrived.</p>`);
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const notifyPublisher = agencyActionClient
  .metadata({ actionName: "notifyPublisher" })
  .schema(z.object({ offerId: z.string(), editorEmail: z.string().email(), message: z.string().max(2000) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const offer = await prisma.offer.findFirst({ where: { id: parsedInput.offerId, agencyId: ctx.agencyId }, select: { id: true } });
    if (!offer) throw new ActionError("Offer not found");
    await sendMail(parsedInput.editorEmail, "A message from your agent", parsedInput.message);
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const withdrawOffer = ownerActionClient
  .metadata({ actionName: "withdrawOffer" })
  .schema(z.object({ offerId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.offer.deleteMany({ where: { id: parsedInput.offerId, agencyId: ctx.agencyId } });
    return { ok: true };
  });
