"use server";

import { generateObject, streamText } from "ai";
import { createStreamableValue } from "ai/rsc";
import { z } from "zod";
import { planCheckModel } from "@/lib/ai";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db/prisma";
import { canEditPermit } from "@/lib/permissions";
import { ratelimit } from "@/lib/ratelimit";

const findingSchema = z.object({
  findings: z.array(z.object({ sheet: z.string(), code: z.string(), severity: z.enum(["info", "minor", "major"]), message: z.string() })),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function runPlanCheck(planSetId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(planSetId);
  const { success } = await ratelimit.limit(`plancheck:${user.id}`);
  if (!success) throw new Error("Plan-check quota exceeded");
  const ps = await prisma.planSet.findUnique({ where: { id }, select: { permitId: true, storageKey: true } });
  // ok: floating-auth-check
  if (!ps || !(await canEditPermit(user.id, ps.permitId))) throw new Error("Forbidden");
  const { object } = await generateObject({
    model: planCheckModel,
    schema: findingSchema,
    prompt: `Review the sheet index at ${ps.storageKey} against IRC 2021 and list issues.`,
  });
  // ok: excessive-data-exposure
  return object.findings;
}

// Streaming explanation for a single finding, used in the plan viewer sidebar.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function explainFinding(code: string, sheetText: string) {
  const input = z.object({ code: z.string().max(40), sheetText: z.string().max(20000) }).parse({ code, sheetText });
  const stream = createStreamableValue("");
  (async () => {
    const { textStream } = streamText({ model: planCheckModel, prompt: `Explain building code ${input.code} as it applies to:\n${input.sheetText}` });
    for await (const delta of textStream) stream.update(delta);
    stream.done();
  })();
  return { output: stream.value };
}

// ok: missing-auth, missing-input-validation
export async function savePlanCheckNotes(planSetId: string, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(planSetId);
  const notes = z.string().max(10000).parse(formData.get("notes"));
  const ps = await prisma.planSet.findUnique({ where: { id }, select: { id: true, permitId: true } });
  if (!ps) throw new Error("Not found");
  // ruleid: floating-auth-check
  const allowed = canEditPermit(user.id, ps.permitId);
  if (!allowed) throw new Error("Forbidden");
  // ruleid: missing-authorization -- the plan set found by the client id, its permit checked only by the un-awaited canEditPermit
  await prisma.reviewComment.create({ data: { planSetId: id, reviewerId: user.id, discipline: "ai", body: notes, internal: false } });
}
