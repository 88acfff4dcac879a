import { createHash } from "node:crypto";

export type FlagRow = {
  key: string;
  enabled: boolean;
  rules: { attribute: string; operator: string; values: string[]; rolloutPercentage: number }[];
  rollout_pct: number;
};

type Context = { key: string } & Record<string, string | number | boolean>;

function bucket(flagKey: string, contextKey: string): number {
  const digest = createHash("sha1").update(`${flagKey}:${contextKey}`).digest();
  return digest.readUInt32BE(0) % 100;
}

export function evaluateFlag(flag: FlagRow, context: Context): { value: boolean; reason: string } {
  if (!flag.enabled) return { value: false, reason: "off" };
  for (const rule of flag.rules ?? []) {
    const actual = String(context[rule.attribute] ?? "");
    const matched =
      rule.operator === "in" ? rule.values.includes(actual) : rule.operator === "eq" ? rule.values[0] === actual : false;
    if (matched) return { value: bucket(flag.key, context.key) < rule.rolloutPercentage, reason: "rule_match" };
  }
  return { value: bucket(flag.key, context.key) < flag.rollout_pct, reason: "fallthrough" };
}
