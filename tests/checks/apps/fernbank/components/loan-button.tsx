"use client";

import { useAction } from "next-safe-action/hooks";
import { borrowTool } from "@/app/g/[gardenId]/tools/loans/actions";

export function LoanButton({ toolId, disabled }: { toolId: string; disabled: boolean }) {
  const { execute, status, result } = useAction(borrowTool);
  return (
    <div>
      <button disabled={disabled || status === "executing"} onClick={() => execute({ toolId, days: 7 })}>
        Borrow for a week
      </button>
      {result.serverError ? <p role="alert">{result.serverError}</p> : null}
    </div>
  );
}
