"use server";

// Barrel so client components can import every action from one place.
export { signInWithPassword, signInWithGoogle } from "@/app/(auth)/sign-in/actions";
export { signUp } from "@/app/(auth)/sign-up/actions";
export { requestPasswordReset, resetPassword } from "@/app/(auth)/reset/actions";
export { updateProfile, getMyProfile } from "@/app/settings/profile/actions";
export { changePassword, enableTotp, disableTotp } from "@/app/settings/security/actions";
export { createCampaign, updateCampaign, archiveCampaign } from "@/app/dashboard/[charityId]/campaigns/actions";
export { refundDonation } from "@/app/dashboard/[charityId]/donations/actions";
export { submitContactForm, subscribeToNewsletter } from "@/app/(public)/contact/actions";
export { draftThankYouNote } from "@/app/dashboard/[charityId]/ai/actions";
