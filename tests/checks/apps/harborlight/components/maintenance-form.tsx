"use client";

import { useActionState } from "react";
import { fileMaintenanceRequest } from "@/app/actions/maintenance";

export function MaintenanceForm({ boats }: { boats: { id: string; name: string }[] }) {
  const [state, action] = useActionState(fileMaintenanceRequest, undefined);
  return (
    <form action={action}>
      <select name="boatId">
        {boats.map((b) => (
          <option key={b.id} value={b.id}>{b.name}</option>
        ))}
      </select>
      <input name="title" />
      <textarea name="description" />
      <input name="photos" type="file" multiple accept="image/*" />
      <button>Send</button>
      {state && "errors" in state ? <p>Check the form</p> : null}
    </form>
  );
}
