"use client";

import { useActionState } from "react";
import { useForm, getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { signup } from "@/app/actions/auth";
import { signupSchema } from "@/lib/validation/auth";

export function SignupForm() {
  const [lastResult, action, pending] = useActionState(signup, undefined);
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signupSchema }),
  });
  return (
    <form {...getFormProps(form)} action={action} className="space-y-3">
      <input {...getInputProps(fields.fullName, { type: "text" })} placeholder="Full name" />
      <input {...getInputProps(fields.email, { type: "email" })} placeholder="Email" />
      <input {...getInputProps(fields.password, { type: "password" })} placeholder="Password" />
      <input {...getInputProps(fields.inviteCode, { type: "text" })} placeholder="Invite code (optional)" />
      <p className="error">{form.errors}</p>
      <button disabled={pending}>Create account</button>
    </form>
  );
}
