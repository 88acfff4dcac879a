"use client";

import { useActionState } from "react";
import { useForm, getFormProps, getInputProps } from "@conform-to/react";
import { staffLogin } from "@/app/actions/auth";

export function StaffLoginForm() {
  const [lastResult, action, pending] = useActionState(staffLogin, undefined);
  const [form, fields] = useForm({ lastResult });
  return (
    <form {...getFormProps(form)} action={action}>
      <input {...getInputProps(fields.email, { type: "email" })} autoComplete="username" />
      <input {...getInputProps(fields.password, { type: "password" })} autoComplete="current-password" />
      <p className="error">{form.errors}</p>
      <button disabled={pending}>Sign in</button>
    </form>
  );
}
