import "server-only";
import OpenAI from "openai";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const SYSTEM = `You are a triage demo for Fenwick Community Clinic. You are not a doctor.
Give general guidance only and always recommend calling 999 for emergencies.`;

export async function triageSymptoms(description: string, age?: number) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    max_tokens: 400,
    messages: [
      { role: "system", content: SYSTEM },
      { role: "user", content: `${age ? `Age ${age}. ` : ""}${description}` },
    ],
  });
  return completion.choices[0]?.message?.content ?? "";
}
