import "server-only";
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";

export const supportModel = openai("gpt-4o-mini");
export const diagnosisModel = openai("gpt-4.1");

export const SUPPORT_SYSTEM_PROMPT =
  "You are Chargebay's driver support assistant. Help with starting and stopping charging sessions, payment, receipts and app problems. Never promise refunds.";

export async function summarizeFaults(chargerLabel: string, events: { code: string; info?: string | null; at: string }[]) {
  const { text } = await generateText({
    model: diagnosisModel,
    system: "You are an EV charger field engineer. Summarise the likely root cause and next steps in under 120 words.",
    prompt: `Charger ${chargerLabel}\n` + events.map((e) => `${e.at} ${e.code} ${e.info ?? ""}`).join("\n"),
  });
  return text;
}
