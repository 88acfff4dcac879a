"use server";

import { generateText } from "ai";
import { z } from "zod";
import { chatModel, VISITOR_SYSTEM_PROMPT } from "@/lib/ai";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { publicLineup } from "@/lib/festival";
import { connectMongo } from "@/lib/db/mongo";
import { ChatLog } from "@/models/ChatLog";
import { withTracing } from "@/lib/with-festival";

const askSchema = z.object({ festivalSlug: z.string().min(1).max(80), question: z.string().min(2).max(500) });

// ok: missing-input-validation, missing-rate-limit // todook: missing-auth -- a public rate-limited chatbot writing its own chat log (cause 1)
export async function askFestivalBot(input: { festivalSlug: string; question: string }) {
  const { festivalSlug, question } = askSchema.parse(input);
  const ip = await clientIp();
  await rateLimit(`chat:${ip}`, 15, 300);
  const lineup = await publicLineup(festivalSlug);
  const { text } = await generateText({ model: chatModel, system: VISITOR_SYSTEM_PROMPT, prompt: `Line-up: ${JSON.stringify(lineup?.sets ?? [])}\n\nQuestion: ${question}` });
  await connectMongo();
  await ChatLog.create({ festivalId: festivalSlug, ip, messages: [{ role: "user", content: question }, { role: "assistant", content: text }] });
  return { answer: text };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const suggestSetOrder = withTracing("suggestSetOrder", async (input: { festivalSlug: string; mood: string }) => {
  const { festivalSlug, mood } = z.object({ festivalSlug: z.string().max(80), mood: z.enum(["chill", "party", "family"]) }).parse(input);
  const lineup = await publicLineup(festivalSlug);
  const { text } = await generateText({ model: chatModel, prompt: `Suggest a ${mood} route through: ${JSON.stringify(lineup?.sets ?? [])}` });
  return { plan: text };
});
