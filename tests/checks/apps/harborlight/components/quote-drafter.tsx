"use client";

import { useServerAction } from "zsa-react";
import { draftQuoteForRequest } from "@/app/actions/quotes";

export function QuoteDrafter({ requestId }: { requestId: string }) {
  const { execute, data, isPending, error } = useServerAction(draftQuoteForRequest);
  return (
    <div>
      <button disabled={isPending} onClick={() => execute({ requestId })}>Draft with AI</button>
      {error ? <p>{error.message}</p> : null}
      <pre>{data?.draft}</pre>
    </div>
  );
}
