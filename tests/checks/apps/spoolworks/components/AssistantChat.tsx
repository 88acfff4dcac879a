"use client";

import { useChat } from "ai/react";

export function AssistantChat({ endpoint = "/api/assistant" }: { endpoint?: string }) {
  const { messages, input, handleInputChange, handleSubmit, isLoading } = useChat({ api: endpoint });
  return (
    <div className="flex flex-col gap-2">
      {messages.map((m) => (
        <p key={m.id} className={m.role === "user" ? "text-right" : ""}>{m.content}</p>
      ))}
      <form onSubmit={handleSubmit}>
        <input value={input} onChange={handleInputChange} placeholder="PETG stringing on a Bambu P1S..." />
        <button disabled={isLoading}>Ask</button>
      </form>
    </div>
  );
}
