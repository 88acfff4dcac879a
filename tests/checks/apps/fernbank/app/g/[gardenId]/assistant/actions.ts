"use server";

import { z } from "zod";
import { memberClient } from "@/lib/safe-action";
import { askGardener } from "@/lib/ai/gardener";
import { aiLimiter, clientIp } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const askPlantDoctor = memberClient
  .metadata({ name: "ai.plant_doctor" })
  .schema(z.object({ question: z.string().min(5).max(1000), crop: z.string().max(60).optional() }))
  .action(async ({ parsedInput }) => {
    const answer = await askGardener(parsedInput.question, `Crop: ${parsedInput.crop ?? "unknown"}`);
    return { answer };
  });

// ok: missing-auth
// ruleid: missing-rate-limit
export async function suggestCompanionPlants(crop: string) {
  if (typeof crop !== "string" || crop.length > 60) return { error: "Invalid crop" };
  const answer = await askGardener(`Which plants grow well next to ${crop}?`, "Public planting guide");
  return { answer };
}

// ok: missing-auth, missing-rate-limit
export async function seasonalTip(month: number) {
  if (!Number.isInteger(month) || month < 1 || month > 12) return { error: "Invalid month" };
  const { success } = await aiLimiter.limit(`tip:${await clientIp()}`);
  if (!success) return { error: "Try again later" };
  const answer = await askGardener(`One tip for month ${month}`, "Temperate climate allotment");
  return { answer };
}
