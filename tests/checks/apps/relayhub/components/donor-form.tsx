"use client";

import { useActionState } from "react";
import { useForm } from "@conform-to/react";
import { createDonor } from "@/app/dashboard/[charityId]/donors/actions";

export function DonorForm({ charityId }: { charityId: string }) {
  const action = createDonor.bind(null, charityId);
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useForm({ lastResult: lastResult as never });
  return (
    <form id={form.id} onSubmit={form.onSubmit} action={formAction} noValidate>
      <input name={fields.firstName.name} />
      <input name={fields.lastName.name} />
      <input name={fields.email.name} type="email" />
      <button>Add donor</button>
    </form>
  );
}
