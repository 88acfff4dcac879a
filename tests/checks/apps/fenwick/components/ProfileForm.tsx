"use client";

import { useActionState } from "react";
import { useForm, getFormProps, getInputProps } from "@conform-to/react";
import { updateProfile, changePhone } from "@/app/actions/profile";

type Defaults = { firstName: string; lastName: string; email: string; address: string; smsOptIn: boolean };

export function ProfileForm({ defaults }: { defaults: Defaults }) {
  const [lastResult, action, pending] = useActionState(updateProfile, undefined);
  const [phoneResult, phoneAction] = useActionState(changePhone, undefined);
  const [form, fields] = useForm({ lastResult, defaultValue: defaults });
  return (
    <>
      <form {...getFormProps(form)} action={action}>
        <input {...getInputProps(fields.firstName, { type: "text" })} />
        <input {...getInputProps(fields.lastName, { type: "text" })} />
        <input {...getInputProps(fields.email, { type: "email" })} />
        <input {...getInputProps(fields.address, { type: "text" })} />
        <label>
          <input {...getInputProps(fields.smsOptIn, { type: "checkbox" })} /> Text me reminders
        </label>
        <button disabled={pending}>Save</button>
      </form>
      <form action={phoneAction}>
        <input name="phone" type="tel" placeholder="New mobile number" />
        <button>Change number</button>
        {phoneResult?.error && <p className="error">{Object.values(phoneResult.error).flat().join(" ")}</p>}
      </form>
    </>
  );
}
