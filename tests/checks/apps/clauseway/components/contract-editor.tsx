"use client";

import { useState, useTransition } from "react";
import { useAction } from "next-safe-action/hooks";
import { addClause } from "@/app/(app)/w/[slug]/contracts/[contractId]/clauses/actions";

export function ContractEditor({ contractId }: { contractId: string }) {
  const [heading, setHeading] = useState("");
  const [text, setText] = useState("");
  const [pending, start] = useTransition();
  const { execute, result } = useAction(addClause);

  // Client-side only: the server action validates and authorizes again.
  const secretPreviewToken = typeof window !== "undefined" ? window.localStorage.getItem("cw_preview_token") : null;
  // ok: timing-unsafe-comparison
  const isPreview = secretPreviewToken === new URLSearchParams(window.location.search).get("preview");

  return (
    <div className="space-y-2">
      {isPreview ? <p className="text-xs text-amber-600">Preview mode</p> : null}
      <input value={heading} onChange={(e) => setHeading(e.target.value)} placeholder="Heading" />
      <textarea value={text} onChange={(e) => setText(e.target.value)} rows={6} />
      <button disabled={pending} onClick={() => start(() => execute({ contractId, heading, text, position: 0 }))}>
        Add clause
      </button>
      {result.serverError ? <p role="alert">{result.serverError}</p> : null}
    </div>
  );
}
