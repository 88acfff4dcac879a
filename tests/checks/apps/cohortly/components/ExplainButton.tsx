"use client";

import { useState, useTransition } from "react";

export function ExplainButton({ slug, explain }: { slug: string; explain: (slug: string) => Promise<{ text?: string; error?: string }> }) {
  const [text, setText] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div>
      <button disabled={pending} onClick={() => start(async () => setText((await explain(slug)).text ?? null))}>Explain simply</button>
      {text && <p>{text}</p>}
    </div>
  );
}
