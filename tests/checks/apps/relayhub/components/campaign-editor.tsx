"use client";

import { useState, useTransition } from "react";
import { useAction } from "next-safe-action/hooks";
import { updateCampaign } from "@/app/dashboard/[charityId]/campaigns/actions";
import { draftThankYouNote } from "@/app/dashboard/[charityId]/ai/actions";

export function CampaignEditor({ campaignId, initialStory }: { campaignId: string; initialStory: string }) {
  const [story, setStory] = useState(initialStory);
  const [thanks, setThanks] = useState("");
  const [pending, startTransition] = useTransition();
  const { execute, result, isPending } = useAction(updateCampaign);

  return (
    <div>
      <textarea value={story} onChange={(e) => setStory(e.target.value)} rows={12} />
      <button disabled={isPending} onClick={() => execute({ campaignId, story })}>
        Save story
      </button>
      {result.serverError ? <p role="alert">{result.serverError}</p> : null}
      <button
        disabled={pending}
        onClick={() => startTransition(async () => setThanks(await draftThankYouNote("Alex", "a monthly gift")))}
      >
        Draft a thank-you
      </button>
      <pre>{thanks}</pre>
    </div>
  );
}
