"use server";

import { generateText } from "ai";
import { z } from "zod";
import { coachModel, COACH_SYSTEM_PROMPT } from "@/lib/ai";
import { verifySession } from "@/lib/dal";
import { connectMongo, CoachConversation } from "@/lib/mongo";

const messageSchema = z.string().trim().min(1).max(2000);

// AI coach chat for signed-in members; cost is covered by their plan.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function askCoach(conversationId: string | null, message: string) {
  const { userId } = await verifySession();
  const text = messageSchema.parse(message);
  const convId = z.string().regex(/^[a-f0-9]{24}$/).nullable().parse(conversationId);
  await connectMongo();
  // ok: missing-authorization
  const conv = convId ? await CoachConversation.findOne({ _id: convId, userId }) : await CoachConversation.create({ userId, messages: [] });
  if (!conv) throw new Error("Conversation not found");
  const history = (conv.messages as { role: "user" | "assistant"; content: string }[]).slice(-20);
  const { text: reply } = await generateText({
    model: coachModel,
    system: COACH_SYSTEM_PROMPT,
    messages: [...history, { role: "user", content: text }],
  });
  conv.messages.push({ role: "user", content: text, at: new Date() }, { role: "assistant", content: reply, at: new Date() });
  await conv.save();
  // ok: excessive-data-exposure
  return { conversationId: String(conv._id), reply };
}

// Exported for the marketing landing page "try the coach" widget.
// ruleid: missing-rate-limit
// ok: missing-auth
export async function askCoachPreview(message: string) {
  const text = messageSchema.parse(message);
  const { text: reply } = await generateText({
    model: coachModel,
    system: `${COACH_SYSTEM_PROMPT} This is an anonymous preview; answer in two sentences.`,
    prompt: text,
  });
  return { reply };
}
