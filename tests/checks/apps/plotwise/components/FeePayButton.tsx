"use client";

import { useTransition } from "react";
import { startFeeCheckout } from "@/app/actions/fees";

export function FeePayButton({ feeId }: { feeId: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <button disabled={pending} onClick={() => startTransition(() => startFeeCheckout(feeId))}>
      {pending ? "Redirecting…" : "Pay now"}
    </button>
  );
}
