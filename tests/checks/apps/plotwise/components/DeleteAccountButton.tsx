"use client";

import { ConfirmButton } from "@/components/ConfirmButton";
import { deleteAccount } from "@/app/actions/profile";

export function DeleteAccountButton() {
  return <ConfirmButton action={deleteAccount} label="Delete my account" />;
}
