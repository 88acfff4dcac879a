// findings for the re-exported handlers are labelled in modules/payouts/connect.ts
// ok: missing-auth
export { POST, GET } from "@/modules/payouts/connect";
