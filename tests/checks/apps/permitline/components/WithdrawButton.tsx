"use client";

import { useAction } from "next-safe-action/hooks";
import { withdrawApplication } from "@/app/(staff)/staff/permits/actions";

export function WithdrawButton({ permitId }: { permitId: string }) {
  const { execute, isPending } = useAction(withdrawApplication);
  return (
    <button disabled={isPending} onClick={() => execute({ permitId })} className="btn-secondary">
      {isPending ? "Withdrawing…" : "Withdraw application"}
    </button>
  );
}
