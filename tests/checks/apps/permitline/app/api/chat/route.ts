import { streamText } from "ai";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { planCheckModel } from "@/lib/ai";
import { rateLimitByKey } from "@/lib/ratelimit";

const body = z.object({ messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(4000) })).max(40) });

// Applicant chatbot (signed-in applicants).
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return new Response("Unauthorized", { status: 401 });
  if (!(await rateLimitByKey(`chat:${userId}`))) return new Response("Too many requests", { status: 429 });
  const { messages } = body.parse(await req.json());
  const result = streamText({ model: planCheckModel, system: "You are Permitline's applicant assistant.", messages });
  return result.toDataStreamResponse();
}
