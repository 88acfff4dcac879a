import OpenAI from "openai";
import { generateObject } from "ai";
import { openai as aiOpenai } from "@ai-sdk/openai";
import { z } from "zod";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export const tenderSchema = z.object({
  origin: z.string(),
  destination: z.string(),
  pickupAt: z.string(),
  weightLbs: z.number(),
  hazmat: z.boolean(),
});

export async function parseTenderEmail(body: string) {
  const { object } = await generateObject({ model: aiOpenai("gpt-4o-mini"), schema: tenderSchema, prompt: `Extract the load tender:\n${body}` });
  return object;
}
