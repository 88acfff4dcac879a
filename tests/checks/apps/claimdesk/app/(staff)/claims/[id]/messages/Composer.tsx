"use client";

import { useActionState } from "react";
import { sendClaimantMessage, sendClaimantSms } from "./actions";

export function Composer({ claimId }: { claimId: string }) {
  const [emailState, emailAction, emailPending] = useActionState(sendClaimantMessage.bind(null, claimId), null);
  const [smsState, smsAction, smsPending] = useActionState(sendClaimantSms.bind(null, claimId), null);
  return (
    <div>
      <form action={emailAction}>
        <textarea name="body" maxLength={4000} />
        <button disabled={emailPending}>Send message</button>
        {emailState && "error" in emailState && <p role="alert">{emailState.error}</p>}
      </form>
      <form action={smsAction}>
        <input name="body" maxLength={320} />
        <button disabled={smsPending}>Text the claimant</button>
        {smsState && "error" in smsState && <p role="alert">{smsState.error}</p>}
      </form>
    </div>
  );
}
