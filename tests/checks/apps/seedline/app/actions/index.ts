"use server";

// Barrel so client components can import actions from one place.
export { signInWithPassword } from "../(auth)/sign-in/actions";
export { requestPasswordReset } from "../(auth)/forgot-password/actions";
export { markNotificationRead, sendTestSms } from "../dashboard/[coopId]/notifications/actions";
export { askAgronomist } from "../dashboard/[coopId]/assistant/actions";
export { updateProfile } from "../(account)/settings/profile/actions";
