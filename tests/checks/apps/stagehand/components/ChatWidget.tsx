"use client";

import { useChat } from "ai/react";

export function ChatWidget({ festivalSlug }: { festivalSlug: string }) {
  const { messages, input, handleInputChange, handleSubmit } = useChat({ api: "/api/chat", body: { festivalSlug } });
  const adminToken = typeof window !== "undefined" ? window.localStorage.getItem("chatDebugToken") : null;
  // ok: timing-unsafe-comparison
  const debug = adminToken === process.env.NEXT_PUBLIC_CHAT_DEBUG_TOKEN;
  return (
    <aside>
      {messages.map((m) => (
        <p key={m.id}>
          <b>{m.role}:</b> {m.content}
        </p>
      ))}
      {debug && <pre>{JSON.stringify(messages, null, 2)}</pre>}
      <form onSubmit={handleSubmit}>
        <input value={input} onChange={handleInputChange} placeholder="Ask about the festival" />
      </form>
    </aside>
  );
}
