import { openai } from "@ai-sdk/openai";
import OpenAI from "openai";

export const draftModel = openai("gpt-4o-mini");
export const visionModel = openai("gpt-4o");
export const openaiClient = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export const RFI_SYSTEM_PROMPT =
  "You are a construction project engineer. Draft a concise, specific RFI referencing spec sections and drawing sheets.";
