"use client";

import { useTransition } from "react";
import { quickApprove } from "@/app/(app)/w/[slug]/approvals/actions";

export function ApprovalButton({ contractId, stepId }: { contractId: string; stepId?: string }) {
  const [pending, start] = useTransition();
  if (!stepId) return null;
  return (
    <button data-contract={contractId} disabled={pending} onClick={() => start(() => quickApprove(stepId))}>
      Approve
    </button>
  );
}
