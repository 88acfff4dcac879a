"use client";

import { useActionState, useRef } from "react";

type State = { error?: string; ok?: boolean } | undefined;

export default function WaiverForm({ gymId, action }: { gymId: string; action: (prev: State, fd: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, undefined);
  const sigRef = useRef<HTMLInputElement>(null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="gymId" value={gymId} />
      <input name="fullName" placeholder="Full legal name" required />
      <input name="dateOfBirth" type="date" required />
      <canvas
        width={400}
        height={120}
        className="border"
        onMouseUp={(e) => {
          if (sigRef.current) sigRef.current.value = (e.target as HTMLCanvasElement).toDataURL();
        }}
      />
      <input ref={sigRef} type="hidden" name="signature" />
      {state?.error && <p className="text-red-600">{state.error}</p>}
      {state?.ok && <p className="text-green-700">Thanks — you're good to climb.</p>}
      <button disabled={pending}>Sign</button>
    </form>
  );
}
