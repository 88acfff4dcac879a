"use server";

// Barrel used by client components; every export here is a callable action.
export { signInWithPassword, signUp, requestPasswordReset, sendMagicLink } from "@/app/(auth)/actions";
export { updateProfile, changePassword, deleteAccount } from "@/app/(app)/settings/actions";
export { sendMessage } from "@/app/(app)/messages/actions";
export { saveDraft, submitApplication } from "@/app/(portal)/apply/actions";
