"use client";

import { useServerAction } from "zsa-react";
import { refundDonation } from "@/app/dashboard/[charityId]/donations/actions";

export function RefundDialog({ donationId, maxPence }: { donationId: string; maxPence: number }) {
  const { execute, isPending, error } = useServerAction(refundDonation);
  return (
    <form
      action={async (fd) => {
        const amount = Math.round(Number(fd.get("amount")) * 100);
        await execute({ donationId, amountPence: Math.min(amount, maxPence), reason: "requested_by_customer" });
      }}
    >
      <input name="amount" type="number" step="0.01" max={maxPence / 100} />
      <button disabled={isPending}>Refund</button>
      {error ? <p role="alert">{error.message}</p> : null}
    </form>
  );
}
