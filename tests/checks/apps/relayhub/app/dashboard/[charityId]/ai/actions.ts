"use server";

import { z } from "zod";
import { generateObject, generateText } from "ai";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, ActionError } from "@/lib/safe-action";
import { requireCharityRole, FUNDRAISING_ROLES } from "@/lib/authz";
import { ratelimit } from "@/lib/rate-limit";
import { appealModel, openai } from "@/lib/ai";
import { connectMongo } from "@/lib/db/mongo";
import { Segment } from "@/models/Segment";
import { Cuid } from "@/lib/validation";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const writeAppealLetter = authActionClient
  .metadata({ actionName: "ai.appeal" })
  .inputSchema(z.object({ charityId: Cuid, campaignId: Cuid, tone: z.enum(["warm", "urgent", "formal"]), audience: z.string().max(200) }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`ai:${ctx.userId}`);
    if (!success) throw new ActionError("AI limit reached for this hour.");
    const c = await requireCharityRole(parsedInput.charityId, FUNDRAISING_ROLES);
    // ok: missing-authorization
    const campaign = await prisma.campaign.findFirst({ where: { id: parsedInput.campaignId, charityId: c.charityId }, select: { title: true, story: true } });
    if (!campaign) throw new ActionError("Campaign not found");
    const { text } = await generateText({
      model: appealModel,
      system: "You write fundraising appeal letters for UK charities. Follow Fundraising Regulator guidance.",
      prompt: `Tone: ${parsedInput.tone}\nAudience: ${parsedInput.audience}\nCampaign: ${campaign.title}\n${campaign.story}`,
    });
    return { letter: text };
  });

const SegmentPlan = z.object({ name: z.string(), minLifetimePence: z.number().int(), lapsedMonths: z.number().int().nullable(), majorOnly: z.boolean() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const suggestDonorSegment = authActionClient
  .metadata({ actionName: "ai.segment" })
  .inputSchema(z.object({ charityId: Cuid, prompt: z.string().min(5).max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    const c = await requireCharityRole(parsedInput.charityId, FUNDRAISING_ROLES);
    const { success } = await ratelimit.limit(`ai:${ctx.userId}`);
    if (!success) throw new ActionError("AI limit reached for this hour.");
    const { object: plan } = await generateObject({ model: appealModel, schema: SegmentPlan, prompt: parsedInput.prompt });
    const donors = await prisma.donor.findMany({
      where: { charityId: c.charityId, lifetimePence: { gte: plan.minLifetimePence }, ...(plan.majorOnly ? { majorDonor: true } : {}) },
      select: { id: true },
      take: 5000,
    });
    await connectMongo();
    const seg = await Segment.create({ charityId: c.charityId, name: plan.name, prompt: parsedInput.prompt, criteria: plan, donorIds: donors.map((d) => d.id), createdBy: ctx.userId });
    // ok: excessive-data-exposure
    return { segmentId: String(seg._id), size: donors.length };
  });

// Shared helper for the thank-you composer; exported so the client component can call it.
// ruleid: missing-rate-limit
export async function draftThankYouNote(donorFirstName: string, giftDescription: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write a short, sincere thank-you note from a charity to a donor." },
      { role: "user", content: `Donor: ${donorFirstName}. Gift: ${giftDescription}` },
    ],
  });
  return completion.choices[0]?.message?.content ?? "";
}
