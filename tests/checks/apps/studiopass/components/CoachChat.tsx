"use client";

import { useState, useTransition } from "react";
import { askCoach } from "@/app/(member)/coach/actions";

export function CoachChat() {
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [log, setLog] = useState<{ role: string; text: string }[]>([]);
  const [draft, setDraft] = useState("");
  const [pending, startTransition] = useTransition();

  function send() {
    const message = draft;
    setDraft("");
    setLog((l) => [...l, { role: "you", text: message }]);
    startTransition(async () => {
      const res = await askCoach(conversationId, message);
      setConversationId(res.conversationId);
      setLog((l) => [...l, { role: "coach", text: res.reply }]);
    });
  }

  return (
    <div>
      {log.map((m, i) => (
        <p key={i}>
          <b>{m.role}:</b> {m.text}
        </p>
      ))}
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button onClick={send} disabled={pending || !draft}>
        Send
      </button>
    </div>
  );
}
