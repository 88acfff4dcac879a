"use client";

import { useActionState, useState } from "react";
import { addClaimNote, setClaimStatus, reassignToMe, addSubrogation } from "@/app/(staff)/claims/actions";

export function ClaimActions({ claimId }: { claimId: string }) {
  const [note, setNote] = useState("");
  const [statusState, statusAction] = useActionState(setClaimStatus, null);
  const [subroState, subroAction] = useActionState(addSubrogation, null);

  return (
    <aside>
      <textarea value={note} onChange={(e) => setNote(e.target.value)} />
      <button onClick={() => addClaimNote({ claimId, body: note, internal: true })}>Add note</button>
      <form action={statusAction}>
        <input type="hidden" name="claimId" value={claimId} />
        <select name="status"><option value="open">Open</option><option value="pending">Pending</option></select>
        <button>Update status</button>
        {statusState ? <p>{JSON.stringify(statusState)}</p> : null}
      </form>
      <form action={reassignToMe}>
        <input type="hidden" name="claimId" value={claimId} />
        <button>Assign to me</button>
      </form>
      <form action={subroAction}>
        <input type="hidden" name="claimId" value={claimId} />
        <input name="adverseCarrier" placeholder="Adverse carrier" />
        <input name="demandCents" type="number" />
        <button>Open subrogation</button>
        {subroState && "error" in subroState ? <p role="alert">{subroState.error}</p> : null}
      </form>
    </aside>
  );
}
