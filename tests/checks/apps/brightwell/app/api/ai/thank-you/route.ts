import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { ratelimit } from "@/lib/ratelimit";

const bodySchema = z.object({ volunteer: z.string().max(80), highlights: z.string().max(1000) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const staff = await requireSchoolStaff();
  const { success } = await ratelimit.limit(`ai-stream:${staff.user.id}`);
  if (!success) return new Response("Daily AI limit reached", { status: 429 });
  const { volunteer, highlights } = bodySchema.parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Thank ${volunteer} for: ${highlights}` });
  return result.toDataStreamResponse();
}

// Demo on the marketing site.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function PUT(req: Request) {
  const { volunteer } = z.object({ volunteer: z.string().max(40) }).parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Write a one-line thank-you to ${volunteer}, a school volunteer.` });
  return result.toDataStreamResponse();
}
