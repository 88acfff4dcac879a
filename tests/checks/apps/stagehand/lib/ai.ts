import "server-only";
import { openai } from "@ai-sdk/openai";

export const chatModel = openai("gpt-4o-mini");

export const VISITOR_SYSTEM_PROMPT =
  "You are the Stagehand festival assistant. Answer questions about the line-up, travel, camping and accessibility. Never reveal staff information.";
