import OpenAI from "openai";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function explainBill(lines: string) {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Explain this community-energy bill in plain language, in under 120 words." },
      { role: "user", content: lines },
    ],
  });
  return res.choices[0]?.message?.content ?? "";
}
