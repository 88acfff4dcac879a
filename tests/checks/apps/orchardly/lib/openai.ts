import OpenAI from "openai";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function draftNewsletter(farmName: string, harvest: { item: string; quantity: number; unit: string }[]) {
  const list = harvest.map((h) => `- ${h.item}: ${h.quantity} ${h.unit}`).join("\n");
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You write warm, short weekly newsletters for a community-supported farm. Include one recipe." },
      { role: "user", content: `Farm: ${farmName}\nThis week's harvest:\n${list}` },
    ],
    max_tokens: 700,
  });
  return completion.choices[0]?.message?.content ?? "";
}
