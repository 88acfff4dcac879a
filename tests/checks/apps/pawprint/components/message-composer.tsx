"use client";

import { useActionState } from "react";
import { sendMessage } from "@/app/(app)/messages/actions";

export function MessageComposer({ bookingId }: { bookingId: string }) {
  const [state, action, pending] = useActionState(sendMessage, {});
  return (
    <form action={action} className="flex gap-2">
      <input type="hidden" name="bookingId" value={bookingId} />
      <textarea name="body" required maxLength={4000} />
      {state.error ? <p className="text-sm text-red-600">{state.error}</p> : null}
      <button disabled={pending}>Send</button>
    </form>
  );
}
