import "server-only";
import OpenAI from "openai";
import { openai as aiSdkOpenai } from "@ai-sdk/openai";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const appealModel = aiSdkOpenai("gpt-4o-mini");
