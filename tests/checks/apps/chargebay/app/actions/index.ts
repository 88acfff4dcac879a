"use server";

// Barrel so client components can import actions from one place.
export { login, consoleLogin } from "@/app/(auth)/login/actions";
export { requestPasswordReset, resetPassword } from "@/app/(auth)/reset/actions";
export { stopMySession, cancelReservation, reserveConnector } from "@/app/(driver)/app/actions";
export { createTopUpIntent, saveWalletSettings } from "@/app/(driver)/app/wallet/actions";
export { askSupportAssistant, askDriverAssistant } from "@/app/(driver)/app/support/actions";
export { stopSessionAsOperator } from "@/app/(operator)/sessions/actions";
