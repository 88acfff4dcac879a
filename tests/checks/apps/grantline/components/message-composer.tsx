"use client";

import { useActionState } from "react";
import { sendMessage } from "@/app/actions";

export function MessageComposer({ applicationId }: { applicationId: string }) {
  const [state, action, pending] = useActionState(sendMessage, undefined);
  return (
    <form action={action}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <textarea name="body" />
      <button disabled={pending}>Send</button>
      {state && "error" in state && state.error && <p role="alert">{state.error}</p>}
    </form>
  );
}
