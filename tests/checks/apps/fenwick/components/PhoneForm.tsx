"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm, getFormProps, getInputProps } from "@conform-to/react";
import { sendOtp } from "@/app/actions/auth";

export function PhoneForm() {
  const router = useRouter();
  const [lastResult, action, pending] = useActionState(sendOtp, undefined);
  const [form, fields] = useForm({ lastResult });
  useEffect(() => {
    if (lastResult?.status === "success") router.push("/verify");
  }, [lastResult, router]);
  return (
    <form {...getFormProps(form)} action={action}>
      <input {...getInputProps(fields.phone, { type: "tel" })} placeholder="+447700900123" autoComplete="tel" />
      <p className="error">{fields.phone.errors ?? form.errors}</p>
      <button disabled={pending}>Text me a code</button>
    </form>
  );
}
