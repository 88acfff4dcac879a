import "server-only";
import Anthropic from "@anthropic-ai/sdk";
import { createAnthropic } from "@ai-sdk/anthropic";

export const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

export const aiProvider = createAnthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

export const SUMMARY_MODEL = "claude-3-5-haiku-latest";
