"use client";

import { useServerAction } from "zsa-react";
import { offerTransfer } from "@/app/actions/shares";

export function ShareTransferClient({ shareId }: { shareId: string }) {
  const { execute, isPending, data } = useServerAction(offerTransfer);
  return (
    <button disabled={isPending} onClick={() => execute({ shareId, toMemberId: "", units: 1, priceCents: 0 })}>
      {data ? `Share link token: ${data.token}` : "Offer 1 share"}
    </button>
  );
}
