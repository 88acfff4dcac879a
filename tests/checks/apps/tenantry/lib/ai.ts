import { openai } from "@ai-sdk/openai";

export const draftModel = openai("gpt-4o-mini");

export const LISTING_SYSTEM_PROMPT =
  "You write accurate, fair-housing compliant UK rental listings. Never mention protected characteristics.";
