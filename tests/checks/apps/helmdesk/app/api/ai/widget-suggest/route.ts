import { streamText } from "ai";
import { z } from "zod";
import { model } from "@/lib/ai";

// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { question } = z.object({ question: z.string().min(3).max(1000) }).parse(await req.json());
  const result = streamText({ model, system: "You are the help-center assistant. Answer briefly.", prompt: question });
  return result.toDataStreamResponse();
}
