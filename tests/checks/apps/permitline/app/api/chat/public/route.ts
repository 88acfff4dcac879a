import { streamText } from "ai";
import { z } from "zod";
import { planCheckModel } from "@/lib/ai";

// Anonymous "ask the permit desk" widget on municipal websites.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { question } = z.object({ question: z.string().min(3).max(1000) }).parse(await req.json());
  const result = streamText({ model: planCheckModel, system: "Answer general permit questions for residents.", prompt: question });
  return result.toDataStreamResponse();
}
