"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { suggestFeedback } from "@/app/(staff)/feedback/actions";

export function FeedbackAssistant({ evidenceId, criteria }: { evidenceId: string; criteria: string }) {
  const [text, setText] = useState("");
  const { execute, result, isPending } = useAction(suggestFeedback);
  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste the apprentice's evidence" />
      <button disabled={isPending} onClick={() => execute({ evidenceId, criteria, evidenceText: text })}>Suggest feedback</button>
      {result.data && "draft" in result.data && <pre>{result.data.draft}</pre>}
    </div>
  );
}
