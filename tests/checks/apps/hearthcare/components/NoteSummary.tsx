"use client";

import { useState } from "react";
import { summariseNote } from "@/app/agency/visits/actions";

export function NoteSummary({ noteId, initial }: { noteId: string; initial?: string | null }) {
  const [summary, setSummary] = useState(initial ?? "");
  const [pending, setPending] = useState(false);
  return (
    <div>
      <p>{summary || "No summary yet."}</p>
      <button
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const res = await summariseNote({ noteId });
          setSummary(res?.data?.summary ?? "");
          setPending(false);
        }}
      >
        Summarise with AI
      </button>
    </div>
  );
}
