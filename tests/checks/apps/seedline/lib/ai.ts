import "server-only";
import OpenAI from "openai";
import { openai as aiSdkOpenAI } from "@ai-sdk/openai";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const agronomyModel = aiSdkOpenAI("gpt-4o-mini");

export const AGRONOMY_SYSTEM_PROMPT =
  "You are Seedline's extension officer assistant. Answer for smallholder farmers in East Africa. Be concise.";
