"use client";

import { useState } from "react";
import { sendMessage } from "@/app/(dashboard)/messages/actions";

export function MessageComposer({ threadId }: { threadId: string }) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const res = await sendMessage({ threadId, body });
        if ("error" in res && res.error) setError(res.error);
        else setBody("");
      }}
    >
      <textarea value={body} onChange={(e) => setBody(e.target.value)} />
      {error && <p>{error}</p>}
      <button>Send</button>
    </form>
  );
}
