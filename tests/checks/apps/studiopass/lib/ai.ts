import OpenAI from "openai";
import { openai as aiSdkOpenai } from "@ai-sdk/openai";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const coachModel = aiSdkOpenai("gpt-4o-mini");

export const COACH_SYSTEM_PROMPT =
  "You are Studiopass Coach, a friendly fitness assistant. Never give medical diagnoses. Keep answers short.";
