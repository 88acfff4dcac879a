"use client";

import { useActionState, useState } from "react";
import { postNotice } from "@/app/actions/notices";
import { draftNoticeText } from "@/app/actions/ai";

export function NoticeComposer({ buildingId }: { buildingId: string }) {
  const [, action, pending] = useActionState(postNotice.bind(null, buildingId), undefined);
  const [body, setBody] = useState("");
  return (
    <form action={action} className="space-y-2">
      <input name="title" placeholder="Title" required />
      <textarea name="body" value={body} onChange={(e) => setBody(e.target.value)} />
      <button type="button" onClick={async () => setBody((await draftNoticeText(body)).text)}>Draft with AI</button>
      <label><input type="checkbox" name="notify" /> Email residents</label>
      <select name="audience" defaultValue="all">
        <option value="all">Everyone</option>
        <option value="residents">Residents</option>
        <option value="officers">Officers</option>
      </select>
      <button disabled={pending}>Post notice</button>
    </form>
  );
}
