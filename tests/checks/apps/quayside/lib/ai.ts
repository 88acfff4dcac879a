import "server-only";
import { google } from "@ai-sdk/google";

export const assistantModel = google("gemini-2.0-flash");
export const cheapModel = google("gemini-2.0-flash-lite");

export const HARBOUR_SYSTEM_PROMPT =
  "You are the Quayside marina assistant. Answer concisely. Never invent berth availability; " +
  "only use the data provided in the conversation.";
