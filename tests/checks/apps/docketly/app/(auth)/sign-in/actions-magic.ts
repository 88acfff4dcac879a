"use server";

export { sendMagicLink } from "@/app/(auth)/magic-link/actions";
