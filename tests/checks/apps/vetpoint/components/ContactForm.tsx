"use client";

import { useActionState } from "react";

export function ContactForm({ action }: { action: (prev: unknown, fd: FormData) => Promise<{ error?: string; ok?: boolean }> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <input name="name" required />
      <input name="email" type="email" required />
      <textarea name="message" required />
      {state.error && <p>{state.error}</p>}
      {state.ok && <p>Thanks, we will reply soon.</p>}
      <button>Send</button>
    </form>
  );
}
