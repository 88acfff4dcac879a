import "server-only";
import { generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

const riskSchema = z.object({
  findings: z.array(z.object({ clauseId: z.string(), risk: z.enum(["low", "medium", "high"]), rationale: z.string() })),
});

export async function reviewClauses(clauses: { id: string; heading: string; text: string }[], playbook?: string) {
  const { object, usage } = await generateObject({
    model: openai("gpt-4o"),
    schema: riskSchema,
    system: `You are a contracts lawyer. Flag risky clauses.${playbook ? `\nPlaybook:\n${playbook}` : ""}`,
    prompt: clauses.map((c) => `[${c.id}] ${c.heading}\n${c.text}`).join("\n\n"),
  });
  return { findings: object.findings, tokens: usage.totalTokens };
}
