"use client";

import { useActionState } from "react";
import { createChangeOrder } from "@/app/(app)/contracts/actions";

export function ChangeOrderForm({ contractId }: { contractId: string }) {
  const [lastResult, action, pending] = useActionState(createChangeOrder, undefined);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="contractId" value={contractId} />
      <input name="amount" type="number" step="0.01" className="input" />
      <textarea name="reason" rows={3} className="textarea" />
      {lastResult && "error" in lastResult && <p className="text-sm text-red-600">Could not save.</p>}
      <button disabled={pending} className="btn">
        Create change order
      </button>
    </form>
  );
}
