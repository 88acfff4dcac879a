"use client";

import { useAction } from "next-safe-action/hooks";
import { draftShortageAppeal, sendShortageAppeal } from "@/app/actions/appeals";

export function AppealDraft() {
  const draft = useAction(draftShortageAppeal);
  const send = useAction(sendShortageAppeal);
  const text = draft.result.data?.text ?? "";
  return (
    <section>
      <button onClick={() => draft.execute({ bloodType: "O-", tone: "urgent" })}>Draft O- appeal</button>
      <textarea defaultValue={text} id="appeal" />
      <button disabled={!text} onClick={() => send.execute({ bloodType: "O-", message: text })}>Send to donors</button>
      {send.result.data && <p>Sent to {send.result.data.sent} donors</p>}
    </section>
  );
}
