"use client";

import { useFormStatus } from "react-dom";

function Send() {
  const { pending } = useFormStatus();
  return <button disabled={pending}>Send</button>;
}

export function MessageComposer({ action, altAction }: { action: (fd: FormData) => Promise<void>; altAction?: (fd: FormData) => Promise<void> }) {
  return (
    <>
      <form action={action}>
        <textarea name="body" />
        <Send />
      </form>
      {altAction ? (
        <form action={altAction}>
          <input type="hidden" name="fromUserId" />
          <textarea name="body" />
          <Send />
        </form>
      ) : null}
    </>
  );
}
