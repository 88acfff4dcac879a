"use client";

import { useAction } from "next-safe-action/hooks";
import { createClient } from "@/app/agency/clients/actions";

export function ClientForm() {
  const { execute, result, isPending } = useAction(createClient);

  // ok: missing-auth, missing-input-validation
  async function submit(formData: FormData) {
    execute({
      fullName: String(formData.get("fullName")),
      dateOfBirth: new Date(String(formData.get("dob"))),
      address: String(formData.get("address")),
    });
  }

  return (
    <form action={submit}>
      <input name="fullName" required />
      <input name="dob" type="date" required />
      <input name="address" required />
      <button disabled={isPending}>Add client</button>
      {result.serverError && <p role="alert">{result.serverError}</p>}
    </form>
  );
}
