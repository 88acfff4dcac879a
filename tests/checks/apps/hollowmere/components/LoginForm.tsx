"use client";

import { useActionState } from "react";
import { useForm, getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { login } from "@/app/actions/auth";
import { loginSchema } from "@/lib/validation/auth";

export function LoginForm() {
  const [lastResult, action, pending] = useActionState(login, undefined);
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <form {...getFormProps(form)} action={action} className="space-y-3">
      <input {...getInputProps(fields.email, { type: "email" })} placeholder="Email" />
      <p className="error">{fields.email.errors}</p>
      <input {...getInputProps(fields.password, { type: "password" })} placeholder="Password" />
      <p className="error">{fields.password.errors}</p>
      <p className="error">{form.errors}</p>
      <button disabled={pending}>Sign in</button>
    </form>
  );
}
