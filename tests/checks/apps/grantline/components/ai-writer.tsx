"use client";

import { useState, useTransition } from "react";
import { useAction } from "next-safe-action/hooks";
import { draftNarrative, tryGrantWriter } from "@/app/(app)/ai/actions";

export function AiWriter({ demo = false }: { demo?: boolean }) {
  const [notes, setNotes] = useState("");
  const [demoText, setDemoText] = useState("");
  const [pending, start] = useTransition();
  const { execute, result, isExecuting } = useAction(draftNarrative);
  return (
    <div>
      <textarea value={notes} onChange={(e) => setNotes(e.target.value)} />
      {demo ? (
        <button disabled={pending} onClick={() => start(async () => setDemoText(await tryGrantWriter(notes)))}>Try it</button>
      ) : (
        <button disabled={isExecuting} onClick={() => execute({ section: "need", notes })}>Draft</button>
      )}
      <pre>{demo ? demoText : result.data?.draft}</pre>
    </div>
  );
}
