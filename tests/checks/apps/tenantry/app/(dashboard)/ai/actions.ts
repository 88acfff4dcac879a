"use server";

import { z } from "zod";
import { generateText, generateObject } from "ai";
import { draftModel, LISTING_SYSTEM_PROMPT } from "@/lib/ai";
import { authActionClient } from "@/lib/safe-action";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const draftListing = authActionClient
  .metadata({ actionName: "draftListing" })
  .inputSchema(z.object({ propertyId: z.string().cuid(), tone: z.enum(["friendly", "formal"]) }))
  .action(async ({ parsedInput, ctx }) => {
    const property = await prisma.property.findFirst({
      where: { id: parsedInput.propertyId, agencyId: ctx.agencyId },
      select: { address: true, postcode: true, units: { select: { bedrooms: true, rentPence: true } } },
    });
    if (!property) throw new Error("Unknown property");
    try {
      const { text } = await generateText({
        model: draftModel,
        system: LISTING_SYSTEM_PROMPT,
        prompt: `Tone: ${parsedInput.tone}. Property: ${JSON.stringify(property)}`,
      });
      return { text };
    } catch (e) {
      // ruleid: information-disclosure
      return { error: `AI provider error: ${String(e)}` };
    }
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function draftMaintenanceReply(requestId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(requestId);
  const membership = await prisma.membership.findFirst({ where: { userId }, select: { agencyId: true } });
  if (!membership) throw new Error("No agency");
  const request = await prisma.maintenanceRequest.findFirst({ where: { id, agencyId: membership.agencyId }, select: { title: true, body: true } });
  if (!request) throw new Error("Not found");
  const { object } = await generateObject({
    model: draftModel,
    schema: z.object({ reply: z.string(), urgency: z.enum(["low", "medium", "high"]) }),
    prompt: `Draft a courteous reply to this maintenance request: ${request.title}\n${request.body}`,
  });
  return object;
}

/** Used by the public listing widget to summarise an enquiry for the agent. */
// ruleid: missing-rate-limit
export async function summariseEnquiry(message: string) {
  const { text } = await generateText({ model: draftModel, prompt: `Summarise in one line: ${message.slice(0, 2000)}` });
  return text;
}
