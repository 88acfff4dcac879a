"use client";

import { useAction } from "next-safe-action/hooks";
import { runRiskReview } from "@/app/(app)/w/[slug]/ai-review/actions";

export function RiskPanel({ workspaceId, contractId }: { workspaceId: string; contractId: string }) {
  const { execute, result, isPending } = useAction(runRiskReview);
  return (
    <aside>
      <button disabled={isPending} onClick={() => execute({ workspaceId, contractId })}>Run AI risk review</button>
      <ul>
        {result.data?.findings.map((f) => (
          <li key={f.clauseId} data-risk={f.risk}>{f.rationale}</li>
        ))}
      </ul>
    </aside>
  );
}
