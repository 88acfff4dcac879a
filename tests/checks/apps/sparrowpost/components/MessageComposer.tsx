"use client";

import { useTransition, useState } from "react";
import { postMessage } from "@/app/actions/messages";

export function MessageComposer({ threadId }: { threadId: string }) {
  const [body, setBody] = useState("");
  const [pending, start] = useTransition();
  return (
    <div>
      <textarea value={body} onChange={(e) => setBody(e.target.value)} />
      <button disabled={pending || body.length === 0} onClick={() => start(async () => { await postMessage(threadId, body); setBody(""); })}>
        Send
      </button>
    </div>
  );
}
