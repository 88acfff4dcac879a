"use client";

import { useActionState } from "react";
import { transferTicket } from "@/app/actions/tickets";

export function TransferForm({ ticketId }: { ticketId: string }) {
  const [state, action, pending] = useActionState(transferTicket, null);
  return (
    <form action={action}>
      <input type="hidden" name="ticketId" value={ticketId} />
      <input name="toEmail" type="email" placeholder="Friend's email" />
      <button disabled={pending}>Transfer</button>
      {state && "error" in state && <p>{state.error}</p>}
    </form>
  );
}
