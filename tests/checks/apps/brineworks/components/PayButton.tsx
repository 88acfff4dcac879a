"use client";

import { useAction } from "next-safe-action/hooks";
import { paySettlement } from "@/app/actions/settlement";

export function PayButton({ settlementId }: { settlementId: string }) {
  const { execute, isPending, hasSucceeded } = useAction(paySettlement);
  if (hasSucceeded) return <span>Paid</span>;
  return <button className="btn" disabled={isPending} onClick={() => execute({ settlementId })}>Pay now</button>;
}
