"use server";

import { currentUser } from "@clerk/nextjs/server";
import { openai } from "@/lib/ai";
import { prisma } from "@/lib/db";
import { z } from "zod";

// ok: missing-auth, missing-input-validation
export async function summariseClaim(claimId: string) {
  const user = await currentUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(claimId);
  // ruleid: missing-authorization
  const claim = await prisma.claim.findUnique({ where: { id }, select: { description: true, siuNotes: true } });
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Summarise: ${claim?.description}` }] });
  return completion.choices[0]?.message.content ?? "";
}

// Exported helper used by the nightly batch, but callable as an action
// ok: missing-auth
// ruleid: missing-rate-limit
export async function summariseText(text: string) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Summarise this claim file: ${text}` }] });
  return completion.choices[0]?.message.content ?? "";
}
