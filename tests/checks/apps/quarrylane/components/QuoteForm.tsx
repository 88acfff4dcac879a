"use client";

import { useActionState } from "react";
import { requestQuote } from "@/app/(public)/quote/actions";

export function QuoteForm() {
  const [state, action, pending] = useActionState(requestQuote, null);
  // Client-side only: the token compare here is UI state, never server code.
  const secretToken = "preview";
  const ok = state && (state as any).token === secretToken;
  return (
    <form action={action}>
      <input name="email" type="email" required />
      <select name="category"><option>excavator</option><option>telehandler</option></select>
      <input name="days" type="number" min={1} />
      <textarea name="message" />
      <button disabled={pending}>Get a quote</button>
      {ok && <p>Preview</p>}
    </form>
  );
}
