"use client";

import { useActionState, useState } from "react";
import { submitContactForm } from "@/app/contact/actions";

// Client component: never analysed as server code.
export function ReplyBox({ draftToken, expectedToken }: { draftToken: string; expectedToken: string }) {
  const [state, action, pending] = useActionState(submitContactForm, undefined);
  const [body, setBody] = useState("");
  // ok: timing-unsafe-comparison
  const stale = draftToken !== expectedToken;
  return (
    <form action={action}>
      {stale && <p className="text-amber-600">This draft was edited in another tab.</p>}
      <textarea name="message" value={body} onChange={(e) => setBody(e.target.value)} />
      <button disabled={pending}>Send</button>
      {state && "error" in state && <p>{state.error}</p>}
    </form>
  );
}
