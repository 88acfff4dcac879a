import OpenAI from "openai";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function draftQuote(title: string, description: string, rates: string) {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `You draft boat-maintenance quotes. Labour rates: ${rates}` },
      { role: "user", content: `${title}\n\n${description}` },
    ],
  });
  return res.choices[0]?.message?.content ?? "";
}
