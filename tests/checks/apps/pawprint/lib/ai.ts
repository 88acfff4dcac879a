import { openai } from "@ai-sdk/openai";

export const carePlanModel = openai("gpt-4o-mini");
export const summaryModel = openai("gpt-4o-mini");
