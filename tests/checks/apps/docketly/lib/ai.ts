import OpenAI from "openai";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export const CLAUSE_REVIEW_PROMPT =
  "You are a senior commercial lawyer. Review the clause, flag one-sided terms, missing carve-outs and unusual indemnities.";
