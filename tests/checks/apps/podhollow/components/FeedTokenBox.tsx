"use client";

import { useState } from "react";
import { useServerAction } from "zsa-react";
import { createFeedToken } from "@/app/actions/feeds";

export function FeedTokenBox({ showId, lastToken }: { showId: string; lastToken?: string }) {
  const { execute, isPending } = useServerAction(createFeedToken);
  const [token, setToken] = useState<string | null>(null);
  // ok: timing-unsafe-comparison
  const unchanged = token !== null && token === lastToken;
  return (
    <div>
      <button disabled={isPending} onClick={async () => {
        const [data] = await execute({ showId });
        if (data) setToken(data.token);
      }}>Create private feed</button>
      {token && <code>{`https://podhollow.fm/api/feeds/${token}`}</code>}
      {unchanged && <p>Same token as before</p>}
    </div>
  );
}
