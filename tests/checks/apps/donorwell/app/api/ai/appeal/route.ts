import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { requireCentreStaff } from "@/lib/dal";
import { ratelimit } from "@/lib/ratelimit";
import { appealSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const staff = await requireCentreStaff(["manager"]);
  const { success } = await ratelimit.limit(`ai:${staff.centreId}`);
  if (!success) return new Response("Too many drafts today", { status: 429 });
  const input = appealSchema.parse(await req.json());
  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: "Draft a short SMS appeal for blood donors. No medical claims.",
    prompt: `Blood type ${input.bloodType}, tone ${input.tone}.`,
  });
  return result.toDataStreamResponse();
}
