import "server-only";
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";

export const openaiClient = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

export const DESCRIPTION_SYSTEM_PROMPT =
  "You write short, upbeat event descriptions for a ticketing page. No emojis. Never invent prices or dates.";
