"use server";

import { connectMongo } from "@/lib/db/mongo";
import { LabResult } from "@/lib/models/LabResult";
import { publicLimitedClient } from "@/lib/safe-action";
import { triageSymptoms } from "@/lib/ai";
import { symptomSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const checkSymptoms = publicLimitedClient
  .metadata({ actionName: "checkSymptoms" })
  .inputSchema(symptomSchema)
  .action(async ({ parsedInput }) => {
    const advice = await triageSymptoms(parsedInput.description, parsedInput.age);
    return { advice };
  });

/** Used by the lab result page to explain values in plain English. */
// ruleid: missing-rate-limit, missing-input-validation, missing-auth
export async function explainLabResult(resultId: string) {
  await connectMongo();
  const result = await LabResult.findById(resultId).select("panel values").lean();
  if (!result) return null;
  const summary = result.values.map((v) => `${v.label}: ${v.value} ${v.unit} ${v.flag ?? ""}`).join("\n");
  return triageSymptoms(`Explain these ${result.panel} results to a patient:\n${summary}`);
}
