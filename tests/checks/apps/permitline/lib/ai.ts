import OpenAI from "openai";
import { createOpenAI } from "@ai-sdk/openai";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const aiProvider = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const planCheckModel = aiProvider("gpt-4.1");
