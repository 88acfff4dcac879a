import "server-only";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function preTranslate(text: string, source: string, target: string, glossary: { source: string; target: string }[] = []) {
  const terms = glossary.map((g) => `${g.source} => ${g.target}`).join("\n");
  const { text: out } = await generateText({
    model: openai("gpt-4o-mini"),
    system: `Translate from ${source} to ${target}. Respect this glossary:\n${terms}`,
    prompt: text,
  });
  return out;
}
