import "server-only";
import { openai } from "@ai-sdk/openai";

export const suggestionModel = openai("gpt-4o-mini");

export const RULES_SYSTEM_PROMPT =
  "You are a release engineer. Propose feature-flag targeting rules as JSON: " +
  "[{ attribute, operator, values, rolloutPercentage }]. Never target by e-mail address.";
