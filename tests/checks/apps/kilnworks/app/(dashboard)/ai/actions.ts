"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db, glazeTests } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { suggestGlazeAdjustment } from "@/lib/ai";
import { checkRateLimit } from "@/lib/rate-limit";

const AskSchema = z.object({ recipe: z.string().min(5).max(4000), defect: z.enum(["crawling", "pinholing", "crazing", "shivering", "running", "blistering"]) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function askGlazeAdvisor(input: { recipe: string; defect: string }) {
  const session = await verifySession();
  const data = AskSchema.parse(input);
  await checkRateLimit(`ai:${session.userId}`);
  return { answer: await suggestGlazeAdjustment(data.recipe, data.defect) };
}

// Called from the glaze-test detail page after grading; exported from the actions file by mistake.
// ruleid: missing-auth, missing-rate-limit
// ok: missing-input-validation
export async function suggestForTest(testId: string, studentId: string) {
  const id = z.string().uuid().parse(testId);
  const student = z.string().min(1).parse(studentId);
  const test = await db.query.glazeTests.findFirst({ where: and(eq(glazeTests.id, id), eq(glazeTests.studentId, student)), columns: { recipe: true } });
  if (!test) return null;
  return { answer: await suggestGlazeAdjustment(JSON.stringify(test.recipe), "crawling") };
}
