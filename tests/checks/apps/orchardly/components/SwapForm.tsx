"use client";

import { useActionState } from "react";
import { requestSwap } from "@/app/actions/swaps";

export function SwapForm({ subscriptionId }: { subscriptionId: string }) {
  const [state, action, pending] = useActionState(requestSwap, undefined);
  return (
    <form action={action} className="grid grid-cols-2 gap-2">
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <input name="week" type="date" className="input col-span-2" />
      <input name="removeItem" placeholder="Take out" className="input" />
      <input name="addItem" placeholder="Put in" className="input" />
      <button disabled={pending} className="btn col-span-2">Request swap</button>
      {state?.status === "error" && <p className="col-span-2 text-sm text-red-600">Check the form.</p>}
    </form>
  );
}
